import { type OrderCloseReason, isoTimeOrNull } from '@dmh/shared';
import { database } from '../common/database';

export interface OrderView {
  id: string;
  orderNo: string;
  campaignId: string;
  brandId: string;
  phone: string;
  amount: string;
  status: string;
  payStatus: string;
  tradeNo: string | null;
  paidAt: string | null;
  createdAt: string;
  /** Unpaid past this, the order is closed. */
  payExpiresAt: string | null;
  closedAt: string | null;
  closeReason: OrderCloseReason | null;
  /** Why DMH refunded it on its own (a payment that came after the close, without a seat), if it did. */
  refundReason: string | null;
}

export class OrdersRepository {
  async findByOrderNo(orderNo: string): Promise<OrderView | null> {
    const [row] = await database().query(
      `SELECT o.id, o.order_no, o.campaign_id, o.brand_id, o.phone, o.amount, o.status, o.pay_status, o.trade_no, o.paid_at, o.created_at,
              o.pay_expires_at, o.closed_at, o.close_reason,
              (SELECT f.reason FROM refunds f WHERE f.order_id = o.id AND f.requested_by IS NULL AND f.reason IS NOT NULL ORDER BY f.id DESC LIMIT 1) AS refund_reason
         FROM orders o WHERE o.order_no = ? AND o.deleted_at IS NULL`,
      [orderNo],
    );
    if (!row) return null;
    return {
      id: String(row.id),
      orderNo: row.order_no,
      campaignId: String(row.campaign_id),
      brandId: String(row.brand_id),
      phone: row.phone,
      amount: row.amount,
      status: row.status,
      payStatus: row.pay_status,
      tradeNo: row.trade_no,
      paidAt: isoTimeOrNull(row.paid_at),
      createdAt: new Date(row.created_at).toISOString(),
      payExpiresAt: isoTimeOrNull(row.pay_expires_at),
      closedAt: isoTimeOrNull(row.closed_at),
      closeReason: row.close_reason ?? null,
      refundReason: row.refund_reason ?? null,
    };
  }

  /** A referrer counts only if it is an active distributor of the campaign's brand. */
  async isActiveDistributorOfBrand(distributorId: string, brandId: string): Promise<boolean> {
    const rows = await database().query(
      "SELECT 1 FROM distributors WHERE id = ? AND brand_id = ? AND status = 'active'",
      [distributorId, brandId],
    );
    return rows.length > 0;
  }
}
