import { fromCents, refundCoverage, toCents } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { type BrandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';
import { config } from '../config';
import { type RefundClock, type RefundView, toRefundView } from './refund-view';

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

export type { RefundView } from './refund-view';

/** A refund in the admins' list: the refund and the order it belongs to. */
export interface ListedRefund extends RefundView {
  orderId: string;
  orderNo: string;
  brandId: string;
}

export interface RefundListFilter {
  status?: string;
  /** Only those an admin must act on: ABNORMAL, or still in process past REFUND_STUCK_AFTER_SECONDS. */
  needsAction?: boolean;
}

const VIEW_COLUMNS = 'f.id, f.out_refund_no, f.refund_id, f.amount, f.status, f.reason, f.requested_by, f.succeeded_at, f.created_at';

/**
 * SQL for refunds. A successful refund is recorded in one transaction, the order row locked: the refund row
 * (unique out_refund_no, so a replayed notification finds it and changes nothing), and when the refunds
 * that succeeded now cover the amount paid, the order's `refunded` transition (a closed order paid late keeps
 * `cancelled`, its pay status becomes `refunded`) and the outbox row that
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
      if (!full || order.pay_status === 'refunded') return { kind: 'applied', orderId, full, outboxId: null };
      // A closed order paid late stays closed: 'refunded' would make it hold its phone again (`live_flag`),
      // which the phone's new sign-up may hold by now (the unique key then refused every notification).
      // The sync worker marks the order's copy pending again when the refund's sync job reaches it.
      await em.query("UPDATE orders SET status = ?, pay_status = 'refunded' WHERE id = ?", [order.status === 'cancelled' ? 'cancelled' : 'refunded', orderId]);
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
    const rows = await database().query(`SELECT ${VIEW_COLUMNS} FROM refunds f WHERE f.order_id = ? ORDER BY f.id`, [orderId]);
    const clock = refundClock();
    return rows.map((r: Record<string, unknown>) => toRefundView(r, clock));
  }

  async findByOutRefundNo(outRefundNo: string): Promise<RefundView | null> {
    const [row] = await database().query(`SELECT ${VIEW_COLUMNS} FROM refunds f WHERE f.out_refund_no = ?`, [outRefundNo]);
    return row ? toRefundView(row, refundClock()) : null;
  }

  /** The refunds of the caller's brands, newest first; the brand scope is in the WHERE clause. */
  async list(scope: BrandScope, filter: RefundListFilter, page: number, pageSize: number): Promise<{ items: ListedRefund[]; total: number }> {
    const clock = refundClock();
    const brand = brandScopeSql(scope, 'f.brand_id');
    const where = [brand.sql];
    const params: unknown[] = [...brand.params];
    if (filter.status) {
      where.push('f.status = ?');
      params.push(filter.status);
    }
    if (filter.needsAction !== undefined) {
      const stuckBefore = new Date(clock.nowMs - clock.stuckAfterSeconds * 1000);
      where.push(`${filter.needsAction ? '' : 'NOT '}(f.status = 'abnormal' OR (f.status = 'processing' AND f.created_at <= ?))`);
      params.push(stuckBefore);
    }
    const whereSql = where.join(' AND ');
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM refunds f WHERE ${whereSql}`, params);
    const rows = await database().query(
      `SELECT ${VIEW_COLUMNS}, f.order_id, f.brand_id, o.order_no
         FROM refunds f JOIN orders o ON o.id = f.order_id
        WHERE ${whereSql} ORDER BY f.id DESC LIMIT ? OFFSET ?`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return {
      total: Number(count.n),
      items: rows.map((r: Record<string, unknown>) => ({
        ...toRefundView(r, clock), orderId: String(r.order_id), orderNo: String(r.order_no), brandId: String(r.brand_id),
      })),
    };
  }
}

/** What succeeded or is still being processed on an order: the part that can no longer be refunded. */
export async function refundedCents(em: EntityManager, orderId: string, statuses: string[] = ['success']): Promise<number> {
  const [row] = await em.query('SELECT COALESCE(SUM(amount), 0) AS total FROM refunds WHERE order_id = ? AND status IN (?)', [orderId, statuses]);
  return toCents(String(row.total));
}

function refundClock(): RefundClock {
  return { nowMs: Date.now(), stuckAfterSeconds: config().REFUND_STUCK_AFTER_SECONDS };
}
