import type { QueryRunner } from 'typeorm';
import { database } from '../common/database';
import type { Span } from './rollup-ranges';

const HOUR = (column: string) => `DATE_FORMAT(${column}, '%Y-%m-%d %H:00:00')`;
const DAY = (column: string) => `DATE_FORMAT(${column}, '%Y-%m-%d')`;
const LOCK = 'dmh:dashboard-rollup';
const STATE_ID = 1;

export interface RollupState {
  rolledUntil: Date | null;
  changesSince: Date | null;
}

/**
 * The roll-up's SQL, on one connection of its own (the named lock that makes the roll-up the tables' only
 * writer belongs to a connection). Every rebuild recomputes whole hours or days from the fact tables, so
 * running it twice, or again after a crash, writes the same rows.
 */
export class RollupRepository {
  private constructor(private readonly runner: QueryRunner) {}

  /** A connection holding the roll-up's lock, or null when another process holds it (it is rolling up now). */
  static async lock(): Promise<RollupRepository | null> {
    const runner = database().createQueryRunner();
    await runner.connect();
    const [row] = await runner.query('SELECT GET_LOCK(?, 0) AS got', [LOCK]);
    if (Number(row.got) === 1) return new RollupRepository(runner);
    await runner.release();
    return null;
  }

  async unlock(): Promise<void> {
    try {
      await this.runner.query('SELECT RELEASE_LOCK(?)', [LOCK]);
    } finally {
      await this.runner.release();
    }
  }

  async now(): Promise<Date> {
    const [row] = await this.runner.query('SELECT NOW(3) AS now');
    return new Date(row.now);
  }

  async state(): Promise<RollupState> {
    const [row] = await this.runner.query('SELECT rolled_until, changes_since FROM dashboard_rollup_state WHERE id = ?', [STATE_ID]);
    return { rolledUntil: row?.rolled_until ? new Date(row.rolled_until) : null, changesSince: row?.changes_since ? new Date(row.changes_since) : null };
  }

  async saveState(state: RollupState): Promise<void> {
    await this.runner.query(
      `INSERT INTO dashboard_rollup_state (id, rolled_until, changes_since) VALUES (?, ?, ?)
       ON DUPLICATE KEY UPDATE rolled_until = VALUES(rolled_until), changes_since = VALUES(changes_since)`,
      [STATE_ID, state.rolledUntil, state.changesSince],
    );
  }

  /** The first moment any fact exists (null: none yet). */
  async firstFact(): Promise<Date | null> {
    const [row] = await this.runner.query(
      'SELECT LEAST(COALESCE((SELECT MIN(created_at) FROM orders), NOW(3)), COALESCE((SELECT MIN(hour) FROM campaign_view_hours), NOW(3))) AS first',
    );
    return row.first ? new Date(row.first) : null;
  }

  /** The hours whose figures a row changed since `since` may have moved: its creation, payment and settlement hours. */
  async changedHours(since: Date): Promise<Date[]> {
    const rows = await this.runner.query(
      `SELECT ${HOUR('created_at')} AS h FROM orders WHERE updated_at >= ?
       UNION SELECT ${HOUR('paid_at')} FROM orders WHERE updated_at >= ? AND paid_at IS NOT NULL
       UNION SELECT ${HOUR('settled_at')} FROM rewards WHERE updated_at >= ? AND settled_at IS NOT NULL`,
      [since, since, since],
    );
    return rows.map((r: { h: string }) => new Date(`${r.h.replace(' ', 'T')}Z`));
  }

  /** Rebuilds the brand-hours of [span) and the campaign-days of `days`, from the facts, in one transaction. */
  async rebuild(span: Span, days: Span): Promise<void> {
    await this.runner.startTransaction();
    try {
      await this.runner.query('DELETE FROM dashboard_brand_hours WHERE hour >= ? AND hour < ?', [span.from, span.to]);
      await this.runner.query(
        `INSERT INTO dashboard_brand_hours (brand_id, hour, signups, paid_orders, revenue, rewards_count, rewards_amount, views)
         SELECT brand_id, h, SUM(s), SUM(p), SUM(r), SUM(rc), SUM(ra), SUM(v) FROM (
           SELECT brand_id, ${HOUR('created_at')} AS h, COUNT(*) AS s, 0 AS p, 0 AS r, 0 AS rc, 0 AS ra, 0 AS v
             FROM orders WHERE created_at >= ? AND created_at < ? AND deleted_at IS NULL GROUP BY brand_id, h
           UNION ALL
           SELECT brand_id, ${HOUR('paid_at')}, 0, COUNT(*), SUM(amount), 0, 0, 0
             FROM orders WHERE paid_at >= ? AND paid_at < ? AND pay_status = 'paid' AND deleted_at IS NULL GROUP BY brand_id, 2
           UNION ALL
           SELECT brand_id, ${HOUR('settled_at')}, 0, 0, 0, COUNT(*), SUM(amount), 0
             FROM rewards WHERE settled_at >= ? AND settled_at < ? AND status = 'settled' GROUP BY brand_id, 2
           UNION ALL
           SELECT brand_id, ${HOUR('hour')}, 0, 0, 0, 0, 0, SUM(views) FROM campaign_view_hours WHERE hour >= ? AND hour < ? GROUP BY brand_id, 2
         ) t GROUP BY brand_id, h`,
        [span.from, span.to, span.from, span.to, span.from, span.to, span.from, span.to],
      );
      await this.runner.query('DELETE FROM dashboard_campaign_days WHERE day >= ? AND day < ?', [days.from, days.to]);
      await this.runner.query(
        `INSERT INTO dashboard_campaign_days (campaign_id, brand_id, day, signups, paid, views)
         SELECT campaign_id, brand_id, d, SUM(s), SUM(p), SUM(v) FROM (
           SELECT campaign_id, brand_id, ${DAY('created_at')} AS d, COUNT(*) AS s, SUM(paid_at IS NOT NULL) AS p, 0 AS v
             FROM orders WHERE created_at >= ? AND created_at < ? AND deleted_at IS NULL GROUP BY campaign_id, brand_id, d
           UNION ALL
           SELECT campaign_id, brand_id, ${DAY('hour')}, 0, 0, SUM(views) FROM campaign_view_hours WHERE hour >= ? AND hour < ? GROUP BY campaign_id, brand_id, 3
         ) t GROUP BY campaign_id, brand_id, d`,
        [days.from, days.to, days.from, days.to],
      );
      await this.runner.commitTransaction();
    } catch (err) {
      await this.runner.rollbackTransaction();
      throw err;
    }
  }
}
