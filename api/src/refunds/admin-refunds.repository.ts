import { fromCents, toCents } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { type BrandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';
import { refundedCents } from './refunds.repository';

export interface OpenedRefund {
  orderId: string;
  orderNo: string;
  brandId: string;
  totalFen: number;
  outRefundNo: string;
  refundFen: number;
  reason: string | null;
}

export type OpenRefundOutcome =
  | { kind: 'created'; refund: OpenedRefund }
  | { kind: 'in_flight'; refund: OpenedRefund }
  | { kind: 'not_found' }
  | { kind: 'not_refundable'; status: string }
  | { kind: 'exceeds'; refundable: string };

/**
 * An admin's refund request, recorded before the provider is asked (so the provider's answer and its
 * notification always find it): the order row is locked, so two admins at once open one refund, and a
 * refund still being processed is handed back instead of a second one. Brand scope is in the WHERE clause.
 */
export class AdminRefundsRepository {
  async open(
    scope: BrandScope,
    orderId: string,
    request: { amountFen: number | null; reason: string | null; requestedBy: string },
    onCreated: (em: EntityManager, refund: OpenedRefund) => Promise<void>,
  ): Promise<OpenRefundOutcome> {
    const brand = brandScopeSql(scope, 'brand_id');
    return database().transaction(async (em) => {
      const [order] = await em.query(
        `SELECT id, order_no, brand_id, amount, pay_status FROM orders WHERE id = ? AND deleted_at IS NULL AND ${brand.sql} FOR UPDATE`,
        [orderId, ...brand.params],
      );
      if (!order) return { kind: 'not_found' };
      const base = { orderId, orderNo: String(order.order_no), brandId: String(order.brand_id), totalFen: toCents(order.amount) };
      const [processing] = await em.query(
        "SELECT out_refund_no, amount, reason FROM refunds WHERE order_id = ? AND status = 'processing' ORDER BY id LIMIT 1",
        [orderId],
      );
      if (processing) {
        return { kind: 'in_flight', refund: { ...base, outRefundNo: processing.out_refund_no, refundFen: toCents(processing.amount), reason: processing.reason } };
      }
      if (order.pay_status !== 'paid') return { kind: 'not_refundable', status: String(order.pay_status) };
      const refundable = base.totalFen - (await refundedCents(em, orderId));
      const refundFen = request.amountFen ?? refundable;
      if (refundFen > refundable || refundFen <= 0) return { kind: 'exceeds', refundable: fromCents(refundable) };

      const [count] = await em.query('SELECT COUNT(*) AS n FROM refunds WHERE order_id = ?', [orderId]);
      const refund: OpenedRefund = { ...base, outRefundNo: `R${base.orderNo}-${Number(count.n) + 1}`, refundFen, reason: request.reason };
      await em.query(
        "INSERT INTO refunds (order_id, brand_id, out_refund_no, amount, status, reason, requested_by) VALUES (?, ?, ?, ?, 'processing', ?, ?)",
        [orderId, refund.brandId, refund.outRefundNo, fromCents(refundFen), refund.reason, request.requestedBy],
      );
      await onCreated(em, refund);
      return { kind: 'created', refund };
    });
  }

  async orderState(orderId: string): Promise<{ status: string; payStatus: string }> {
    const [row] = await database().query('SELECT status, pay_status FROM orders WHERE id = ?', [orderId]);
    return { status: String(row.status), payStatus: String(row.pay_status) };
  }
}
