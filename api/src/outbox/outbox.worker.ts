import { logger } from '../common/logger';
import { OutboxItem, OutboxRepository } from './outbox.repository';

/** Something recorded in the outbox, finished by a handler of its kind (the relay hands it the claimed row). */
export type OutboxHandler = (item: OutboxItem) => Promise<boolean>;

/**
 * Runs one outbox item's work: done when it succeeds, retried later (with back-off) when it throws. The work
 * must be idempotent: a crash after some of it ran means all of it runs again.
 */
export async function runOutboxItem(
  outbox: OutboxRepository,
  item: Pick<OutboxItem, 'id' | 'aggregateId'>,
  what: string,
  work: () => Promise<void>,
): Promise<boolean> {
  try {
    await work();
    await outbox.markDone(item.id);
    return true;
  } catch (err) {
    const attempts = await outbox.retryLater(item.id, (err as Error).message ?? String(err)).catch(() => -1);
    logger[attempts > 10 ? 'error' : 'warn']({ err, outboxId: item.id, aggregateId: item.aggregateId, attempts }, `${what} incomplete, will retry`);
    return false;
  }
}
