import jwt from 'jsonwebtoken';
import { config } from '../config';

export interface Principal {
  userId: string;
  username: string;
  roles: string[];
  brandIds: string[];
}

const ISSUER = 'dmh';
const AUDIENCE = 'dmh-api';
export const ACCESS_TOKEN_SECONDS = 24 * 3600;

export function signAccessToken(p: Principal): string {
  return jwt.sign({ username: p.username, roles: p.roles, brandIds: p.brandIds, typ: 'access' }, config().JWT_SECRET, {
    algorithm: 'HS256', subject: p.userId, issuer: ISSUER, audience: AUDIENCE, expiresIn: ACCESS_TOKEN_SECONDS,
  });
}

/** Verifies an access token: the algorithm, issuer and audience are pinned, so `alg: none` or a foreign token fails. */
export function verifyAccessToken(token: string): Principal | null {
  try {
    const claims = jwt.verify(token, config().JWT_SECRET, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
    if (typeof claims === 'string' || claims.typ !== 'access' || typeof claims.sub !== 'string') return null;
    return {
      userId: claims.sub,
      username: String(claims.username ?? ''),
      roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
      brandIds: Array.isArray(claims.brandIds) ? claims.brandIds.map(String) : [],
    };
  } catch {
    return null;
  }
}
