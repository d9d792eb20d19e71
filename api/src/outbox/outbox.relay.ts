import { logger } from '../common/logger';
import { OutboxItem, OutboxRepository } from './outbox.repository';
import type { OutboxHandler } from './outbox.worker';

/**
 * Re-drives outbox work that did not finish on the fast path (a crash, a sidecar or actor host down):
 * settlements, refund reversals, withdrawal releases and payouts. Every poll claims due outbox rows under
 * a lease and runs each with the handler of its kind. Runs in every API replica. The relay knows no feature:
 * the composition root (main.ts) hands it every kind of work and what finishes it.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly pollMs: number,
    private readonly leaseMs: number,
    private readonly handlers: Record<string, OutboxHandler>,
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
