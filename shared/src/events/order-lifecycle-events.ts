import type { OrderCloseReason } from '../entities/orders/order.entity';

/**
 * Events of an order's life besides payment and refund (events.ts, reversal-events.ts): closed unpaid, and
 * a payment that arrived after the close. Delivery is at least once; consumers deduplicate by `eventId`.
 */
export const ORDER_LIFECYCLE_TOPICS = {
  orderClosed: 'order.closed',
  orderLatePayment: 'order.late-payment',
} as const;

export interface OrderClosedEvent {
  eventId: string; // `order.closed:<orderId>`
  orderId: string;
  orderNo: string;
  campaignId: string;
  brandId: string;
  reason: OrderCloseReason;
  closedAt: string;
}

/**
 * A payment for an order DMH had closed: `seated` (the quota had room: the order is paid as usual, and
 * `order.paid` follows) or `refunded` (no room: the payment is recorded and a full refund opened at once).
 */
export interface OrderLatePaymentEvent {
  eventId: string; // `order.late-payment:<orderId>`
  orderId: string;
  orderNo: string;
  campaignId: string;
  brandId: string;
  tradeNo: string;
  outcome: 'seated' | 'refunded';
  /** For `refunded`: the refund's out_refund_no and the reason shown to the consumer. */
  outRefundNo?: string;
  reason?: string;
}
