import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { config } from '../config';

const ISSUER = 'dmh';
const AUDIENCE = 'dmh-api';
export const ACCESS_TOKEN_SECONDS = 24 * 3600;

/** What an access token says: who, and which session it belongs to. Roles and brands are read fresh. */
export interface AccessClaims {
  userId: string;
  username: string;
  /** The user_sessions.session_id the token was issued for (`sid`): the token dies with its session. */
  sessionId: string;
}

export function signAccessToken(claims: AccessClaims): string {
  return jwt.sign({ username: claims.username, sid: claims.sessionId, typ: 'access' }, config().JWT_SECRET, {
    algorithm: 'HS256', subject: claims.userId, issuer: ISSUER, audience: AUDIENCE, expiresIn: ACCESS_TOKEN_SECONDS, jwtid: randomUUID(),
  });
}

/**
 * Verifies an access token: algorithm (HS256), issuer and audience are pinned, `typ` must be `access` and a
 * session (`sid`) is required, so `alg: none`, a foreign, expired or session-less token, or a refresh token
 * presented as an access token all fail. Whether the session is still live is the principal loader's check.
 */
export function verifyAccessToken(token: string): AccessClaims | null {
  try {
    const claims = jwt.verify(token, config().JWT_SECRET, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
    if (typeof claims === 'string' || claims.typ !== 'access' || typeof claims.sub !== 'string') return null;
    if (typeof claims.sid !== 'string' || claims.sid.length === 0) return null;
    return { userId: claims.sub, username: String(claims.username ?? ''), sessionId: claims.sid };
  } catch {
    return null;
  }
}
