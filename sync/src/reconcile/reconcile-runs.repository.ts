import type { Pool, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { isoTime, isoTimeOrNull, type ReconcileRun, type StartReconcileRunRequest, type SyncTargetKind } from '@dmh/shared';
import type { ReconcileTotals } from './reconcile.service';

/** Where a run stands after a chunk. */
export interface RunProgress {
  ordersChecked: number;
  totals: ReconcileTotals;
  requeued: number;
}

const COLUMNS = `id, brand_id, range_from, range_to, requeue, status, target, kind, orders_total, orders_checked, rewards_checked, orders_missing,
  orders_different, rewards_missing, rewards_different, requeued, items, truncated, error, created_by, created_at, finished_at`;

/**
 * sync_reconciliation_runs. The sync worker is its only writer: it inserts a run, writes its progress after
 * each chunk and finishes it; the API reads it.
 */
export class ReconcileRunsRepository {
  constructor(private readonly pool: Pool) {}

  async insert(r: StartReconcileRunRequest, target: { name: string; kind: SyncTargetKind }, ordersTotal: number): Promise<string> {
    const [result] = await this.pool.query<ResultSetHeader>(
      `INSERT INTO sync_reconciliation_runs (brand_id, range_from, range_to, requeue, status, target, kind, orders_total, items, created_by)
       VALUES (?, ?, ?, ?, 'running', ?, ?, ?, '[]', ?)`,
      [r.brandId, new Date(r.from), new Date(r.to), r.requeue ? 1 : 0, target.name, target.kind, ordersTotal, r.createdBy],
    );
    return String(result.insertId);
  }

  /** After each chunk; only a running run moves (a run failed by a restart stays failed). */
  async progress(id: string, p: RunProgress): Promise<void> {
    const t = p.totals;
    await this.pool.query(
      `UPDATE sync_reconciliation_runs SET orders_checked = ?, rewards_checked = ?, orders_missing = ?, orders_different = ?, rewards_missing = ?,
         rewards_different = ?, requeued = ?, items = ?, truncated = ? WHERE id = ? AND status = 'running'`,
      [p.ordersChecked, t.rewards.checked, t.orders.missing, t.orders.different, t.rewards.missing, t.rewards.different, p.requeued,
        JSON.stringify(t.items), t.truncated ? 1 : 0, id],
    );
  }

  async finish(id: string, status: 'done' | 'failed', error: string | null = null): Promise<void> {
    await this.pool.query(
      "UPDATE sync_reconciliation_runs SET status = ?, error = ?, finished_at = NOW(3) WHERE id = ? AND status = 'running'",
      [status, error?.slice(0, 500) ?? null, id],
    );
  }

  /** On the worker's start: a run still `running` was cut off by the previous process; it fails, with words. */
  async failInterrupted(message: string): Promise<number> {
    const [result] = await this.pool.query<ResultSetHeader>(
      "UPDATE sync_reconciliation_runs SET status = 'failed', error = ?, finished_at = NOW(3) WHERE status = 'running'",
      [message],
    );
    return result.affectedRows;
  }

  async find(id: string): Promise<ReconcileRun | null> {
    const [rows] = await this.pool.query<RowDataPacket[]>(`SELECT ${COLUMNS} FROM sync_reconciliation_runs WHERE id = ?`, [id]);
    return rows[0] ? toRun(rows[0]) : null;
  }
}


/** A row as the contract's run (shared by the worker and the API's reading). */
export function toRun(r: Record<string, unknown>): ReconcileRun {
  const items = typeof r.items === 'string' ? JSON.parse(r.items) : (r.items ?? []);
  return {
    id: String(r.id), brandId: String(r.brand_id), from: isoTime(r.range_from), to: isoTime(r.range_to), requeue: Boolean(Number(r.requeue)),
    status: r.status as ReconcileRun['status'], target: (r.target as string | null) ?? null, kind: (r.kind as ReconcileRun['kind']) ?? null,
    ordersTotal: Number(r.orders_total), ordersChecked: Number(r.orders_checked),
    orders: { checked: Number(r.orders_checked), missing: Number(r.orders_missing), different: Number(r.orders_different) },
    rewards: { checked: Number(r.rewards_checked), missing: Number(r.rewards_missing), different: Number(r.rewards_different) },
    requeued: Number(r.requeued), truncated: Boolean(Number(r.truncated)), error: (r.error as string | null) ?? null,
    createdBy: r.created_by === null || r.created_by === undefined ? null : String(r.created_by), createdAt: isoTime(r.created_at),
    finishedAt: isoTimeOrNull(r.finished_at), items,
  };
}
