import type { EntityManager } from 'typeorm';
import type { ReconcileRunStatus } from '@dmh/shared';
import { type BrandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';
import type { ReconcileRunListQuery, ReconcileRunSummaryView, ReconcileRunView } from './sync.schemas';

type Db = Pick<EntityManager, 'query'>;
const iso = (v: unknown): string => new Date(v as string).toISOString();

const SUMMARY = `r.id, r.brand_id, r.range_from, r.range_to, r.requeue, r.status, r.target, r.kind, r.orders_total, r.orders_checked,
  r.rewards_checked, r.orders_missing, r.orders_different, r.rewards_missing, r.rewards_different, r.requeued, r.truncated, r.error,
  r.created_by, u.username AS created_by_name, r.created_at, r.finished_at`;

/**
 * sync_reconciliation_runs as the admin endpoints read them (the sync worker writes them). Brand scope is
 * in the SQL: another brand's run is not found, exactly like a missing one.
 */
export class ReconcileRunsRepository {
  private get db(): Db {
    return database();
  }

  async list(scope: BrandScope, q: ReconcileRunListQuery): Promise<{ items: ReconcileRunSummaryView[]; total: number }> {
    const s = brandScopeSql(scope, 'r.brand_id');
    const where = [s.sql];
    const params: unknown[] = [...s.params];
    if (q.brandId) (where.push('r.brand_id = ?'), params.push(q.brandId));
    if (q.status) (where.push('r.status = ?'), params.push(q.status));
    const [count] = await this.db.query(`SELECT COUNT(*) AS n FROM sync_reconciliation_runs r WHERE ${where.join(' AND ')}`, params);
    const rows = await this.db.query(
      `SELECT ${SUMMARY} FROM sync_reconciliation_runs r LEFT JOIN users u ON u.id = r.created_by
        WHERE ${where.join(' AND ')} ORDER BY r.id DESC LIMIT ? OFFSET ?`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    );
    return { total: Number(count.n), items: rows.map(toSummary) };
  }

  async find(scope: BrandScope, id: string): Promise<ReconcileRunView | null> {
    const s = brandScopeSql(scope, 'r.brand_id');
    const [row] = await this.db.query(
      `SELECT ${SUMMARY}, r.items FROM sync_reconciliation_runs r LEFT JOIN users u ON u.id = r.created_by WHERE r.id = ? AND ${s.sql}`,
      [id, ...s.params],
    );
    if (!row) return null;
    const items = typeof row.items === 'string' ? JSON.parse(row.items) : (row.items ?? []);
    return { ...toSummary(row), items };
  }
}

export function toSummary(r: Record<string, unknown>): ReconcileRunSummaryView {
  const n = (k: string) => Number(r[k]);
  return {
    id: String(r.id), brandId: String(r.brand_id), from: iso(r.range_from), to: iso(r.range_to), requeue: Boolean(n('requeue')),
    status: r.status as ReconcileRunStatus, target: (r.target as string | null) ?? null, kind: (r.kind as ReconcileRunSummaryView['kind']) ?? null,
    ordersTotal: n('orders_total'), ordersChecked: n('orders_checked'),
    orders: { checked: n('orders_checked'), missing: n('orders_missing'), different: n('orders_different') },
    rewards: { checked: n('rewards_checked'), missing: n('rewards_missing'), different: n('rewards_different') },
    requeued: n('requeued'), truncated: Boolean(n('truncated')), error: (r.error as string | null) ?? null,
    createdBy: r.created_by === null || r.created_by === undefined ? null : String(r.created_by),
    createdByName: (r.created_by_name as string | null) ?? null, createdAt: iso(r.created_at), finishedAt: r.finished_at ? iso(r.finished_at) : null,
  };
}
