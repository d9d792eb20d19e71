import { ACTOR_AUTH_HEADER, signActorCall } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { config } from '../config';
import { logger } from '../common/logger';
import { SidecarAnswer, sidecarRequest } from './sidecar-http';

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
  let response: SidecarAnswer;
  try {
    // Signed: the actor host takes calls from DMH's own apps only (actor-call-auth in @dmh/shared).
    const auth = signActorCall(config().ACTOR_CALL_SECRET, { actorType, actorId, method });
    response = await sidecarRequest('PUT', `/v1.0/actors/${actorType}/${encodeURIComponent(actorId)}/method/${method}`, arg, undefined, { [ACTOR_AUTH_HEADER]: auth });
  } catch (err) {
    // The cause is for the logs: a client learns only that it may retry, never an address or an error text.
    logger.warn({ err, actor: `${actorType}/${actorId}.${method}` }, 'sidecar unreachable');
    throw AppError.unavailable(`actor ${actorType}`);
  }
  const text = response.text;
  if (response.status < 200 || response.status >= 300) {
    const failure = new ActorCallError(response.status, text, `${actorType}/${actorId}.${method}`);
    // The sidecar, placement or the actor host failing is a passing outage for the client: 503 with a
    // retry hint (the turn was not committed, and actor methods are idempotent, so a retry is safe).
    if (response.status >= 500) {
      logger.warn({ err: failure }, 'actor call failed');
      throw AppError.unavailable(`actor ${actorType}`);
    }
    throw failure;
  }
  // Every actor method answers an object. A 2xx without one (seen from daprd when the actor host died
  // in the middle of a call that its resiliency policy then retried) leaves the outcome unknown: the
  // caller gets a passing outage, and retries safely since actor methods are idempotent.
  const answer = parseAnswer(text);
  if (answer === undefined) {
    logger.warn({ actor: `${actorType}/${actorId}.${method}`, status: response.status, body: text.slice(0, 100) }, 'actor call answered without a result');
    throw AppError.unavailable(`actor ${actorType}`);
  }
  return answer;
}

function parseAnswer(text: string): object | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
