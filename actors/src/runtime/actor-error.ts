import { logger } from './logger';

/**
 * An infrastructure failure inside an actor turn. Thrown (never swallowed) so the SDK answers 500 and does
 * not commit the turn; Dapr's resiliency policy retries the call. Its fields are enumerable so the caller
 * sees a code rather than `{}` in the error body.
 */
export class ActorFailure extends Error {
  readonly code: string;
  readonly detail: string;

  constructor(code: string, actor: string, cause: unknown) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`${actor}: ${code}: ${detail}`);
    this.name = 'ActorFailure';
    this.code = code;
    this.detail = detail;
    Object.defineProperty(this, 'message', { enumerable: true });
  }
}

/** Runs one actor method body: logs any failure with the actor id and rethrows it as an ActorFailure. */
export async function actorTurn<T>(actor: string, method: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof ActorFailure) throw err;
    logger.error({ err, actor, method }, 'actor turn failed');
    throw new ActorFailure(`${method}_failed`, actor, err);
  }
}
