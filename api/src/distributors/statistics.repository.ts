import { database } from '../common/database';

/** Whose numbers: a whole brand's distributors, or one distributor. */
export type StatsSubject = { brandId: string; distributorId: string | null };

export interface FunnelRow {
  clicks: number;
  orders: number;
  paidOrders: number;
}

export interface LevelEarnings {
  level: number;
  amount: string;
  rewards: number;
}

export interface TopDistributor {
  distributorId: string;
  username: string;
  level: number;
  paidOrders: number;
  earnings: string;
}

/**
 * SQL for distributor statistics, from the system of record: clicks from distributor_links, orders from
 * orders (referrer = distributor), earnings from settled rewards. Every query is bounded by the brand.
 */
export class StatisticsRepository {
  async funnel(s: StatsSubject): Promise<FunnelRow> {
    const who = s.distributorId ? 'd.id = ?' : '1 = 1';
    const args = s.distributorId ? [s.brandId, s.distributorId] : [s.brandId];
    const [clicks] = await database().query(
      `SELECT COALESCE(SUM(l.clicks), 0) AS n FROM distributor_links l JOIN distributors d ON d.id = l.distributor_id WHERE d.brand_id = ? AND ${who}`,
      args,
    );
    const [orders] = await database().query(
      `SELECT COUNT(*) AS n, COALESCE(SUM(o.pay_status = 'paid'), 0) AS paid
         FROM orders o JOIN distributors d ON d.id = o.referrer_id
        WHERE o.brand_id = ? AND o.deleted_at IS NULL AND d.brand_id = o.brand_id AND ${who}`,
      args,
    );
    return { clicks: Number(clicks.n), orders: Number(orders.n), paidOrders: Number(orders.paid) };
  }

  async earningsByLevel(s: StatsSubject): Promise<LevelEarnings[]> {
    const who = s.distributorId ? 'r.distributor_id = ?' : '1 = 1';
    const rows = await database().query(
      `SELECT r.level, SUM(r.amount) AS amount, COUNT(*) AS n FROM rewards r
        WHERE r.brand_id = ? AND r.status = 'settled' AND ${who} GROUP BY r.level ORDER BY r.level`,
      s.distributorId ? [s.brandId, s.distributorId] : [s.brandId],
    );
    return rows.map((r: Record<string, unknown>) => ({ level: Number(r.level), amount: String(r.amount), rewards: Number(r.n) }));
  }

  async distributorCounts(brandId: string): Promise<{ total: number; active: number; pending: number }> {
    const [row] = await database().query(
      `SELECT COUNT(*) AS total, COALESCE(SUM(status = 'active'), 0) AS active, COALESCE(SUM(status = 'pending'), 0) AS pending
         FROM distributors WHERE brand_id = ?`,
      [brandId],
    );
    return { total: Number(row.total), active: Number(row.active), pending: Number(row.pending) };
  }

  /** The brand's distributors with the most settled earnings (any level), with their paid referred orders. */
  async top(brandId: string, limit: number): Promise<TopDistributor[]> {
    const rows = await database().query(
      `SELECT d.id, u.username, d.level, e.earnings,
              (SELECT COUNT(*) FROM orders o WHERE o.referrer_id = d.id AND o.pay_status = 'paid' AND o.deleted_at IS NULL) AS paid
         FROM (SELECT r.distributor_id, SUM(r.amount) AS earnings FROM rewards r
                WHERE r.brand_id = ? AND r.status = 'settled' GROUP BY r.distributor_id ORDER BY earnings DESC, r.distributor_id LIMIT ?) e
         JOIN distributors d ON d.id = e.distributor_id JOIN users u ON u.id = d.user_id
        ORDER BY e.earnings DESC, d.id`,
      [brandId, limit],
    );
    return rows.map((r: Record<string, unknown>) => ({
      distributorId: String(r.id), username: String(r.username), level: Number(r.level), paidOrders: Number(r.paid), earnings: String(r.earnings),
    }));
  }
}
