import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Only DMH's own apps may call its actors. Dapr's access-control lists cover service invocation, not actor
 * calls, and without mTLS the caller id a sidecar passes on (`dapr-caller-app-id`) is whatever the caller
 * wrote; yet any sidecar that joins the placement service can call any actor through its own sidecar, and
 * daprd hands the caller's headers on to the actor host. So each call carries this header: an HMAC, with a
 * secret only DMH's apps hold (ACTOR_CALL_SECRET), over the actor, its id, the method and the time; the actor
 * host refuses a call without a valid one. A captured header only repeats the same method on the same actor
 * within the skew (every actor method is idempotent), so the body is not signed.
 */
export const ACTOR_AUTH_HEADER = 'x-dmh-actor-auth';
const VERSION = 'v1';
/** How far a signature's time may be from the host's clock, either way. */
export const ACTOR_AUTH_MAX_SKEW_MS = 5 * 60_000;

export interface ActorCall {
  actorType: string;
  actorId: string;
  method: string;
}

function mac(secret: string, at: number, call: ActorCall): Buffer {
  return createHmac('sha256', secret).update(`${VERSION}\n${at}\n${call.actorType}\n${call.actorId}\n${call.method}`).digest();
}

/** The header value for one call: `v1.<unix ms>.<base64url HMAC-SHA256>`. */
export function signActorCall(secret: string, call: ActorCall, now = Date.now()): string {
  return `${VERSION}.${now}.${mac(secret, now, call).toString('base64url')}`;
}

export type ActorCallCheck = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'bad_signature' };

export function checkActorCall(
  secret: string, header: string | undefined, call: ActorCall, now = Date.now(), maxSkewMs = ACTOR_AUTH_MAX_SKEW_MS,
): ActorCallCheck {
  if (!header) return { ok: false, reason: 'missing' };
  const match = /^v1\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(header);
  if (!match) return { ok: false, reason: 'malformed' };
  const at = Number(match[1]);
  if (Math.abs(now - at) > maxSkewMs) return { ok: false, reason: 'stale' };
  const given = Buffer.from(match[2]!, 'base64url');
  const expected = mac(secret, at, call);
  return given.length === expected.length && timingSafeEqual(given, expected) ? { ok: true } : { ok: false, reason: 'bad_signature' };
}

const DEV_ACTOR_CALL_SECRET = 'dev-only-actor-call-secret-change-me-0123456789';

/** The secret in an app's config schema (the API signs with it, the actor host checks): 32 characters at least. */
export const actorCallSecretShape = {
  ACTOR_CALL_SECRET: z.string().min(32).default(DEV_ACTOR_CALL_SECRET),
};

/** In production the development secret is refused (anyone reading this code would know it). */
export function assertActorCallSecret(nodeEnv: string, secret: string): void {
  if (nodeEnv === 'production' && secret === DEV_ACTOR_CALL_SECRET) throw new Error('ACTOR_CALL_SECRET must be set in production');
}
