import { randomUUID } from 'node:crypto';
import type { SyncJob } from '@dmh/shared';
import { logger } from '../runtime/logger';
import type { SyncJobRunner } from './sync-job.runner';
import type { ClaimedJob, SyncJobsRepository } from './sync-jobs.repository';

/**
 * The jobs of one message delivered by the input binding (one job, or the several a settlement sent together).
 * The binding hands messages over one at a time and waits for each answer, so an intake that wrote to the
 * brand's database before answering would cap the sync at one attempt's latency (a few ms locally, far more
 * against a remote Oracle). Instead:
 *  1. it waits while `concurrency` jobs are being attempted; meanwhile the answer waits, so the broker keeps the
 *     rest of the queue (back-pressure);
 *  2. the jobs are recorded in the ledger (sync_jobs) and their leases taken for this attempt, in one round trip:
 *     from here on they cannot be lost, whatever happens to this process (the leases expire and any worker's
 *     RetryPoller claims them);
 *  3. the message is acknowledged, and the attempt (write, record the outcome) runs in the background: the jobs
 *     of one brand together (SyncJobRunner.runBatch: one read, one write to the brand, one outcome transaction).
 * Throws only when the jobs could not be recorded (the message is then redelivered). Each job is recorded with
 * the trace context its attempts continue (traceOf), so the first attempt and those the RetryPoller runs later
 * are in its order's trace.
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

  async accept(jobs: readonly SyncJob[], traceparent?: string): Promise<'accepted'> {
    while (this.inFlight >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight += jobs.length;
    let claimed: ClaimedJob[];
    try {
      claimed = await this.jobs.registerAndClaim(jobs.map((job) => ({ job, traceparent: traceOf(job, traceparent) })), randomUUID(), this.leaseMs);
    } catch (err) {
      this.release(jobs.length);
      throw err;
    }
    // Nothing to attempt for a job finished (a redelivery), not due, or held by another attempt.
    this.release(jobs.length - claimed.length);
    if (claimed.length === 0) return 'accepted';
    const attempt: Promise<void> = this.runner.runBatch(claimed)
      .catch((err: unknown) => logger.error({ err, jobIds: claimed.map((j) => j.jobId) }, 'sync attempt failed before its outcome was recorded: it runs again once its lease expires'))
      .finally(() => {
        this.running.delete(attempt);
        this.release(claimed.length);
      });
    this.running.add(attempt);
    return 'accepted';
  }

  /** Waits for the attempts started so far (tests, graceful stop). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private release(jobs: number): void {
    if (jobs === 0) return;
    this.inFlight -= jobs;
    while (this.inFlight < this.concurrency && this.waiting.length > 0) this.waiting.shift()?.();
  }
}

/**
 * The context a job's attempts are children of: the delivery's span when it is in the job's own trace (a job
 * sent alone, or the first of a message: the attempt sits under `POST /sync-jobs`, under the binding's spans),
 * else the job's own (its settlement's span: the delivery belongs to another order's trace), else the delivery's
 * (a job sent without one). Undefined when tracing is off.
 */
export function traceOf(job: SyncJob, delivery: string | undefined): string | undefined {
  if (!job.traceparent) return delivery;
  return delivery && delivery.split('-')[1] === job.traceparent.split('-')[1] ? delivery : job.traceparent;
}
