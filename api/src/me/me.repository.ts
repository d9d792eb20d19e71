import { isoTimeOrNull } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../common/database';

type Db = Pick<EntityManager, 'query'>;

export interface MyOrderRow {
  orderNo: string;
  campaignId: string;
  campaignName: string;
  brandId: string;
  brandName: string;
  amount: string;
  status: string;
  payStatus: string;
  createdAt: string;
  paidAt: string | null;
  payExpiresAt: string | null;
  closeReason: 'expired' | 'provider_closed' | null;
}

/**
 * A signed-in consumer's own orders: those signed up while signed in (`orders.user_id`), and those signed
 * up with the account's phone once the account has proven it holds that phone (SMS login).
 */
const MINE = `FROM orders o JOIN campaigns c ON c.id = o.campaign_id JOIN brands b ON b.id = o.brand_id
  WHERE o.deleted_at IS NULL
    AND (o.user_id = ? OR o.phone = (SELECT u.phone FROM users u WHERE u.id = ? AND u.phone_verified_at IS NOT NULL))`;

export interface MyRewardRow {
  id: string;
  level: number;
  amount: string;
  status: string;
  settledAt: string | null;
  createdAt: string;
  order: { orderNo: string; campaignId: string; campaignName: string; phone: string; amount: string; paidAt: string | null };
}

export class MeRepository {
  constructor(private readonly pool: () => Db = database) {}

  async orders(userId: string, page: number, pageSize: number): Promise<{ items: MyOrderRow[]; total: number }> {
    const [count] = await this.pool().query(`SELECT COUNT(*) AS n ${MINE}`, [userId, userId]);
    const rows = await this.pool().query(
      `SELECT o.order_no, o.campaign_id, c.name AS campaign_name, o.brand_id, b.name AS brand_name, o.amount, o.status, o.pay_status, o.created_at, o.paid_at, o.pay_expires_at, o.close_reason
         ${MINE} ORDER BY o.id DESC LIMIT ? OFFSET ?`,
      [userId, userId, pageSize, (page - 1) * pageSize],
    );
    return { total: Number(count.n), items: rows.map(toRow) };
  }

  /** The rewards the caller earned, newest first, each with the order it came from (buyer's phone masked). */
  async rewards(userId: string, level: number | undefined, page: number, pageSize: number): Promise<{ items: MyRewardRow[]; total: number }> {
    const where = `FROM rewards r JOIN orders o ON o.id = r.order_id JOIN campaigns c ON c.id = r.campaign_id
      WHERE r.user_id = ?${level ? ' AND r.level = ?' : ''}`;
    const args = level ? [userId, level] : [userId];
    const [count] = await this.pool().query(`SELECT COUNT(*) AS n ${where}`, args);
    const rows = await this.pool().query(
      `SELECT r.id, r.level, r.amount, r.status, r.settled_at, r.created_at, o.order_no, o.campaign_id, c.name AS campaign_name, o.phone,
              o.amount AS order_amount, o.paid_at ${where} ORDER BY r.id DESC LIMIT ? OFFSET ?`,
      [...args, pageSize, (page - 1) * pageSize],
    );
    return {
      total: Number(count.n),
      items: rows.map((r: Record<string, any>) => ({
        id: String(r.id),
        level: Number(r.level),
        amount: r.amount,
        status: r.status,
        settledAt: isoTimeOrNull(r.settled_at),
        createdAt: isoTimeOrNull(r.created_at)!,
        order: {
          orderNo: r.order_no, campaignId: String(r.campaign_id), campaignName: r.campaign_name, phone: maskPhone(r.phone),
          amount: r.order_amount, paidAt: isoTimeOrNull(r.paid_at),
        },
      })),
    };
  }

  /** Campaigns the caller can share: active, not ended, of the brands it is an active distributor of. */
  async promotableCampaigns(userId: string): Promise<{ campaignId: string; name: string; brandId: string; brandName: string; price: string; endTime: string }[]> {
    const rows = await this.pool().query(
      `SELECT c.id, c.name, c.brand_id, b.name AS brand_name, c.price, c.end_time
         FROM distributors d JOIN campaigns c ON c.brand_id = d.brand_id JOIN brands b ON b.id = c.brand_id
        WHERE d.user_id = ? AND d.status = 'active' AND c.status = 'active' AND c.deleted_at IS NULL AND c.end_time > NOW(3)
        ORDER BY c.end_time ASC LIMIT 100`,
      [userId],
    );
    return rows.map((r: Record<string, any>) => ({
      campaignId: String(r.id), name: r.name, brandId: String(r.brand_id), brandName: r.brand_name, price: r.price, endTime: isoTimeOrNull(r.end_time)!,
    }));
  }
}

const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

function toRow(r: Record<string, any>): MyOrderRow {
  return {
    orderNo: r.order_no,
    campaignId: String(r.campaign_id),
    campaignName: r.campaign_name,
    brandId: String(r.brand_id),
    brandName: r.brand_name,
    amount: r.amount,
    status: r.status,
    payStatus: r.pay_status,
    createdAt: isoTimeOrNull(r.created_at)!,
    paidAt: isoTimeOrNull(r.paid_at),
    payExpiresAt: isoTimeOrNull(r.pay_expires_at),
    closeReason: r.close_reason ?? null,
  };
}
