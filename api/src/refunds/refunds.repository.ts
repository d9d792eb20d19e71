import { fromCents, refundCoverage, toCents } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../common/database';

export const REFUND_KIND = 'order.refund';

export interface SucceededRefund {
  outTradeNo: string;
  outRefundNo: string;
  refundId: string;
  /** Integer fen, as the provider reports them. */
  totalFen: number;
  refundFen: number;
  succeededAt: Date;
}

export type RefundOutcome =
  | { kind: 'applied'; orderId: string; full: boolean; outboxId: string | null }
  | { kind: 'replay'; orderId: string }
  | { kind: 'unknown_order' }
  | { kind: 'not_paid'; orderId: string }
  | { kind: 'mismatch'; orderId: string; problem: string };

export interface RefundView {
  id: string;
  outRefundNo: string;
  refundId: string | null;
  amount: string;
  status: string;
  reason: string | null;
  requestedBy: string | null;
  succeededAt: string | null;
  createdAt: string;
}

/**
 * SQL for refunds. A successful refund is recorded in one transaction, the order row locked: the refund row
 * (unique out_refund_no, so a replayed notification finds it and changes nothing), and when the refunds
 * that succeeded now cover the amount paid, the order's `refunded` transition and the outbox row that
 * reverses its rewards, publishes the events and sends the sync job.
 */
export class RefundsRepository {
  async recordSuccess(r: SucceededRefund, leaseMs: number): Promise<RefundOutcome> {
    return database().transaction(async (em) => {
      const [order] = await em.query(
        'SELECT id, brand_id, amount, status, pay_status FROM orders WHERE order_no = ? AND deleted_at IS NULL FOR UPDATE',
        [r.outTradeNo],
      );
      if (!order) return { kind: 'unknown_order' };
      const orderId = String(order.id);
      const total = toCents(order.amount);
      if (total !== r.totalFen) return { kind: 'mismatch', orderId, problem: `order total ${fromCents(total)}, notification says ${fromCents(r.totalFen)}` };
      const [existing] = await em.query('SELECT id, order_id, amount, status FROM refunds WHERE out_refund_no = ? FOR UPDATE', [r.outRefundNo]);
      if (existing && String(existing.order_id) !== orderId) return { kind: 'mismatch', orderId, problem: `refund ${r.outRefundNo} belongs to another order` };
      if (existing?.status === 'success') return { kind: 'replay', orderId };
      if (order.pay_status === 'unpaid') return { kind: 'not_paid', orderId };
      if (existing && toCents(existing.amount) !== r.refundFen) {
        return { kind: 'mismatch', orderId, problem: `refund ${r.outRefundNo} was asked for ${existing.amount}, provider says ${fromCents(r.refundFen)}` };
      }
      const before = await refundedCents(em, orderId);
      if (before + r.refundFen > total) return { kind: 'mismatch', orderId, problem: `refunds would exceed the order total ${fromCents(total)}` };

      if (existing) {
        await em.query("UPDATE refunds SET status = 'success', refund_id = ?, succeeded_at = ? WHERE id = ?", [r.refundId, r.succeededAt, existing.id]);
      } else {
        await em.query(
          "INSERT INTO refunds (order_id, brand_id, out_refund_no, refund_id, amount, status, succeeded_at) VALUES (?, ?, ?, ?, ?, 'success', ?)",
          [orderId, order.brand_id, r.outRefundNo, r.refundId, fromCents(r.refundFen), r.succeededAt],
        );
      }
      const full = refundCoverage(total, before + r.refundFen) === 'full';
      if (!full || order.status === 'refunded') return { kind: 'applied', orderId, full, outboxId: null };
      await em.query(
        "UPDATE orders SET status = 'refunded', pay_status = 'refunded', sync_status = 'pending' WHERE id = ?",
        [orderId],
      );
      const outbox = await em.query(
        'INSERT INTO outbox (kind, aggregate_id, payload, locked_until) VALUES (?, ?, ?, NOW(3) + INTERVAL ? MICROSECOND)',
        [REFUND_KIND, orderId, JSON.stringify({ orderId }), leaseMs * 1000],
      );
      return { kind: 'applied', orderId, full, outboxId: String(outbox.insertId) };
    });
  }

  /** A refund the provider closed or could not complete: recorded, nothing else changes. */
  async recordFailure(outRefundNo: string, status: 'closed' | 'abnormal' | 'failed'): Promise<void> {
    await database().query("UPDATE refunds SET status = ? WHERE out_refund_no = ? AND status = 'processing'", [status, outRefundNo]);
  }

  async listForOrder(orderId: string): Promise<RefundView[]> {
    const rows = await database().query(
      `SELECT id, out_refund_no, refund_id, amount, status, reason, requested_by, succeeded_at, created_at
         FROM refunds WHERE order_id = ? ORDER BY id`,
      [orderId],
    );
    return rows.map(toView);
  }

  async findByOutRefundNo(outRefundNo: string): Promise<RefundView | null> {
    const [row] = await database().query(
      `SELECT id, out_refund_no, refund_id, amount, status, reason, requested_by, succeeded_at, created_at
         FROM refunds WHERE out_refund_no = ?`,
      [outRefundNo],
    );
    return row ? toView(row) : null;
  }
}

/** What succeeded or is still being processed on an order: the part that can no longer be refunded. */
export async function refundedCents(em: EntityManager, orderId: string, statuses: string[] = ['success']): Promise<number> {
  const [row] = await em.query('SELECT COALESCE(SUM(amount), 0) AS total FROM refunds WHERE order_id = ? AND status IN (?)', [orderId, statuses]);
  return toCents(String(row.total));
}

function toView(r: Record<string, unknown>): RefundView {
  return {
    id: String(r.id),
    outRefundNo: String(r.out_refund_no),
    refundId: r.refund_id === null ? null : String(r.refund_id),
    amount: String(r.amount),
    status: String(r.status),
    reason: r.reason === null ? null : String(r.reason),
    requestedBy: r.requested_by === null ? null : String(r.requested_by),
    succeededAt: r.succeeded_at ? new Date(r.succeeded_at as string).toISOString() : null,
    createdAt: new Date(r.created_at as string).toISOString(),
  };
}
