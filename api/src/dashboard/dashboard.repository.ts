import { OPEN_WITHDRAWAL_STATUSES, fromCents, toCents } from '@dmh/shared';
import { type BrandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';

/** A time range [from, to) and the brands it is about; `spans`, when given, are the parts of it the trend reads instead. */
export interface DashboardFilter {
  scope: BrandScope;
  from: Date;
  to: Date;
  spans?: ReadonlyArray<{ from: Date; to: Date }>;
}

type Row = Record<string, unknown>;

/** A DECIMAL sum as mysql2 gives it ("198.00", "0", null) → "198.00". */
export const moneyOf = (value: unknown): string => fromCents(toCents(value === null || value === undefined ? '0' : String(value)));

/**
 * The dashboard's figures, each one query on a range of a covering index (migration 1732500090000; measured in
 * bench/README.md): orders by (brand_id, created_at, …) / (brand_id, paid_at, …), order_sync_states by (status, brand_id),
 * rewards by (brand_id, settled_at, …), campaign_view_hours by (brand_id, hour, …), withdrawals by
 * (brand_id, status). A platform admin's "every brand" uses the same indexes led by the time column.
 */
export class DashboardRepository {
  private async query(sql: string, params: unknown[]): Promise<Row[]> {
    return database().query(sql, params);
  }

  private where(f: DashboardFilter, time: string, alias = '') {
    const scope = brandScopeSql(f.scope, `${alias}brand_id`);
    return { sql: `${scope.sql} AND ${alias}${time} >= ? AND ${alias}${time} < ?`, params: [...scope.params, f.from, f.to] };
  }

  /**
   * A per-day query over each of `f.spans` (or the range), added up by day. Each span is its own index range in a
   * UNION ALL: one WHERE of hundreds of OR'ed ranges is re-checked on every row it reads (measured: 0.5 s for a year).
   */
  private async perDay(f: DashboardFilter, time: string, select: (where: string) => string, sums: string): Promise<Row[]> {
    const parts = (f.spans ?? [f]).map((span) => this.where({ ...f, from: span.from, to: span.to }, time));
    if (parts.length === 1) return this.query(select(parts[0].sql), parts[0].params);
    return this.query(`SELECT d, ${sums} FROM (${parts.map((w) => select(w.sql)).join(' UNION ALL ')}) u GROUP BY d`, parts.flatMap((w) => w.params));
  }

  async visits(f: DashboardFilter): Promise<number> {
    const w = this.where(f, 'hour');
    const [row] = await this.query(`SELECT COALESCE(SUM(views), 0) AS n FROM campaign_view_hours WHERE ${w.sql}`, w.params);
    return Number(row.n);
  }

  async signups(f: DashboardFilter): Promise<number> {
    const w = this.where(f, 'created_at');
    const [row] = await this.query(`SELECT COUNT(*) AS n FROM orders WHERE ${w.sql} AND deleted_at IS NULL`, w.params);
    return Number(row.n);
  }

  async paid(f: DashboardFilter): Promise<{ count: number; revenue: string }> {
    const w = this.where(f, 'paid_at');
    const [row] = await this.query(
      `SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS revenue FROM orders WHERE ${w.sql} AND pay_status = 'paid' AND deleted_at IS NULL`,
      w.params,
    );
    return { count: Number(row.n), revenue: moneyOf(row.revenue) };
  }

  async rewards(f: DashboardFilter): Promise<{ count: number; amount: string }> {
    const w = this.where(f, 'settled_at');
    const [row] = await this.query(`SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS amount FROM rewards WHERE ${w.sql} AND status = 'settled'`, w.params);
    return { count: Number(row.n), amount: moneyOf(row.amount) };
  }

  /** Now, not in a range: withdrawals still open (requested or approved). */
  async withdrawalsWaiting(scope: BrandScope): Promise<{ count: number; amount: string }> {
    const s = brandScopeSql(scope, 'brand_id');
    const [row] = await this.query(
      `SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS amount FROM withdrawals WHERE ${s.sql} AND status IN (${OPEN_WITHDRAWAL_STATUSES.map(() => '?').join(', ')})`,
      [...s.params, ...OPEN_WITHDRAWAL_STATUSES],
    );
    return { count: Number(row.n), amount: moneyOf(row.amount) };
  }

  /** Now: orders whose sync failed and waits for a retry. */
  async syncFailures(scope: BrandScope): Promise<number> {
    const s = brandScopeSql(scope, 'brand_id');
    // The sync worker's own record of each order's last outcome (order_sync_states), by brand.
    const [row] = await this.query(`SELECT COUNT(*) AS n FROM order_sync_states WHERE status = 'failed' AND ${s.sql}`, s.params);
    return Number(row.n);
  }

  /** Per calendar day at `tzOffsetMinutes`: [day, value] rows of each series. */
  async daily(f: DashboardFilter, tzOffsetMinutes: number) {
    const day = (column: string) => `DATE_FORMAT(${column} + INTERVAL ${Math.trunc(tzOffsetMinutes)} MINUTE, '%Y-%m-%d')`;
    const [signups, paidRows, rewardRows, visitRows] = await Promise.all([
      this.perDay(f, 'created_at', (w) => `SELECT ${day('created_at')} AS d, COUNT(*) AS n FROM orders WHERE ${w} AND deleted_at IS NULL GROUP BY d`, 'SUM(n) AS n'),
      this.perDay(
        f, 'paid_at',
        (w) => `SELECT ${day('paid_at')} AS d, COUNT(*) AS n, SUM(amount) AS amount FROM orders WHERE ${w} AND pay_status = 'paid' AND deleted_at IS NULL GROUP BY d`,
        'SUM(n) AS n, SUM(amount) AS amount',
      ),
      this.perDay(f, 'settled_at', (w) => `SELECT ${day('settled_at')} AS d, SUM(amount) AS amount FROM rewards WHERE ${w} AND status = 'settled' GROUP BY d`, 'SUM(amount) AS amount'),
      this.perDay(f, 'hour', (w) => `SELECT ${day('hour')} AS d, SUM(views) AS n FROM campaign_view_hours WHERE ${w} GROUP BY d`, 'SUM(n) AS n'),
    ]);
    return { signups, paid: paidRows, rewards: rewardRows, visits: visitRows };
  }

  /** Per campaign: sign-ups created in the range and how many of them are paid; views in the range. */
  async funnel(f: DashboardFilter) {
    const orders = this.where(f, 'created_at');
    const views = this.where(f, 'hour');
    const [signups, visits] = await Promise.all([
      this.query(
        `SELECT campaign_id, COUNT(*) AS signups, SUM(paid_at IS NOT NULL) AS paid FROM orders WHERE ${orders.sql} AND deleted_at IS NULL GROUP BY campaign_id`,
        orders.params,
      ),
      this.query(`SELECT campaign_id, SUM(views) AS visits FROM campaign_view_hours WHERE ${views.sql} GROUP BY campaign_id`, views.params),
    ]);
    return { signups, visits };
  }

  async campaignNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.query(`SELECT id, name FROM campaigns WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
    return new Map(rows.map((r) => [String(r.id), String(r.name)]));
  }

  /** Distributors by rewards settled to them in the range, most first (ties: lower id first). */
  async leaderboard(f: DashboardFilter, limit: number): Promise<Row[]> {
    const w = this.where(f, 'settled_at', 'r.');
    return this.query(
      `SELECT t.distributor_id, d.user_id, u.username, t.orders, t.earned
         FROM (SELECT r.distributor_id, COUNT(DISTINCT r.order_id) AS orders, SUM(r.amount) AS earned
                 FROM rewards r WHERE ${w.sql} AND r.status = 'settled'
                GROUP BY r.distributor_id ORDER BY earned DESC, r.distributor_id LIMIT ?) t
         JOIN distributors d ON d.id = t.distributor_id
         LEFT JOIN users u ON u.id = d.user_id
        ORDER BY t.earned DESC, t.distributor_id`,
      [...w.params, limit],
    );
  }
}
