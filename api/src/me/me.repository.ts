import type { EntityManager } from 'typeorm';
import { database } from '../common/database';

type Db = Pick<EntityManager, 'query'>;

export interface MyOrderRow {
  orderNo: string;
  campaignId: string;
  campaignName: string;
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
const MINE = `FROM orders o JOIN campaigns c ON c.id = o.campaign_id
  WHERE o.deleted_at IS NULL
    AND (o.user_id = ? OR o.phone = (SELECT u.phone FROM users u WHERE u.id = ? AND u.phone_verified_at IS NOT NULL))`;

export class MeRepository {
  constructor(private readonly pool: () => Db = database) {}

  async orders(userId: string, page: number, pageSize: number): Promise<{ items: MyOrderRow[]; total: number }> {
    const [count] = await this.pool().query(`SELECT COUNT(*) AS n ${MINE}`, [userId, userId]);
    const rows = await this.pool().query(
      `SELECT o.order_no, o.campaign_id, c.name AS campaign_name, o.amount, o.status, o.pay_status, o.created_at, o.paid_at, o.pay_expires_at, o.close_reason
         ${MINE} ORDER BY o.id DESC LIMIT ? OFFSET ?`,
      [userId, userId, pageSize, (page - 1) * pageSize],
    );
    return { total: Number(count.n), items: rows.map(toRow) };
  }
}

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

function toRow(r: Record<string, any>): MyOrderRow {
  return {
    orderNo: r.order_no,
    campaignId: String(r.campaign_id),
    campaignName: r.campaign_name,
    amount: r.amount,
    status: r.status,
    payStatus: r.pay_status,
    createdAt: iso(r.created_at)!,
    paidAt: iso(r.paid_at),
    payExpiresAt: iso(r.pay_expires_at),
    closeReason: r.close_reason ?? null,
  };
}
