import { logger } from './logger';

/**
 * Express middleware for the actor host's HTTP server, in front of the SDK's actor routes: it answers daprd's
 * deactivations (`DELETE /actors/:type/:id`) itself. The JS SDK's own route (3.18) throws for an actor this
 * process does not hold and never answers: after the actor host restarted beside a daprd that still lists
 * the actors it had, or when daprd drains actors at shutdown, each of them became an unhandled rejection
 * logged at error level, and daprd's request was left without an answer. Deactivating an actor that is not
 * active here is what daprd wants anyway: it is answered 200, like a deactivation done; anything else that
 * fails is answered 500 with the reason, and logged.
 */
interface DeactivationRequest {
  method: string;
  path: string;
}
interface DeactivationResponse {
  status(code: number): { json(body: unknown): unknown; end(): unknown };
}

export type Deactivate = (actorType: string, actorId: string) => Promise<void>;

export function actorDeactivation(deactivate: Deactivate) {
  return (req: DeactivationRequest, res: DeactivationResponse, next: () => void): void => {
    const match = /^\/actors\/([^/]+)\/([^/]+)$/.exec(req.path);
    if (req.method !== 'DELETE' || !match) return next();
    const actor = { actorType: decodeURIComponent(match[1]!), actorId: decodeURIComponent(match[2]!) };
    deactivate(actor.actorType, actor.actorId).then(
      () => void res.status(200).end(),
      (err: unknown) => {
        if (notActivatedHere(err)) {
          logger.debug(actor, 'deactivation of an actor not active in this process: nothing to do');
          res.status(200).end();
          return;
        }
        logger.error({ err, ...actor }, 'actor deactivation failed');
        res.status(500).json({ error: 'deactivation_failed', message: err instanceof Error ? err.message : String(err) });
      },
    );
  };
}

/** The SDK's refusal to deactivate an actor it does not hold: an Error whose message is `{"error":"ACTOR_NOT_ACTIVATED",…}`. */
function notActivatedHere(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  try {
    return (JSON.parse(err.message) as { error?: unknown }).error === 'ACTOR_NOT_ACTIVATED';
  } catch {
    return false;
  }
}
