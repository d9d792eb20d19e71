import { ACTOR_AUTH_HEADER, type ActorCall, checkActorCall } from '@dmh/shared';
import { logger } from './logger';

/**
 * Express middleware for the actor host's HTTP server, in front of the SDK's actor routes: a method call
 * (`PUT /actors/:type/:id/method/:method`, which daprd forwards with the caller's headers) must carry a
 * valid signature from a DMH app, or it is refused with 403 and nothing runs. Deactivation (DELETE) comes
 * from daprd itself and stays open; DMH's actors use no timers or reminders, whose calls would be unsigned.
 */
/** What the guard reads of the SDK's express request and response. */
interface GuardRequest {
  method: string;
  path: string;
  get(name: string): string | undefined;
}
interface GuardResponse {
  status(code: number): { json(body: unknown): unknown };
}

export function actorCallGuard(secret: string) {
  return (req: GuardRequest, res: GuardResponse, next: () => void): void => {
    const match = /^\/actors\/([^/]+)\/([^/]+)\/method\/(.+)$/.exec(req.path);
    if (req.method !== 'PUT' || !match) return next();
    const call = { actorType: decodeURIComponent(match[1]!), actorId: decodeURIComponent(match[2]!), method: decodeURIComponent(match[3]!) };
    const reason = refusedActorCall(secret, call, req.get(ACTOR_AUTH_HEADER), req.get('dapr-caller-app-id'));
    if (reason === null) return next();
    res.status(403).json({ error: 'actor_call_refused', reason });
  };
}

/** Why a method call is refused (logged), or null when a DMH app signed it; the guard's and the lean route's one check. */
export function refusedActorCall(secret: string, call: ActorCall, header: string | undefined, callerAppId: string | undefined): string | null {
  const check = checkActorCall(secret, header, call);
  if (check.ok) return null;
  logger.warn({ ...call, reason: check.reason, callerAppId }, 'actor call refused: not signed by a DMH app');
  return check.reason;
}
