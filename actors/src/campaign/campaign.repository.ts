import { database } from '../runtime/database';

export interface CampaignWindow {
  id: string;
  brandId: string;
  price: string;
  quota: number | null;
  startTime: Date;
  endTime: Date;
  status: string;
  deleted: boolean;
}

export interface LiveOrder {
  id: string;
  orderNo: string;
  amount: string;
  idempotencyKey: string | null;
}

export interface NewOrder {
  orderNo: string;
  campaignId: string;
  brandId: string;
  phone: string;
  formData: Record<string, unknown>;
  referrerId: string;
  userId: string | null;
  amount: string;
  idempotencyKey: string | null;
}

/** SQL behind CampaignActor: reads the campaign, counts seats, creates pending orders. */
export class CampaignRepository {
  async findCampaign(id: string): Promise<CampaignWindow | null> {
    const [row] = await database().query(
      'SELECT id, brand_id, price, quota, start_time, end_time, status, deleted_at FROM campaigns WHERE id = ?',
      [id],
    );
    if (!row) return null;
    return {
      id: String(row.id),
      brandId: String(row.brand_id),
      price: row.price,
      quota: row.quota === null ? null : Number(row.quota),
      startTime: new Date(row.start_time),
      endTime: new Date(row.end_time),
      status: row.status,
      deleted: row.deleted_at !== null,
    };
  }

  /** Seats taken: live orders that are pending payment or paid. */
  async countSeats(campaignId: string): Promise<number> {
    const [row] = await database().query(
      "SELECT COUNT(*) AS n FROM orders WHERE campaign_id = ? AND deleted_at IS NULL AND status IN ('pending', 'paid')",
      [campaignId],
    );
    return Number(row.n);
  }

  async findLiveOrder(campaignId: string, phone: string): Promise<LiveOrder | null> {
    const [row] = await database().query(
      'SELECT id, order_no, amount, idempotency_key FROM orders WHERE campaign_id = ? AND phone = ? AND deleted_at IS NULL',
      [campaignId, phone],
    );
    return row ? { id: String(row.id), orderNo: row.order_no, amount: row.amount, idempotencyKey: row.idempotency_key } : null;
  }

  /** Inserts a pending order; the unique keys (uk_campaign_phone, uk_order_no) stay the last line of defence. */
  async insertOrder(order: NewOrder): Promise<string> {
    const result = await database().query(
      `INSERT INTO orders (order_no, campaign_id, brand_id, user_id, phone, form_data, referrer_id, amount, idempotency_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [order.orderNo, order.campaignId, order.brandId, order.userId, order.phone, JSON.stringify(order.formData),
        order.referrerId, order.amount, order.idempotencyKey],
    );
    return String(result.insertId);
  }
}
