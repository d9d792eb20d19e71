import { randomUUID } from 'node:crypto';
import type { SyncJob } from '@dmh/shared';
import type { SyncJobRunner } from './sync-job.runner';
import type { SyncJobsRepository } from './sync-jobs.repository';

/**
 * A job delivered by the input binding: recorded in the ledger, then attempted at once if it is due and
 * nobody else holds it. Resolves once the outcome is committed in DMH (written to the target, or scheduled
 * for a retry, or dead-lettered), which is when the broker message may be acknowledged; throws when DMH
 * itself cannot record it (the message is then redelivered).
 */
export class JobIntake {
  constructor(
    private readonly jobs: SyncJobsRepository,
    private readonly runner: SyncJobRunner,
    private readonly leaseMs: number,
  ) {}

  async accept(job: SyncJob): Promise<'done' | 'retrying' | 'dead' | 'already-handled'> {
    await this.jobs.register(job);
    const claimed = await this.jobs.claim(job.jobId, randomUUID(), this.leaseMs);
    if (!claimed) return 'already-handled';
    return this.runner.run(claimed);
  }
}
