import { logger } from '../common/logger';
import { REFUND_KIND, RefundDispatcher } from '../refunds/refund.dispatcher';
import { WITHDRAWAL_PAYOUT_KIND, WITHDRAWAL_RELEASE_KIND, WithdrawalDispatcher } from '../withdrawals/withdrawal.dispatcher';
import { OutboxItem, OutboxRepository } from './outbox.repository';
import type { OutboxHandler } from './outbox.worker';
import { SettlementDispatcher } from './settlement.dispatcher';
import { SETTLE_KIND } from './settlement.repository';

/** Every kind of outbox work and what finishes it. */
export function defaultOutboxHandlers(): Record<string, OutboxHandler> {
  const settlement = new SettlementDispatcher();
  const refunds = new RefundDispatcher();
  const withdrawals = new WithdrawalDispatcher();
  return {
    [SETTLE_KIND]: (item) => settlement.settle(item),
    [REFUND_KIND]: (item) => refunds.reverse(item),
    [WITHDRAWAL_RELEASE_KIND]: (item) => withdrawals.release(item),
    [WITHDRAWAL_PAYOUT_KIND]: (item) => withdrawals.payOut(item),
  };
}

/**
 * Re-drives outbox work that did not finish on the fast path (a crash, a sidecar or actor host down):
 * settlements, refund reversals, withdrawal releases and payouts. Every poll claims due outbox rows under
 * a lease and runs each with the handler of its kind. Runs in every API replica.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly pollMs: number,
    private readonly leaseMs: number,
    private readonly handlers: Record<string, OutboxHandler> = defaultOutboxHandlers(),
    private readonly outbox = new OutboxRepository(),
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pollOnce().finally(() => this.schedule());
    }, this.pollMs);
  }

  private async run(item: OutboxItem): Promise<boolean> {
    const handler = this.handlers[item.kind];
    if (handler) return handler(item);
    // A kind this replica does not know (a newer replica's): leave it for one that does.
    await this.outbox.retryLater(item.id, `no handler for outbox kind ${item.kind}`);
    return false;
  }

  async pollOnce(): Promise<void> {
    try {
      const items = await this.outbox.claimDue(50, this.leaseMs);
      if (items.length > 0) logger.info({ count: items.length }, 'outbox relay re-driving recorded work');
      await Promise.all(items.map((item) => this.run(item)));
    } catch (err) {
      logger.warn({ err }, 'outbox relay poll failed; will try again');
    }
  }
}
