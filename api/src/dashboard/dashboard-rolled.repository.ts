import { type BrandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';
import type { Span } from './rollup-ranges';

type Row = Record<string, unknown>;

/** Reads of the dashboard's roll-up (written by rollup.ts): whole hours per brand, whole days per campaign. */
export class DashboardRolledRepository {
  private async query(sql: string, params: unknown[]): Promise<Row[]> {
    return database().query(sql, params);
  }

  private where(scope: BrandScope, span: Span, time: string) {
    const s = brandScopeSql(scope, 'brand_id');
    return { sql: `${s.sql} AND ${time} >= ? AND ${time} < ?`, params: [...s.params, span.from, span.to] };
  }

  /** Every hour before this one is in the roll-up (null: not rolled up yet; read the live tables). */
  async rolledUntil(): Promise<Date | null> {
    const [row] = await this.query('SELECT rolled_until FROM dashboard_rollup_state WHERE id = 1', []);
    return row?.rolled_until ? new Date(row.rolled_until as string) : null;
  }

  async totals(scope: BrandScope, span: Span): Promise<Row> {
    const w = this.where(scope, span, 'hour');
    const [row] = await this.query(
      `SELECT COALESCE(SUM(views), 0) AS visits, COALESCE(SUM(signups), 0) AS signups, COALESCE(SUM(paid_orders), 0) AS paid,
              COALESCE(SUM(revenue), 0) AS revenue, COALESCE(SUM(rewards_count), 0) AS rewards, COALESCE(SUM(rewards_amount), 0) AS rewarded
         FROM dashboard_brand_hours WHERE ${w.sql}`,
      w.params,
    );
    return row;
  }

  /**
   * Per calendar day at the offset, each hour counted on the day it starts. At an offset that is not whole hours
   * the hour holding a local midnight (it starts at 23:xx) straddles two days: it is left out (read live instead).
   */
  async daily(scope: BrandScope, span: Span, tzOffsetMinutes: number): Promise<Row[]> {
    const w = this.where(scope, span, 'hour');
    const local = `hour + INTERVAL ${Math.trunc(tzOffsetMinutes)} MINUTE`;
    const straddling = tzOffsetMinutes % 60 === 0 ? '' : ` AND HOUR(${local}) <> 23`;
    return this.query(
      `SELECT DATE_FORMAT(${local}, '%Y-%m-%d') AS d, SUM(views) AS visits, SUM(signups) AS signups,
              SUM(paid_orders) AS paid, SUM(revenue) AS revenue, SUM(rewards_amount) AS rewarded
         FROM dashboard_brand_hours WHERE ${w.sql}${straddling} GROUP BY d`,
      w.params,
    );
  }

  async funnel(scope: BrandScope, span: Span): Promise<Row[]> {
    const w = this.where(scope, span, 'day');
    return this.query(
      `SELECT campaign_id, SUM(signups) AS signups, SUM(paid) AS paid, SUM(views) AS visits FROM dashboard_campaign_days WHERE ${w.sql} GROUP BY campaign_id`,
      w.params,
    );
  }
}
