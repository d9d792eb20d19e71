import { logger } from './logger';
import { principalRows } from './principal.repository';
import { SessionLivenessRepository } from './session-liveness.repository';

/** Who is calling, as every service sees it: loaded fresh (10 s cache) so role, brand or status changes apply at once. */
export interface Principal {
  userId: string;
  username: string;
  roles: string[];
  /** Permission codes (`campaign:write`…) granted through the roles; platform_admin has all. */
  permissions: string[];
  /** The brands a brand_admin administers (user_brands); empty for others. */
  brandIds: string[];
  /** The session the access token belongs to (sid claim), when it has one. */
  sessionId: string | null;
}

export const isPlatformAdmin = (p: Pick<Principal, 'roles'>): boolean => p.roles.includes('platform_admin');

interface Cached {
  at: number;
  value: Omit<Principal, 'sessionId'> | null;
}

const TTL_MS = 10_000;
const cache = new Map<string, Cached>();

/**
 * Loads an active user's roles, permissions and brands; null for an unknown or disabled user, or when
 * `sessionId` is given and that session is not this user's live session (logged out, revoked, expired).
 * `sessionId: null` skips the session check: only for callers that are not serving a bearer token.
 */
export async function loadPrincipal(userId: string, sessionId: string | null): Promise<Principal | null> {
  if (sessionId !== null && !(await sessionIsLive(userId, sessionId))) return null;
  const hit = cache.get(userId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value && { ...hit.value, sessionId };
  const value = await principalRows(userId);
  cache.set(userId, { at: Date.now(), value });
  if (cache.size > 10_000) cache.delete(cache.keys().next().value as string);
  return value && { ...value, sessionId };
}

/** Forget a user's cached principal (after a role, brand or status change made by this process). */
export function forgetPrincipal(userId?: string): void {
  if (userId === undefined) cache.clear();
  else cache.delete(userId);
}

const SESSION_TTL_MS = 5_000;
const TOUCH_EVERY_MS = 60_000;
const sessionCache = new Map<string, { at: number; userId: string | null; touchedAt: number }>();
const sessions = new SessionLivenessRepository();

/**
 * Whether `sessionId` is a live session of `userId`. Cached 5 s per process; a logout or revocation in this
 * process drops the entry at once (forgetSession), other replicas see it within the TTL.
 */
async function sessionIsLive(userId: string, sessionId: string): Promise<boolean> {
  const now = Date.now();
  const hit = sessionCache.get(sessionId);
  if (hit && now - hit.at < SESSION_TTL_MS) return hit.userId === userId;
  const state = await sessions.liveness(sessionId);
  const owner = state?.live ? state.userId : null;
  const touchedAt = hit?.touchedAt ?? 0;
  sessionCache.set(sessionId, { at: now, userId: owner, touchedAt: owner && now - touchedAt >= TOUCH_EVERY_MS ? now : touchedAt });
  if (sessionCache.size > 50_000) sessionCache.delete(sessionCache.keys().next().value as string);
  if (owner && now - touchedAt >= TOUCH_EVERY_MS) {
    sessions.touch(sessionId).catch((err) => logger.warn({ err }, 'could not record session activity'));
  }
  return owner === userId;
}

/** Forget cached session states (after a logout, rotation or revocation made by this process). */
export function forgetSession(...sessionIds: string[]): void {
  for (const id of sessionIds) sessionCache.delete(id);
}
