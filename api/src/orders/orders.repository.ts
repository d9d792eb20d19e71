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
}

export class OrdersRepository {
  async findByOrderNo(orderNo: string): Promise<OrderView | null> {
    const [row] = await database().query(
      `SELECT id, order_no, campaign_id, brand_id, phone, amount, status, pay_status, trade_no, paid_at, created_at
         FROM orders WHERE order_no = ? AND deleted_at IS NULL`,
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
      paidAt: row.paid_at ? new Date(row.paid_at).toISOString() : null,
      createdAt: new Date(row.created_at).toISOString(),
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
