import type { EntityManager } from 'typeorm';
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
  /** Seconds from now (the database's clock, which every expiry comparison uses) until it expires unpaid. */
  payWindowSeconds: number;
}

type Db = Pick<EntityManager, 'query'>;

/** SQL behind CampaignActor: reads the campaign, counts seats, creates pending orders. */
export class CampaignRepository {
  /** Runs one sign-up's reads and insert in a transaction (see `findCampaign`'s lock). */
  async admit<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return database().transaction(work);
  }

  /**
   * The campaign row under a shared lock: an admin change to the campaign (price, quota, window, status,
   * delete) takes the row's exclusive lock, so it waits for a sign-up in flight and the sign-up after it
   * reads the new values. This is what makes "quota never below seats taken" hold against concurrent joins.
   */
  async findCampaign(db: Db, id: string): Promise<CampaignWindow | null> {
    const [row] = await db.query(
      'SELECT id, brand_id, price, quota, start_time, end_time, status, deleted_at FROM campaigns WHERE id = ? LOCK IN SHARE MODE',
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
  async countSeats(db: Db, campaignId: string): Promise<number> {
    const [row] = await db.query(
      "SELECT COUNT(*) AS n FROM orders WHERE campaign_id = ? AND deleted_at IS NULL AND status IN ('pending', 'paid')",
      [campaignId],
    );
    return Number(row.n);
  }

  async findLiveOrder(db: Db, campaignId: string, phone: string): Promise<LiveOrder | null> {
    const [row] = await db.query(
      "SELECT id, order_no, amount, idempotency_key FROM orders WHERE campaign_id = ? AND phone = ? AND deleted_at IS NULL AND status <> 'cancelled'",
      [campaignId, phone],
    );
    return row ? { id: String(row.id), orderNo: row.order_no, amount: row.amount, idempotencyKey: row.idempotency_key } : null;
  }

  /** Outside the sign-up's transaction: sees what another writer committed meanwhile. */
  async findCommittedLiveOrder(campaignId: string, phone: string): Promise<LiveOrder | null> {
    return this.findLiveOrder(database(), campaignId, phone);
  }

  /** Inserts a pending order; the unique keys (uk_campaign_phone, uk_order_no) stay the last line of defence. */
  async insertOrder(db: Db, order: NewOrder): Promise<string> {
    const result = await db.query(
      `INSERT INTO orders (order_no, campaign_id, brand_id, user_id, phone, form_data, referrer_id, amount, idempotency_key, pay_expires_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3) + INTERVAL ? SECOND)`,
      [order.orderNo, order.campaignId, order.brandId, order.userId, order.phone, JSON.stringify(order.formData),
        order.referrerId, order.amount, order.idempotencyKey, order.payWindowSeconds],
    );
    return String(result.insertId);
  }

  /** The order of this campaign, locked: what closing or re-seating it decides on. */
  async lockOrder(db: Db, campaignId: string, orderNo: string): Promise<{ id: string; status: string; payStatus: string; phone: string } | null> {
    const [row] = await db.query(
      'SELECT id, status, pay_status, phone FROM orders WHERE order_no = ? AND campaign_id = ? AND deleted_at IS NULL FOR UPDATE',
      [orderNo, campaignId],
    );
    return row ? { id: String(row.id), status: row.status, payStatus: row.pay_status, phone: row.phone } : null;
  }

  /** Guarded: only a pending, unpaid order is closed. True if this statement closed it. */
  async closeOrder(db: Db, orderId: string, reason: string): Promise<boolean> {
    const result = await db.query(
      `UPDATE orders SET status = 'cancelled', closed_at = NOW(3), close_reason = ?
        WHERE id = ? AND status = 'pending' AND pay_status = 'unpaid'`,
      [reason, orderId],
    );
    return result.affectedRows === 1;
  }

  /**
   * Guarded: a closed, unpaid order takes its seat again, pending with a fresh pay window. closed_at and
   * close_reason stay: they are its history, and the paid transition reads them to announce the late payment.
   */
  async reseatOrder(db: Db, orderId: string, payWindowSeconds: number): Promise<boolean> {
    const result = await db.query(
      `UPDATE orders SET status = 'pending', pay_expires_at = NOW(3) + INTERVAL ? SECOND
        WHERE id = ? AND status = 'cancelled' AND pay_status = 'unpaid'`,
      [payWindowSeconds, orderId],
    );
    return result.affectedRows === 1;
  }
}
