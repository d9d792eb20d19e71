import { describeIssues, idSchema, issuesOf, type MessageIssue } from '@dmh/shared';
import type { z } from 'zod';
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

/**
 * A command its schema refused (or an actor id that is not an id): `invalid_command`, with the offending
 * field (zod's issue path, dotted: `credits.3.amount`) in `field` and every issue in `detail`. The turn
 * does nothing.
 */
export class InvalidCommand extends ActorFailure {
  readonly field: string;

  constructor(actor: string, issues: MessageIssue[]) {
    super('invalid_command', actor, describeIssues(issues));
    this.field = issues[0]?.field ?? '(root)';
  }
}

/** Which actor a turn runs in: its type (the class name) and id. */
export interface ActorName {
  type: string;
  id: string;
}

/** The command a turn takes and the schema it must match. */
export interface CommandInput<S extends z.ZodType> {
  schema: S;
  command: unknown;
}

/**
 * Runs one actor method body: logs any failure with the actor id and rethrows it as an ActorFailure.
 * With a command: the actor id (a DMH row id) and the command are checked first, against the command's
 * schema (@dmh/shared), and the body gets the command as the schema reads it; a refused one fails with
 * InvalidCommand before the body runs.
 */
export function actorTurn<T>(actor: string, method: string, body: () => Promise<T>): Promise<T>;
export function actorTurn<S extends z.ZodType, T>(actor: ActorName, method: string, input: CommandInput<S>, body: (command: z.output<S>) => Promise<T>): Promise<T>;
export async function actorTurn<S extends z.ZodType, T>(
  actor: string | ActorName,
  method: string,
  bodyOrInput: (() => Promise<T>) | CommandInput<S>,
  commandBody?: (command: z.output<S>) => Promise<T>,
): Promise<T> {
  const name = typeof actor === 'string' ? actor : `${actor.type}/${actor.id}`;
  const body = typeof bodyOrInput === 'function' ? bodyOrInput : () => commandBody!(checked(actor as ActorName, name, method, bodyOrInput));
  try {
    return await body();
  } catch (err) {
    if (err instanceof ActorFailure) throw err;
    logger.error({ err, actor: name, method }, 'actor turn failed');
    throw new ActorFailure(`${method}_failed`, name, err);
  }
}

function checked<S extends z.ZodType>(actor: ActorName, name: string, method: string, input: CommandInput<S>): z.output<S> {
  const id = idSchema.safeParse(actor.id);
  const parsed = input.schema.safeParse(input.command);
  if (id.success && parsed.success) return parsed.data;
  const issues = [
    ...(id.success ? [] : issuesOf(id.error).map((i) => ({ ...i, field: 'actorId' }))),
    ...(parsed.success ? [] : issuesOf(parsed.error)),
  ];
  const failure = new InvalidCommand(name, issues);
  logger.warn({ actor: name, method, field: failure.field, detail: failure.detail }, 'actor command refused');
  throw failure;
}
