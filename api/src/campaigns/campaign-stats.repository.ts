import { fromCents, toCents } from '@dmh/shared';
import { database } from '../common/database';

export interface CampaignTotals {
  signups: number;
  paidOrders: number;
  refundedOrders: number;
  revenue: string;
  rewardsPaid: string;
  rewardsPending: string;
}

export interface DistributorBreakdown {
  distributorId: string;
  userId: string;
  username: string | null;
  orders: number;
  paidOrders: number;
  revenue: string;
  rewards: { level1: string; level2: string; level3: string; total: string };
}

/** A DECIMAL sum as mysql2 gives it ("198.00", "0", null) → "198.00". */
const money = (value: unknown): string => fromCents(toCents(value === null || value === undefined ? '0' : String(value)));

/**
 * Distributors with a part in the campaign: they referred a sign-up, or earned a reward on one (the parent
 * and grandparent of a referrer only appear through their rewards).
 */
const PARTICIPANTS = `
  SELECT referrer_id AS distributor_id FROM orders WHERE campaign_id = ? AND deleted_at IS NULL AND referrer_id <> 0
  UNION
  SELECT distributor_id FROM rewards WHERE campaign_id = ?`;

/** The numbers behind GET /campaigns/:id/stats, all computed in MySQL from orders and rewards. */
export class CampaignStatsRepository {
  async totals(campaignId: string): Promise<CampaignTotals> {
    const [orders] = await database().query(
      `SELECT COUNT(*) AS signups,
              COALESCE(SUM(pay_status = 'paid'), 0) AS paid,
              COALESCE(SUM(pay_status = 'refunded'), 0) AS refunded,
              COALESCE(SUM(CASE WHEN pay_status = 'paid' THEN amount ELSE 0 END), 0) AS revenue
         FROM orders WHERE campaign_id = ? AND deleted_at IS NULL`,
      [campaignId],
    );
    const [rewards] = await database().query(
      `SELECT COALESCE(SUM(CASE WHEN status = 'settled' THEN amount ELSE 0 END), 0) AS settled,
              COALESCE(SUM(CASE WHEN status = 'pending' THEN amount ELSE 0 END), 0) AS pending
         FROM rewards WHERE campaign_id = ?`,
      [campaignId],
    );
    return {
      signups: Number(orders.signups),
      paidOrders: Number(orders.paid),
      refundedOrders: Number(orders.refunded),
      revenue: money(orders.revenue),
      rewardsPaid: money(rewards.settled),
      rewardsPending: money(rewards.pending),
    };
  }

  async distributors(campaignId: string, page: number, pageSize: number): Promise<{ items: DistributorBreakdown[]; total: number }> {
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM (${PARTICIPANTS}) p`, [campaignId, campaignId]);
    const rows = await database().query(
      `SELECT d.id AS distributor_id, d.user_id, u.username,
              COALESCE(o.orders, 0) AS orders, COALESCE(o.paid, 0) AS paid, COALESCE(o.revenue, 0) AS revenue,
              COALESCE(r.level1, 0) AS level1, COALESCE(r.level2, 0) AS level2, COALESCE(r.level3, 0) AS level3
         FROM (${PARTICIPANTS}) p
         JOIN distributors d ON d.id = p.distributor_id
         LEFT JOIN users u ON u.id = d.user_id
         LEFT JOIN (SELECT referrer_id, COUNT(*) AS orders, SUM(pay_status = 'paid') AS paid,
                           SUM(CASE WHEN pay_status = 'paid' THEN amount ELSE 0 END) AS revenue
                      FROM orders WHERE campaign_id = ? AND deleted_at IS NULL AND referrer_id <> 0 GROUP BY referrer_id) o
           ON o.referrer_id = d.id
         LEFT JOIN (SELECT distributor_id,
                           SUM(CASE WHEN level = 1 THEN amount ELSE 0 END) AS level1,
                           SUM(CASE WHEN level = 2 THEN amount ELSE 0 END) AS level2,
                           SUM(CASE WHEN level = 3 THEN amount ELSE 0 END) AS level3
                      FROM rewards WHERE campaign_id = ? AND status = 'settled' GROUP BY distributor_id) r
           ON r.distributor_id = d.id
        ORDER BY COALESCE(o.revenue, 0) DESC, d.id
        LIMIT ? OFFSET ?`,
      [campaignId, campaignId, campaignId, campaignId, pageSize, (page - 1) * pageSize],
    );
    return {
      total: Number(count.n),
      items: rows.map((row: Record<string, unknown>) => {
        const levels = [money(row.level1), money(row.level2), money(row.level3)];
        return {
          distributorId: String(row.distributor_id),
          userId: String(row.user_id),
          username: (row.username as string | null) ?? null,
          orders: Number(row.orders),
          paidOrders: Number(row.paid),
          revenue: money(row.revenue),
          rewards: {
            level1: levels[0],
            level2: levels[1],
            level3: levels[2],
            total: fromCents(levels.reduce((sum, amount) => sum + toCents(amount), 0)),
          },
        };
      }),
    };
  }
}
