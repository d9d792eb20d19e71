import { randomUUID } from 'node:crypto';
import type { SyncJob } from '@dmh/shared';
import { logger } from '../runtime/logger';
import type { SyncJobRunner } from './sync-job.runner';
import type { SyncJobsRepository } from './sync-jobs.repository';

/**
 * A job delivered by the input binding. The binding hands messages over one at a time and waits for each
 * answer, so an intake that wrote to the brand's database before answering would cap the sync at one
 * attempt's latency (a few ms locally, far more against a remote Oracle). Instead:
 *  1. the job is recorded in the ledger (sync_jobs), queued and due now: from here on it cannot be lost,
 *     whatever happens to this process (any worker's RetryPoller claims due jobs);
 *  2. its attempt starts in the background (claim with a lease, write, record the outcome), at most
 *     `concurrency` at a time; when all slots are busy the answer waits for one, so the broker keeps the
 *     rest of the queue (back-pressure);
 *  3. the message is acknowledged.
 * Throws only when the job could not be recorded (the message is then redelivered).
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

  async accept(job: SyncJob): Promise<'accepted'> {
    await this.jobs.register(job);
    while (this.inFlight >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight += 1;
    const attempt: Promise<void> = this.attempt(job)
      .catch((err: unknown) => logger.error({ err, jobId: job.jobId }, 'sync attempt failed before its outcome was recorded: it runs again (at once if it was not claimed, else once its lease expires)'))
      .finally(() => {
        this.inFlight -= 1;
        this.running.delete(attempt);
        this.waiting.shift()?.();
      });
    this.running.add(attempt);
    return 'accepted';
  }

  /** Waits for the attempts started so far (tests, graceful stop). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Nothing to do when another attempt holds the job, or it is finished (a redelivery). */
  private async attempt(job: SyncJob): Promise<void> {
    const claimed = await this.jobs.claim(job.jobId, randomUUID(), this.leaseMs);
    if (claimed) await this.runner.run(claimed);
  }
}
