import type { z } from 'zod';

/** One problem of a message: the field (zod's issue path, dotted; `(root)` for the message itself) and why. */
export interface MessageIssue {
  field: string;
  message: string;
}

export function issuesOf(error: z.ZodError): MessageIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.length ? issue.path.map(String).join('.') : '(root)', message: issue.message }));
}

/** `credits.3.amount: must be …; rewardId: …` (at most the first five issues). */
export function describeIssues(issues: readonly MessageIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.field}: ${i.message}`);
  return issues.length > 5 ? `${shown.join('; ')}; and ${issues.length - 5} more` : shown.join('; ');
}

/**
 * A message (an event, a sync job, an actor command) that does not match its schema. Thrown before anything
 * is done with it; `field` names the first offending field, `issues` all of them.
 */
export class MalformedMessageError extends Error {
  readonly code = 'MALFORMED_MESSAGE';
  readonly field: string;

  constructor(readonly what: string, readonly issues: MessageIssue[]) {
    super(`malformed ${what}: ${describeIssues(issues)}`);
    this.name = 'MalformedMessageError';
    this.field = issues[0]?.field ?? '(root)';
  }
}

/** The message as its schema reads it, or a MalformedMessageError naming the fields. */
export function parseMessage<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new MalformedMessageError(what, issuesOf(parsed.error));
  return parsed.data;
}

/** The event a Dapr delivery carries: the `data` of its CloudEvent, or the body itself when it is a bare event. */
export function cloudEventData(body: unknown): unknown {
  const outer = body as { data?: unknown } | null;
  return outer && typeof outer === 'object' && outer.data && typeof outer.data === 'object' ? outer.data : outer;
}
