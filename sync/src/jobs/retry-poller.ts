import { randomUUID } from 'node:crypto';
import { parseTraceparent } from '@dmh/shared/dist/tracing';
import { logger } from '../runtime/logger';
import type { SyncJobRunner } from './sync-job.runner';
import type { SyncJobsRepository } from './sync-jobs.repository';

/**
 * Runs the jobs that are due again: retries after their backoff, jobs an admin retried and jobs a
 * reconciliation re-queued. Claims a few at a time with a lease (several workers may poll the same ledger).
 * Each attempt continues the trace the job was taken in (the `traceparent` its delivery left in the ledger):
 * its span is a child of the delivery's, beside the first attempt, in the paid order's trace. A job without
 * one (tracing was off, a row older than the column, a reconciliation's re-queue) starts a trace of its own.
 */
export class RetryPoller {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly jobs: SyncJobsRepository,
    private readonly runner: SyncJobRunner,
    private readonly opts: { pollMs: number; leaseMs: number; batch: number },
  ) {}

  start(): void {
    this.schedule(this.opts.pollMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().then(
        (full) => this.schedule(full ? 0 : this.opts.pollMs),
        (err: unknown) => {
          logger.warn({ err }, 'sync retry poll failed');
          this.schedule(this.opts.pollMs * 4);
        },
      );
    }, ms);
  }

  /** One round; true when it claimed a full batch (more may be due). */
  private async tick(): Promise<boolean> {
    const claimed = await this.jobs.claimDue(randomUUID(), this.opts.leaseMs, this.opts.batch);
    await Promise.all(
      claimed.map((job) => this.runner.run(job, parseTraceparent(job.traceparent ?? undefined)).catch((err: unknown) => logger.error({ err, jobId: job.jobId }, 'sync attempt could not be recorded; the lease will expire and it runs again'))),
    );
    return claimed.length === this.opts.batch;
  }
}
