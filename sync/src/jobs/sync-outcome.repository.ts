import type { Pool } from 'mysql2/promise';
import { leanTransaction, retryOnLockConflict, type SyncTargetKind } from '@dmh/shared';
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
/** Orders' sync states, one row each: `VALUES ?` takes [[order_id, brand_id, status], …]. */
const SET_STATES_SQL =
  'INSERT INTO order_sync_states (order_id, brand_id, status) VALUES ? ON DUPLICATE KEY UPDATE status = VALUES(status)';

export class SyncOutcomeRepository {
  constructor(private readonly pool: Pool) {}

  /** False when the job's lease was no longer this attempt's (its outcome is recorded already): nothing changed. */
  async succeeded(job: ClaimedJob, outcome: SuccessOutcome): Promise<boolean> {
    return this.succeededMany([{ job, outcome }]);
  }

  /**
   * The successes of several jobs of one brand held under one lease token (one message's, written to the brand
   * together), in one transaction of two round trips. All or nothing: false, and nothing changed, when any of
   * the leases was no longer this attempt's (the caller then records each on its own).
   */
  async succeededMany(done: readonly { job: ClaimedJob; outcome: SuccessOutcome }[]): Promise<boolean> {
    const token = done[0].job.lockToken;
    if (done.some(({ job }) => job.lockToken !== token)) throw new Error('succeededMany: the jobs must be held under one lease token');
    const logs = done.flatMap(({ job, outcome }) =>
      outcome.entities.map((e) => [job.jobId, job.brandId, e.entityType, e.id, outcome.target, job.attempts + 1, 'success', null, outcome.durationMs]));
    const statements = [LOG_SQL];
    const values: unknown[] = [logs];
    // One statement per table: the orders, then all their rewards.
    for (const [type, table, column] of [['order', 'external_orders', 'order_id'], ['reward', 'external_rewards', 'reward_id']] as const) {
      const rows = done.flatMap(({ job, outcome }) => outcome.entities.filter((e) => e.entityType === type).map((e) => ({ e, job, outcome })));
      if (rows.length === 0) continue;
      statements.push(
        `INSERT INTO ${table} (${column}, brand_id, target, external_key, synced_version, checksum, synced_at)
         VALUES ${rows.map(() => '(?, ?, ?, ?, 1, ?, NOW(3))').join(', ')}
         ON DUPLICATE KEY UPDATE synced_version = synced_version + 1, target = VALUES(target), checksum = VALUES(checksum), synced_at = NOW(3)`,
      );
      values.push(...rows.flatMap(({ e, job, outcome }) => [e.id, job.brandId, outcome.target, e.id, e.checksum]));
    }
    statements.push(SET_STATES_SQL);
    values.push(done.map(({ job, outcome }) => [outcome.orderId, job.brandId, 'synced']));
    const ids = done.map(({ job }) => job.id);
    return this.inTransaction(
      [`UPDATE sync_jobs SET status = 'done', attempts = attempts + 1, round_attempts = round_attempts + 1, completed_at = NOW(3),
               last_error = NULL, locked_until = NULL, lock_token = NULL WHERE id IN (?) AND lock_token = ?`, [ids, token]],
      statements, values, ids.length,
    );
  }

  /** False when the job's lease was no longer this attempt's (its outcome is recorded already): nothing changed. */
  async failed(job: ClaimedJob, outcome: FailureOutcome): Promise<boolean> {
    const attempt = job.attempts + 1;
    const delayUs = outcome.next.status === 'retrying' ? outcome.next.delayMs * 1000 : 0;
    const dead = outcome.next.status === 'dead';
    return this.inTransaction(
      [`UPDATE sync_jobs SET status = ?, attempts = attempts + 1, round_attempts = round_attempts + 1,
               next_attempt_at = DATE_ADD(NOW(3), INTERVAL ? MICROSECOND), last_error = ?, locked_until = NULL, lock_token = NULL
         WHERE id = ? AND lock_token = ?`, [outcome.next.status, delayUs, outcome.error.slice(0, 4000), job.id, job.lockToken]],
      [LOG_SQL, ...(dead ? [SET_STATES_SQL] : [])],
      [
        [[job.jobId, job.brandId, 'order', job.orderId, outcome.target, attempt, dead ? 'dead' : 'failed', outcome.error.slice(0, 4000), outcome.durationMs]],
        ...(dead ? [[[job.orderId, job.brandId, 'failed']]] : []),
      ],
    );
  }

  /**
   * The outcome in one transaction of two round trips (the pool's connections accept several statements,
   * @dmh/shared leanTransaction): the lease-guarded release of the job, then, only if it was still this
   * attempt's, the rest and the COMMIT; otherwise it is rolled back. One that MariaDB chose as a deadlock
   * victim (or that gave up waiting for a lock) was rolled back whole, so it is simply run again
   * (retryOnLockConflict). Attempts run side by side (the intake's and the retry poller's), and the poller's claim locks a
   * range of sync_jobs.
   */
  private async inTransaction(release: [string, unknown[]], rest: string[], values: unknown[], jobs = 1): Promise<boolean> {
    return retryOnLockConflict(() =>
      leanTransaction(this.pool, async (send) => {
        const [, released] = await send(['START TRANSACTION', release[0]], release[1]);
        if (released.affectedRows !== jobs) return false; // rolled back: nothing was written
        await send([...rest, 'COMMIT'], values);
        return true;
      }),
    );
  }
}
