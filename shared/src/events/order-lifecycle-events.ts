import { z } from 'zod';
import { ORDER_CLOSE_REASONS } from '../entities/orders/order.entity';
import { orderEventIdentitySchema } from './events';
import { isoTimeSchema } from '../time/date-text';

/**
 * Events of an order's life besides payment and refund (events.ts, reversal-events.ts): closed unpaid, and
 * a payment that arrived after the close. Delivery is at least once; consumers deduplicate by `eventId`.
 */
export const ORDER_LIFECYCLE_TOPICS = {
  orderClosed: 'order.closed',
  orderLatePayment: 'order.late-payment',
} as const;

export const orderClosedEventSchema = orderEventIdentitySchema.extend({
  reason: z.enum(ORDER_CLOSE_REASONS),
  closedAt: isoTimeSchema,
});
export type OrderClosedEvent = z.infer<typeof orderClosedEventSchema>;

/**
 * A payment for an order DMH had closed: `seated` (the quota had room: the order is paid as usual, and
 * `order.paid` follows) or `refunded` (no room: the payment is recorded and a full refund opened at once).
 */
export const orderLatePaymentEventSchema = orderEventIdentitySchema.extend({
  /** Empty when the provider's notification carried none. */
  tradeNo: z.string(),
  outcome: z.enum(['seated', 'refunded']),
  /** For `refunded`: the refund's out_refund_no and the reason shown to the consumer. */
  outRefundNo: z.string().min(1).optional(),
  reason: z.string().optional(),
});
export type OrderLatePaymentEvent = z.infer<typeof orderLatePaymentEventSchema>;
