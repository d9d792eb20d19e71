import { isDuplicateKeyError } from '@dmh/shared';
import { database } from '../common/database';

/** Outbox work: run the expiry step for one order (aggregate = orders.id). */
export const EXPIRE_KIND = 'order.expire';

export interface WatchedOrder {
  id: string;
  orderNo: string;
  campaignId: string;
  brandId: string;
  status: string;
  payStatus: string;
  /** Milliseconds until pay_expires_at by the database's clock (the one that set it); negative once past; null if none. */
  msToExpiry: number | null;
  closedAt: Date | null;
  closeReason: string | null;
}

const COLUMNS = `id, order_no, campaign_id, brand_id, status, pay_status, closed_at, close_reason,
  TIMESTAMPDIFF(MICROSECOND, NOW(3), pay_expires_at) DIV 1000 AS ms_to_expiry`;

/** SQL of the payment watch and the expiry step: an order's state, the expiry work in the outbox, the sweep. */
export class PaymentWatchRepository {
  async byOrderNo(orderNo: string): Promise<WatchedOrder | null> {
    const [row] = await database().query(`SELECT ${COLUMNS} FROM orders WHERE order_no = ? AND deleted_at IS NULL`, [orderNo]);
    return row ? toWatched(row) : null;
  }

  async byId(orderId: string): Promise<WatchedOrder | null> {
    const [row] = await database().query(`SELECT ${COLUMNS} FROM orders WHERE id = ? AND deleted_at IS NULL`, [orderId]);
    return row ? toWatched(row) : null;
  }

  /**
   * Records that the order's expiry step is to run (leased, so the relay leaves it to the caller's fast path
   * for now): the outbox row's id, or null when one is already pending (its run, or the relay, will do it).
   * A finished row of an earlier expiry (a re-seated order that expired again) is re-armed.
   */
  async enqueueExpiry(orderId: string, leaseMs: number): Promise<string | null> {
    // Single statements, no "SELECT … FOR UPDATE then INSERT": two of those for absent keys of one gap deadlock.
    try {
      const inserted = await database().query(
        'INSERT INTO outbox (kind, aggregate_id, payload, locked_until) VALUES (?, ?, ?, NOW(3) + INTERVAL ? MICROSECOND)',
        [EXPIRE_KIND, orderId, JSON.stringify({ orderId }), leaseMs * 1000],
      );
      return String(inserted.insertId);
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
    const rearmed = await database().query(
      `UPDATE outbox SET status = 'pending', attempts = 0, last_error = NULL, done_at = NULL, next_attempt_at = NOW(3),
              locked_until = NOW(3) + INTERVAL ? MICROSECOND
        WHERE kind = ? AND aggregate_id = ? AND status = 'done'`,
      [leaseMs * 1000, EXPIRE_KIND, orderId],
    );
    if (rearmed.affectedRows !== 1) return null;
    const [row] = await database().query('SELECT id FROM outbox WHERE kind = ? AND aggregate_id = ?', [EXPIRE_KIND, orderId]);
    return row ? String(row.id) : null;
  }

  /**
   * Pending orders past their pay window whose expiry is not already under way, oldest first: a range scan
   * of idx_status_pay_expires (status, pay_expires_at), each checked against the outbox (the id cast in the
   * table's collation: the connection's differs, and mixing them is an error, not a mismatch).
   */
  async dueForExpiry(limit: number): Promise<string[]> {
    const rows = await database().query(
      `SELECT o.id FROM orders o
        WHERE o.status = 'pending' AND o.pay_expires_at <= NOW(3) AND o.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.kind = ? AND x.aggregate_id = CAST(o.id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci AND x.status = 'pending')
        ORDER BY o.pay_expires_at LIMIT ?`,
      [EXPIRE_KIND, limit],
    );
    return rows.map((r: { id: string | number }) => String(r.id));
  }
}

function toWatched(row: Record<string, unknown>): WatchedOrder {
  return {
    id: String(row.id), orderNo: String(row.order_no), campaignId: String(row.campaign_id), brandId: String(row.brand_id),
    status: String(row.status), payStatus: String(row.pay_status),
    msToExpiry: row.ms_to_expiry === null ? null : Number(row.ms_to_expiry),
    closedAt: row.closed_at ? new Date(row.closed_at as string) : null,
    closeReason: row.close_reason === null ? null : String(row.close_reason),
  };
}
