import type { Pool, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { leanTransaction, retryOnLockConflict, type RetryDeadJobsRequest, type SyncJob, type SyncJobStatus } from '@dmh/shared';

/** A job this worker holds the lease of. */
export interface ClaimedJob {
  id: string;
  jobId: string;
  brandId: string;
  orderId: string;
  status: SyncJobStatus;
  /** Attempts before this one (all rounds) and in the current round. */
  attempts: number;
  roundAttempts: number;
  requestedAt: Date;
  lockToken: string;
  /** The W3C `traceparent` the job was taken in (see registerAndClaim), or null (tracing off, older rows). */
  traceparent: string | null;
}

export interface QueueStats {
  queued: number;
  retrying: number;
  dead: number;
  /** Age of the oldest job not yet written (queued or retrying), 0 when none. */
  lagSeconds: number;
}

const COLUMNS = 'id, job_id, brand_id, entity_id, status, attempts, round_attempts, requested_at, lock_token, traceparent';
const DUE = "status IN ('queued', 'retrying') AND next_attempt_at <= NOW(3) AND (locked_until IS NULL OR locked_until < NOW(3))";
/** The orders of the jobs `IN (?)` pending while their round is open (see markPending). */
const MARK_PENDING_SQL = `INSERT INTO order_sync_states (order_id, brand_id, status)
  SELECT entity_id, brand_id, 'pending' FROM sync_jobs WHERE job_id IN (?) AND entity_type = 'order' AND status IN ('queued', 'retrying')
  ON DUPLICATE KEY UPDATE status = 'pending'`;
/** The leases of the jobs `IN (?)` that are due and nobody holds: (lease in µs, token, job ids). */
const CLAIM_SQL = `UPDATE sync_jobs SET locked_until = DATE_ADD(NOW(3), INTERVAL ? MICROSECOND), lock_token = ? WHERE job_id IN (?) AND ${DUE}`;
/** A finished or dead job asked for again by a later request: a new round, due at once (requestedAt, traceparent, job id, requestedAt). */
const REQUEUE_SQL = `UPDATE sync_jobs SET status = 'queued', round_attempts = 0, next_attempt_at = NOW(3), completed_at = NULL, requested_at = ?, traceparent = ?
  WHERE job_id = ? AND status IN ('done', 'dead') AND requested_at < ?`;
const LEASED_SQL = `SELECT ${COLUMNS} FROM sync_jobs WHERE lock_token = ?`;

/**
 * REQUEUE_SQL for every job of a message in one statement (not one per job: a message carries the sync jobs of the
 * orders paid within the API's SYNC_LINGER_MS), each job by its own request time and trace; with one job, REQUEUE_SQL.
 */
export function requeueSql(count: number): string {
  if (count === 1) return REQUEUE_SQL;
  const byJob = `CASE job_id${' WHEN ? THEN ?'.repeat(count)} END`;
  return `UPDATE sync_jobs SET status = 'queued', round_attempts = 0, next_attempt_at = NOW(3), completed_at = NULL, requested_at = ${byJob}, traceparent = ${byJob}
  WHERE job_id IN (?) AND status IN ('done', 'dead') AND requested_at < ${byJob}`;
}

/** requeueSql's values for these jobs. */
export function requeueValues(jobs: readonly { job: SyncJob; traceparent?: string }[]): unknown[] {
  if (jobs.length === 1) {
    const [{ job, traceparent }] = jobs as [{ job: SyncJob; traceparent?: string }];
    return [new Date(job.requestedAt), traceparent ?? null, job.jobId, new Date(job.requestedAt)];
  }
  const requestedAt = jobs.flatMap(({ job }) => [job.jobId, new Date(job.requestedAt)]);
  return [...requestedAt, ...jobs.flatMap(({ job, traceparent }) => [job.jobId, traceparent ?? null]), jobs.map(({ job }) => job.jobId), ...requestedAt];
}

/**
 * The job ledger (sync_jobs): every job is recorded here before its broker message is acknowledged, and
 * attempts are claimed with a lease, so a worker that dies mid-attempt leaves the job to another one.
 */
export class SyncJobsRepository {
  constructor(private readonly pool: Pool) {}

  /**
   * Records delivered jobs (one message's: one or many) and takes their leases for the attempt that follows, in
   * one transaction of one round trip (the pool's connections accept several statements: @dmh/shared
   * leanTransaction; one that MariaDB chose as a deadlock victim is run again whole: retryOnLockConflict). A broker redelivery (the same message: same
   * requestedAt) changes nothing: a finished job is not written twice and a dead one waits for an admin. A new
   * request under the same job id (a later requestedAt, e.g. a second refund of one order) starts a new round for
   * a finished or dead job; the re-queue matches no row when the job was just inserted. Its order is pending while
   * the round is open (markPending). Answers the jobs claimed (all under `token`); a job is left out when there is
   * nothing to attempt now: it is finished, dead, not due, or another attempt holds it. Each job's `traceparent`
   * (its settlement's trace context, else the delivery's, when tracing is on) is kept with it, so the attempts the
   * RetryPoller runs later continue that trace: the first delivery's, or the new round's for a new request.
   */
  async registerAndClaim(jobs: readonly { job: SyncJob; traceparent?: string }[], token: string, leaseMs: number): Promise<ClaimedJob[]> {
    if (jobs.length === 0) return [];
    const jobIds = jobs.map(({ job }) => job.jobId);
    const inserts = jobs.flatMap(({ job, traceparent }) => [job.jobId, job.brandId, job.orderId, new Date(job.requestedAt), traceparent ?? null]);
    const results = await retryOnLockConflict(() => leanTransaction(this.pool, (send) => send(
      [
        'START TRANSACTION',
        `INSERT IGNORE INTO sync_jobs (job_id, brand_id, entity_type, entity_id, status, next_attempt_at, requested_at, traceparent)
         VALUES ${jobs.map(() => "(?, ?, 'order', ?, 'queued', NOW(3), ?, ?)").join(', ')}`,
        requeueSql(jobs.length),
        MARK_PENDING_SQL,
        CLAIM_SQL,
        LEASED_SQL,
        'COMMIT',
      ],
      [...inserts, ...requeueValues(jobs), jobIds, leaseMs * 1000, token, jobIds, token],
    )));
    const leased = results[5] as RowDataPacket[]; // START, INSERT, re-queue, mark pending, claim, then LEASED_SQL's rows
    return leased.map(claimedJob);
  }

  /**
   * The orders of these jobs are pending again while their round is open. Only an open job counts (the
   * INSERT … SELECT reads the job row with a lock), so an attempt that finished first is never overwritten
   * with pending, and a redelivered message repeats it harmlessly.
   */
  private async markPending(jobIds: string[]): Promise<void> {
    await this.pool.query(MARK_PENDING_SQL, [jobIds]);
  }



  /** Takes the leases of up to `limit` due jobs, the longest waiting first. */
  async claimDue(token: string, leaseMs: number, limit: number): Promise<ClaimedJob[]> {
    const [result] = await this.pool.query<ResultSetHeader>(
      `UPDATE sync_jobs SET locked_until = DATE_ADD(NOW(3), INTERVAL ? MICROSECOND), lock_token = ? WHERE ${DUE} ORDER BY next_attempt_at LIMIT ?`,
      [leaseMs * 1000, token, limit],
    );
    return result.affectedRows === 0 ? [] : this.leased(token);
  }

  /**
   * Dead jobs of a brand back to the queue, due at once, with a fresh round of retries (the poller picks them
   * up), their orders pending again. Asked by the API for an admin (`POST /sync/failures/…/retry`).
   */
  async retryDead(request: RetryDeadJobsRequest): Promise<string[]> {
    const where = ["status = 'dead'", 'brand_id = ?'];
    const params: unknown[] = [request.brandId];
    if (request.ids) (where.push('id IN (?)'), params.push(request.ids));
    if (request.orderIds) (where.push("entity_type = 'order' AND entity_id IN (?)"), params.push(request.orderIds));
    if (request.from) (where.push('requested_at >= ?'), params.push(new Date(request.from)));
    if (request.to) (where.push('requested_at < ?'), params.push(new Date(request.to)));
    const conn = await this.pool.getConnection();
    try {
      await conn.beginTransaction();
      // Locked, so the ids answered are exactly the jobs this call put back.
      const [rows] = await conn.query<RowDataPacket[]>(`SELECT id, job_id FROM sync_jobs WHERE ${where.join(' AND ')} ORDER BY id FOR UPDATE`, params);
      if (rows.length > 0) {
        await conn.query(
          `UPDATE sync_jobs SET status = 'queued', round_attempts = 0, next_attempt_at = NOW(3), locked_until = NULL, lock_token = NULL
            WHERE id IN (?)`,
          [rows.map((r) => r.id)],
        );
      }
      await conn.commit();
      const jobIds = rows.map((r) => String(r.job_id));
      if (jobIds.length > 0) await this.markPending(jobIds);
      return jobIds;
    } catch (err) {
      await conn.rollback().catch(() => undefined);
      throw err;
    } finally {
      conn.release();
    }
  }

  /** New jobs for orders found missing or different by a reconciliation, due at once. */
  async requeue(brandId: string, orderIds: string[], runId: string): Promise<string[]> {
    const jobIds = orderIds.map((id) => `reconcile:${id}:${runId}`);
    if (orderIds.length === 0) return [];
    const values = orderIds.map((id, i) => [jobIds[i], brandId, 'order', id, 'queued', new Date(), new Date()]);
    await this.pool.query(
      'INSERT IGNORE INTO sync_jobs (job_id, brand_id, entity_type, entity_id, status, next_attempt_at, requested_at) VALUES ?',
      [values],
    );
    await this.markPending(jobIds);
    return jobIds;
  }

  async stats(): Promise<QueueStats> {
    const [rows] = await this.pool.query<RowDataPacket[]>(
      `SELECT status, COUNT(*) AS n, TIMESTAMPDIFF(MICROSECOND, MIN(requested_at), NOW(3)) AS age_us
         FROM sync_jobs WHERE status IN ('queued', 'retrying', 'dead') GROUP BY status`,
    );
    const by = new Map(rows.map((r) => [r.status as string, r]));
    const lagUs = Math.max(0, ...['queued', 'retrying'].map((s) => Number(by.get(s)?.age_us ?? 0)));
    return {
      queued: Number(by.get('queued')?.n ?? 0),
      retrying: Number(by.get('retrying')?.n ?? 0),
      dead: Number(by.get('dead')?.n ?? 0),
      lagSeconds: lagUs / 1e6,
    };
  }

  private async leased(token: string): Promise<ClaimedJob[]> {
    const [rows] = await this.pool.query<RowDataPacket[]>(LEASED_SQL, [token]);
    return rows.map(claimedJob);
  }
}

function claimedJob(r: RowDataPacket): ClaimedJob {
  return {
    id: String(r.id), jobId: r.job_id, brandId: String(r.brand_id), orderId: String(r.entity_id), status: r.status,
    attempts: Number(r.attempts), roundAttempts: Number(r.round_attempts), requestedAt: r.requested_at, lockToken: r.lock_token,
    traceparent: r.traceparent ?? null,
  };
}
