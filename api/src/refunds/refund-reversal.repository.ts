import { database } from '../common/database';

export interface ReversalData {
  order: { id: string; orderNo: string; campaignId: string; brandId: string; amount: string; status: string; payStatus: string; refundedAmount: string; refundedAt: string };
  rewards: { id: string; userId: string; distributorId: string; level: number; amount: string; status: string }[];
}

/** Reads what a refunded order's reversal needs: the order, what was refunded and when, and its rewards. */
export class RefundReversalRepository {
  async reversalData(orderId: string): Promise<ReversalData> {
    const [o] = await database().query(
      `SELECT o.id, o.order_no, o.campaign_id, o.brand_id, o.amount, o.status, o.pay_status,
              (SELECT COALESCE(SUM(f.amount), 0) FROM refunds f WHERE f.order_id = o.id AND f.status = 'success') AS refunded,
              (SELECT MAX(f.succeeded_at) FROM refunds f WHERE f.order_id = o.id AND f.status = 'success') AS refunded_at
         FROM orders o WHERE o.id = ?`,
      [orderId],
    );
    if (!o) throw new Error(`order ${orderId} not found`);
    const rewards = await database().query(
      'SELECT id, user_id, distributor_id, level, amount, status FROM rewards WHERE order_id = ? ORDER BY level',
      [orderId],
    );
    return {
      order: {
        id: String(o.id), orderNo: o.order_no, campaignId: String(o.campaign_id), brandId: String(o.brand_id), amount: String(o.amount),
        status: o.status, payStatus: o.pay_status, refundedAmount: String(o.refunded), refundedAt: new Date(o.refunded_at ?? Date.now()).toISOString(),
      },
      rewards: rewards.map((r: Record<string, unknown>) => ({
        id: String(r.id), userId: String(r.user_id), distributorId: String(r.distributor_id),
        level: Number(r.level), amount: String(r.amount), status: String(r.status),
      })),
    };
  }
}
