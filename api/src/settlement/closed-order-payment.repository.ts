import { fromCents, toCents } from '@dmh/shared';
import { database } from '../common/database';
import { LATE_PAYMENT_KIND, type PaidTransaction } from './settlement.repository';

/** What the consumer is told when a payment came for an order closed and sold out meanwhile. */
export const NO_SEAT_REFUND_REASON = '活动名额已满，已自动退款';
/** …or closed, after which the same phone signed up again (the new order keeps the phone). */
export const REJOINED_REFUND_REASON = '您已重新报名，本笔付款已自动退款';
export type LateRefundWhy = 'no_seat' | 'rejoined';
const LATE_REFUND_REASONS: Record<LateRefundWhy, string> = { no_seat: NO_SEAT_REFUND_REASON, rejoined: REJOINED_REFUND_REASON };

export type ClosedPaymentOutcome =
  | { kind: 'recorded'; orderId: string; outboxId: string }
  | { kind: 'replay'; orderId: string }
  | { kind: 'conflict'; orderId: string; tradeNo: string }
  /** Not a closed unpaid order any more (re-seated meanwhile): the normal paid path applies. */
  | { kind: 'reopened' };

export interface LatePaymentState {
  orderId: string;
  orderNo: string;
  campaignId: string;
  brandId: string;
  amount: string;
  status: string;
  payStatus: string;
  tradeNo: string | null;
  /** The refund opened for it (requested by no one), if it had no seat. */
  refund: { outRefundNo: string; amount: string; status: string; reason: string | null } | null;
}

/**
 * A payment for an order DMH had closed, when the campaign has no seat for it any more (or its phone signed up again): in one transaction
 * (the order row locked) the payment is recorded (pay_status 'paid', trade_no; the status stays
 * 'cancelled', so it takes no seat and earns no reward), a full refund is opened (requested by no one, with
 * the reason the consumer sees), and an outbox row asks for it at the provider: the relay re-drives it after
 * a crash, and the provider dedupes the out_refund_no. The paid transition's columns are the settlement's.
 */
export class ClosedOrderPaymentRepository {
  async recordPaidWhileClosed(tx: PaidTransaction, leaseMs: number, why: LateRefundWhy = 'no_seat'): Promise<ClosedPaymentOutcome> {
    return database().transaction(async (em) => {
      const [order] = await em.query(
        'SELECT id, order_no, brand_id, amount, status, pay_status, trade_no FROM orders WHERE order_no = ? AND deleted_at IS NULL FOR UPDATE',
        [tx.outTradeNo],
      );
      if (!order || toCents(order.amount) !== tx.amountFen) return { kind: 'reopened' }; // the paid path names what is wrong
      const orderId = String(order.id);
      if (order.pay_status !== 'unpaid') {
        return order.trade_no === tx.transactionId ? { kind: 'replay', orderId } : { kind: 'conflict', orderId, tradeNo: tx.transactionId };
      }
      if (order.status !== 'cancelled') return { kind: 'reopened' };
      await em.query("UPDATE orders SET pay_status = 'paid', trade_no = ?, paid_at = ? WHERE id = ? AND status = 'cancelled' AND pay_status = 'unpaid'", [
        tx.transactionId, tx.paidAt, orderId,
      ]);
      const [count] = await em.query('SELECT COUNT(*) AS n FROM refunds WHERE order_id = ?', [orderId]);
      await em.query(
        "INSERT INTO refunds (order_id, brand_id, out_refund_no, amount, status, reason, requested_by) VALUES (?, ?, ?, ?, 'processing', ?, NULL)",
        [orderId, order.brand_id, `R${order.order_no}-${Number(count.n) + 1}`, fromCents(tx.amountFen), LATE_REFUND_REASONS[why]],
      );
      const outbox = await em.query(
        'INSERT INTO outbox (kind, aggregate_id, payload, locked_until) VALUES (?, ?, ?, NOW(3) + INTERVAL ? MICROSECOND)',
        [LATE_PAYMENT_KIND, orderId, JSON.stringify({ orderId }), leaseMs * 1000],
      );
      return { kind: 'recorded', orderId, outboxId: String(outbox.insertId) };
    });
  }

  async latePaymentState(orderId: string): Promise<LatePaymentState> {
    const [o] = await database().query(
      'SELECT id, order_no, campaign_id, brand_id, amount, status, pay_status, trade_no FROM orders WHERE id = ?',
      [orderId],
    );
    if (!o) throw new Error(`order ${orderId} vanished`);
    const [r] = await database().query(
      'SELECT out_refund_no, amount, status, reason FROM refunds WHERE order_id = ? AND requested_by IS NULL AND reason IN (?, ?) ORDER BY id LIMIT 1',
      [orderId, NO_SEAT_REFUND_REASON, REJOINED_REFUND_REASON],
    );
    return {
      orderId, orderNo: o.order_no, campaignId: String(o.campaign_id), brandId: String(o.brand_id), amount: String(o.amount),
      status: o.status, payStatus: o.pay_status, tradeNo: o.trade_no,
      refund: r ? { outRefundNo: r.out_refund_no, amount: String(r.amount), status: r.status, reason: r.reason } : null,
    };
  }
}
