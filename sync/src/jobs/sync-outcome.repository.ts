import type { Pool, PoolConnection, ResultSetHeader } from 'mysql2/promise';
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
 * (external_orders / external_rewards with the checksum) and the order's state (order_sync_states, this worker's
 * own table: the order row is not written). Guarded by the
 * attempt's lease token: recording the same outcome again (after a commit whose answer was lost) changes nothing.
 */
const SET_STATE_SQL =
  'INSERT INTO order_sync_states (order_id, brand_id, status) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE status = VALUES(status)';

export class SyncOutcomeRepository {
  constructor(private readonly pool: Pool) {}

  /** False when the job's lease was no longer this attempt's (its outcome is recorded already): nothing changed. */
  async succeeded(job: ClaimedJob, outcome: SuccessOutcome): Promise<boolean> {
    const attempt = job.attempts + 1;
    return this.inTransaction(async (conn) => {
      const [released] = await conn.query<ResultSetHeader>(
        `UPDATE sync_jobs SET status = 'done', attempts = attempts + 1, round_attempts = round_attempts + 1, completed_at = NOW(3),
                last_error = NULL, locked_until = NULL, lock_token = NULL WHERE id = ? AND lock_token = ?`,
        [job.id, job.lockToken],
      );
      if (released.affectedRows !== 1) return false;
      const logs = outcome.entities.map((e) => [job.jobId, job.brandId, e.entityType, e.id, outcome.target, attempt, 'success', null, outcome.durationMs]);
      await conn.query(LOG_SQL, [logs]);
      // One statement per table: the order, then all its rewards.
      for (const [type, table, column] of [['order', 'external_orders', 'order_id'], ['reward', 'external_rewards', 'reward_id']] as const) {
        const rows = outcome.entities.filter((e) => e.entityType === type);
        if (rows.length === 0) continue;
        await conn.query(
          `INSERT INTO ${table} (${column}, brand_id, target, external_key, synced_version, checksum, synced_at)
           VALUES ${rows.map(() => '(?, ?, ?, ?, 1, ?, NOW(3))').join(', ')}
           ON DUPLICATE KEY UPDATE synced_version = synced_version + 1, target = VALUES(target), checksum = VALUES(checksum), synced_at = NOW(3)`,
          rows.flatMap((e) => [e.id, job.brandId, outcome.target, e.id, e.checksum]),
        );
      }
      await conn.query(SET_STATE_SQL, [outcome.orderId, job.brandId, 'synced']);
      return true;
    });
  }

  /** False when the job's lease was no longer this attempt's (its outcome is recorded already): nothing changed. */
  async failed(job: ClaimedJob, outcome: FailureOutcome): Promise<boolean> {
    const attempt = job.attempts + 1;
    const delayUs = outcome.next.status === 'retrying' ? outcome.next.delayMs * 1000 : 0;
    return this.inTransaction(async (conn) => {
      const [released] = await conn.query<ResultSetHeader>(
        `UPDATE sync_jobs SET status = ?, attempts = attempts + 1, round_attempts = round_attempts + 1,
                next_attempt_at = DATE_ADD(NOW(3), INTERVAL ? MICROSECOND), last_error = ?, locked_until = NULL, lock_token = NULL
          WHERE id = ? AND lock_token = ?`,
        [outcome.next.status, delayUs, outcome.error.slice(0, 4000), job.id, job.lockToken],
      );
      if (released.affectedRows !== 1) return false;
      await conn.query(LOG_SQL, [[[job.jobId, job.brandId, 'order', job.orderId, outcome.target, attempt, outcome.next.status === 'dead' ? 'dead' : 'failed', outcome.error.slice(0, 4000), outcome.durationMs]]]);
      if (outcome.next.status === 'dead') {
        await conn.query(SET_STATE_SQL, [job.orderId, job.brandId, 'failed']);
      }
      return true;
    });
  }

  /**
   * Runs `work` in a transaction; one that MariaDB chose as a deadlock victim (or that gave up waiting for a
   * lock) was rolled back whole, so it is simply run again, a few times. Attempts run side by side (the
   * intake's and the retry poller's), and the poller's claim locks a range of sync_jobs.
   */
  private async inTransaction(work: (conn: PoolConnection) => Promise<boolean>): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const conn = await this.pool.getConnection();
      try {
        await conn.beginTransaction();
        const applied = await work(conn);
        if (applied) await conn.commit();
        else await conn.rollback();
        return applied;
      } catch (err) {
        await conn.rollback().catch(() => undefined);
        if (attempt >= MAX_TX_ATTEMPTS || !LOCK_CONFLICTS.has((err as { errno?: number }).errno ?? 0)) throw err;
      } finally {
        conn.release();
      }
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/** ER_LOCK_DEADLOCK, ER_LOCK_WAIT_TIMEOUT: the transaction was rolled back and may be run again. */
const LOCK_CONFLICTS = new Set([1213, 1205]);
const MAX_TX_ATTEMPTS = 5;
