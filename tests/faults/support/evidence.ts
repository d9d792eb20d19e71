import { logOffset, logSince } from '../../../scripts/stack/dapr';
import type { Stack } from '../../../scripts/stack/stack';
import { one } from '../../integration/support/db';
import type { Answer } from './answers';

/**
 * One sign that a fault was felt by the system, counted. A case lists the signs it must leave, and each
 * must have been seen at least once before the money checks mean anything: every sign is something that
 * would not be there had the inject done nothing (a settlement taking seconds instead of milliseconds, a
 * 503 naming the part that was down, a server log line only a crash writes).
 */
export interface Evidence {
  what: string;
  seen: number;
}

/** What a case's signs are read from, once everything has settled. */
export interface FaultTrace {
  stack: Stack;
  /** DMH ids of the case's paid orders. */
  orderIds: string[];
  /** Every answer any client of the case got. */
  answers: Answer[];
  /** What a process wrote to its log from the moment of the fault on, restarts included. */
  logSince(name: string): string;
}

/** Where each log file of the stack ended when the fault began; reads what came after. */
export class LogMarks {
  private readonly offsets = new Map<string, number>();

  constructor(private readonly stack: Stack, names: readonly string[]) {
    for (const name of names) this.offsets.set(name, logOffset(stack.cfg, name));
  }

  since(name: string): string {
    const offset = this.offsets.get(name);
    if (offset === undefined) throw new Error(`the log of ${name} was not marked when the fault began`);
    return logSince(this.stack.cfg, name, offset);
  }
}

export function linesMatching(text: string, pattern: RegExp): number {
  return text.split('\n').filter((line) => pattern.test(line)).length;
}

/** How fast a paid order settles when nothing is wrong (the product promises 2 s); slower means it waited. */
const SETTLED_WITHIN_S = 3;

/**
 * The case's settlements that failed at least once (the outbox recorded an error and retried) or finished
 * more than 3 s after the payment committed. Both clocks are the database's.
 */
export async function retriedOrLateSettlements(t: FaultTrace): Promise<Evidence> {
  const r = await one<{ n: string }>(
    `SELECT COUNT(*) AS n FROM outbox WHERE kind = 'order.settle' AND aggregate_id IN (?)
        AND (attempts > 0 OR done_at > created_at + INTERVAL ${SETTLED_WITHIN_S} SECOND)`,
    [t.orderIds],
  );
  return { what: `settlements retried or finished more than ${SETTLED_WITHIN_S} s after the payment`, seen: Number(r.n) };
}

/** A paid order reaches the brand's database within a second or two when nothing is wrong. */
const SYNCED_WITHIN_S = 5;

/** The case's orders whose copy to the brand's database failed at least once or took more than 5 s. */
export async function retriedOrLateSyncs(t: FaultTrace): Promise<Evidence> {
  const r = await one<{ n: string }>(
    `SELECT COUNT(*) AS n FROM sync_jobs WHERE entity_type = 'order' AND entity_id IN (?)
        AND (attempts > 1 OR completed_at > requested_at + INTERVAL ${SYNCED_WITHIN_S} SECOND)`,
    [t.orderIds],
  );
  return { what: `orders copied to the brand's database after a failed attempt or more than ${SYNCED_WITHIN_S} s late`, seen: Number(r.n) };
}

/** Answers sent while the part was down that were 503s naming it (e.g. "the database is unavailable"). */
export function refusedNaming(t: FaultTrace, kinds: readonly Answer['kind'][], part: string): Evidence {
  const seen = t.answers.filter((a) => a.phase === 'during' && kinds.includes(a.kind) && a.status === 503 && a.body.includes(part)).length;
  return { what: `${kinds.join('/')} answered 503 naming "${part}" while it was down`, seen };
}

/** Lines of a process's log, written since the fault began, that only the fault explains. */
export function logged(t: FaultTrace, name: string, pattern: RegExp, what: string): Evidence {
  return { what: `${what} (${name} log: ${pattern})`, seen: linesMatching(t.logSince(name), pattern) };
}
