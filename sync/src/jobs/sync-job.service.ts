import { SyncJob } from '@dmh/shared';
import { logger } from '../runtime/logger';
import { SyncTarget } from '../targets/sync-target';
import { DmhRepository } from './dmh.repository';

export type JobOutcome = 'synced' | 'retry' | 'dead' | 'dropped';

/**
 * One delivery of a sync job: read the order and its rewards from DMH, upsert them into the target, then
 * record the attempt. The broker message is acknowledged only after the write committed ('synced'), or
 * once the job is given up and recorded as dead ('dead'); 'retry' makes the broker redeliver it.
 */
export class SyncJobService {
  constructor(
    private readonly dmh: DmhRepository,
    private readonly target: SyncTarget,
    private readonly maxAttempts: number,
  ) {}

  async run(job: SyncJob): Promise<JobOutcome> {
    const started = Date.now();
    const attempt = (await this.dmh.previousAttempts(job.jobId)) + 1;
    const data = await this.dmh.loadOrder(job.orderId);
    if (!data) {
      logger.warn({ job }, 'sync job for an unknown order dropped');
      return 'dropped';
    }
    const log = { jobId: job.jobId, brandId: data.order.brandId, entityType: 'order' as const, entityId: job.orderId, target: this.target.kind, attempt };
    try {
      await this.target.writeOrder(data.order, data.rewards);
    } catch (err) {
      const dead = attempt >= this.maxAttempts;
      const error = (err as Error).message ?? String(err);
      await this.dmh.logAttempt({ ...log, status: dead ? 'dead' : 'failed', error, durationMs: Date.now() - started });
      if (dead) await this.dmh.markFailed(job.orderId);
      logger.warn({ jobId: job.jobId, attempt, dead, error }, 'sync attempt failed');
      return dead ? 'dead' : 'retry';
    }
    await this.dmh.markSynced(data.order, data.rewards, this.target.kind);
    const durationMs = Date.now() - started;
    await this.dmh.logAttempt({ ...log, status: 'success', error: null, durationMs });
    for (const r of data.rewards) {
      await this.dmh.logAttempt({ ...log, entityType: 'reward', entityId: r.dmhRewardId, status: 'success', error: null, durationMs });
    }
    return 'synced';
  }
}
