import { config } from '../config';
import { AppError } from '../common/app-error';
import { logger } from '../common/logger';

type AsyncMethods<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never };

/**
 * A typed reference to a Dapr actor, called through this process's sidecar (HTTP actor API). Callers
 * import only the actor's contract from @dmh/shared, never the implementation. A method takes at most one
 * argument, sent as the JSON body (the JS SDK hands the body to the method as its single argument).
 */
export function actorRef<T extends object>(actorType: string, actorId: string): AsyncMethods<T> {
  return new Proxy({} as AsyncMethods<T>, {
    get: (_target, method) => {
      if (typeof method !== 'string') return undefined;
      return (arg?: unknown) => invokeActor(actorType, actorId, method, arg);
    },
  });
}

export class ActorCallError extends Error {
  constructor(readonly status: number, readonly body: string, actor: string) {
    super(`actor call ${actor} failed with HTTP ${status}: ${body.slice(0, 300)}`);
    this.name = 'ActorCallError';
  }
}

async function invokeActor(actorType: string, actorId: string, method: string, arg: unknown): Promise<unknown> {
  const c = config();
  const url = `http://${c.DAPR_HOST}:${c.DAPR_HTTP_PORT}/v1.0/actors/${actorType}/${encodeURIComponent(actorId)}/method/${method}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: arg === undefined ? undefined : JSON.stringify(arg),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    throw AppError.unavailable(`actor ${actorType} (sidecar unreachable: ${(err as Error).message})`);
  }
  const text = await response.text();
  if (!response.ok) {
    const failure = new ActorCallError(response.status, text, `${actorType}/${actorId}.${method}`);
    // The sidecar, placement or the actor host failing is a passing outage for the client: 503 with a
    // retry hint (the turn was not committed, and actor methods are idempotent, so a retry is safe).
    if (response.status >= 500) {
      logger.warn({ err: failure }, 'actor call failed');
      throw AppError.unavailable(`actor ${actorType}`);
    }
    throw failure;
  }
  // The JS SDK answers a method that returns nothing with an empty body or the text "undefined".
  return text === '' || text === 'undefined' ? undefined : JSON.parse(text);
}
