import { logger } from '../common/logger';
import { OutboxRepository } from './outbox.repository';
import { SettlementDispatcher } from './settlement.dispatcher';

/**
 * Re-drives settlements that did not finish on the fast path (a crash, a sidecar or actor host down):
 * every poll claims due outbox rows under a lease and runs them again. Runs in every API replica.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly pollMs: number,
    private readonly leaseMs: number,
    private readonly dispatcher = new SettlementDispatcher(),
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

  async pollOnce(): Promise<void> {
    try {
      const items = await this.outbox.claimDue(50, this.leaseMs);
      if (items.length > 0) logger.info({ count: items.length }, 'outbox relay re-driving settlements');
      await Promise.all(items.map((item) => this.dispatcher.settle(item)));
    } catch (err) {
      logger.warn({ err }, 'outbox relay poll failed; will try again');
    }
  }
}
