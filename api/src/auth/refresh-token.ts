import { createHash, randomBytes } from 'node:crypto';

/** An opaque refresh token (256 random bits) and the SHA-256 stored in its place. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A random identifier for a session (the access token's `sid`) or a refresh family. */
export function newSessionId(): string {
  return randomBytes(16).toString('hex');
}

/** The session row a presented refresh token hashes to, as the rotation decision needs it. */
export interface PresentedSession {
  revokedAt: Date | null;
  expiresAt: Date;
  /** A newer row exists in the same family: this token was already exchanged. */
  rotated: boolean;
}

/**
 * What to do with a presented refresh token: `rotate` a live one; `reuse` when it was already exchanged
 * (someone replays a stolen token, or the thief refreshed first): the whole family is revoked; otherwise
 * it is simply refused (`unknown`, `revoked` by logout, `expired`).
 */
export function refreshDecision(row: PresentedSession | null, now: Date): 'rotate' | 'reuse' | 'revoked' | 'expired' | 'unknown' {
  if (!row) return 'unknown';
  if (row.rotated) return 'reuse';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'rotate';
}
