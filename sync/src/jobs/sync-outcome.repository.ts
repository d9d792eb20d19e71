import type { Pool, PoolConnection } from 'mysql2/promise';
import type { SyncTargetKind } from '@dmh/shared';
import type { ClaimedJob } from './sync-jobs.repository';

export interface WrittenEntity {
  entityType: 'order' | 'reward';
  id: string;
  checksum: string;
}

export interface SuccessOutcome {
  target: SyncTargetKind;
  durationMs: number;
  orderId: string;
  entities: WrittenEntity[];
}

export interface FailureOutcome {
  target: SyncTargetKind | 'unknown';
  durationMs: number;
  error: string;
  /** 'retrying' with the delay before the next attempt, or 'dead'. */
  next: { status: 'retrying'; delayMs: number } | { status: 'dead' };
}

const LOG_SQL =
  'INSERT INTO sync_logs (job_id, brand_id, entity_type, entity_id, target, attempt, status, error, duration_ms) VALUES ?';

/**
 * Records the outcome of one attempt in DMH, in one transaction: the job's new state, the attempt in
 * sync_logs (one row per written order and reward on success), DMH's own record of what reached the target
 * (external_orders / external_rewards with the checksum) and the order's sync_status.
 */
export class SyncOutcomeRepository {
  constructor(private readonly pool: Pool) {}

  async succeeded(job: ClaimedJob, outcome: SuccessOutcome): Promise<void> {
    const attempt = job.attempts + 1;
    await this.inTransaction(async (conn) => {
      await conn.query(
        `UPDATE sync_jobs SET status = 'done', attempts = attempts + 1, round_attempts = round_attempts + 1, completed_at = NOW(3),
                last_error = NULL, locked_until = NULL, lock_token = NULL WHERE id = ?`,
        [job.id],
      );
      const logs = outcome.entities.map((e) => [job.jobId, job.brandId, e.entityType, e.id, outcome.target, attempt, 'success', null, outcome.durationMs]);
      await conn.query(LOG_SQL, [logs]);
      for (const e of outcome.entities) {
        const table = e.entityType === 'order' ? 'external_orders' : 'external_rewards';
        const column = e.entityType === 'order' ? 'order_id' : 'reward_id';
        await conn.query(
          `INSERT INTO ${table} (${column}, brand_id, target, external_key, synced_version, checksum, synced_at) VALUES (?, ?, ?, ?, 1, ?, NOW(3))
           ON DUPLICATE KEY UPDATE synced_version = synced_version + 1, target = VALUES(target), checksum = VALUES(checksum), synced_at = NOW(3)`,
          [e.id, job.brandId, outcome.target, e.id, e.checksum],
        );
      }
      // updated_at is kept: it is the order's version as the target sees it, and sync bookkeeping is not a new state.
      await conn.query("UPDATE orders SET sync_status = 'synced', updated_at = updated_at WHERE id = ?", [outcome.orderId]);
    });
  }

  async failed(job: ClaimedJob, outcome: FailureOutcome): Promise<void> {
    const attempt = job.attempts + 1;
    const delayUs = outcome.next.status === 'retrying' ? outcome.next.delayMs * 1000 : 0;
    await this.inTransaction(async (conn) => {
      await conn.query(
        `UPDATE sync_jobs SET status = ?, attempts = attempts + 1, round_attempts = round_attempts + 1,
                next_attempt_at = DATE_ADD(NOW(3), INTERVAL ? MICROSECOND), last_error = ?, locked_until = NULL, lock_token = NULL
          WHERE id = ?`,
        [outcome.next.status, delayUs, outcome.error.slice(0, 4000), job.id],
      );
      await conn.query(LOG_SQL, [[[job.jobId, job.brandId, 'order', job.orderId, outcome.target, attempt, outcome.next.status === 'dead' ? 'dead' : 'failed', outcome.error.slice(0, 4000), outcome.durationMs]]]);
      if (outcome.next.status === 'dead') {
        await conn.query("UPDATE orders SET sync_status = 'failed', updated_at = updated_at WHERE id = ?", [job.orderId]);
      }
    });
  }

  private async inTransaction(work: (conn: PoolConnection) => Promise<void>): Promise<void> {
    const conn = await this.pool.getConnection();
    try {
      await conn.beginTransaction();
      await work(conn);
      await conn.commit();
    } catch (err) {
      await conn.rollback().catch(() => undefined);
      throw err;
    } finally {
      conn.release();
    }
  }
}
