import { randomUUID } from 'node:crypto';
import type { SyncJob } from '@dmh/shared';
import { logger } from '../runtime/logger';
import type { SyncJobRunner } from './sync-job.runner';
import type { ClaimedJob, SyncJobsRepository } from './sync-jobs.repository';

/**
 * A job delivered by the input binding. The binding hands messages over one at a time and waits for each
 * answer, so an intake that wrote to the brand's database before answering would cap the sync at one
 * attempt's latency (a few ms locally, far more against a remote Oracle). Instead:
 *  1. it waits for one of `concurrency` attempt slots; while all are busy the answer waits, so the broker
 *     keeps the rest of the queue (back-pressure);
 *  2. the job is recorded in the ledger (sync_jobs) and its lease taken for this attempt, in one round trip:
 *     from here on it cannot be lost, whatever happens to this process (its lease expires and any worker's
 *     RetryPoller claims it);
 *  3. the message is acknowledged, and the attempt (write, record the outcome) runs in the background.
 * Throws only when the job could not be recorded (the message is then redelivered). The delivery's `traceparent`
 * (when tracing is on) is recorded with the job: the attempts the RetryPoller runs later continue that trace.
 */
export class JobIntake {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly jobs: SyncJobsRepository,
    private readonly runner: SyncJobRunner,
    private readonly leaseMs: number,
    private readonly concurrency = 8,
  ) {}

  async accept(job: SyncJob, traceparent?: string): Promise<'accepted'> {
    while (this.inFlight >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight += 1;
    let claimed: ClaimedJob | null;
    try {
      claimed = await this.jobs.registerAndClaim(job, randomUUID(), this.leaseMs, traceparent);
    } catch (err) {
      this.release();
      throw err;
    }
    // Nothing to attempt when it is finished (a redelivery), not due, or another attempt holds it.
    if (!claimed) {
      this.release();
      return 'accepted';
    }
    const attempt: Promise<void> = this.runner.run(claimed)
      .then(() => undefined)
      .catch((err: unknown) => logger.error({ err, jobId: job.jobId }, 'sync attempt failed before its outcome was recorded: it runs again once its lease expires'))
      .finally(() => {
        this.running.delete(attempt);
        this.release();
      });
    this.running.add(attempt);
    return 'accepted';
  }

  /** Waits for the attempts started so far (tests, graceful stop). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private release(): void {
    this.inFlight -= 1;
    this.waiting.shift()?.();
  }
}
