import { z } from 'zod';
import { ORDER_CLOSE_REASONS } from '../entities/orders/order.entity';
import { idSchema } from '../ids/id';

/**
 * The commands CampaignActor accepts, checked by the actor before a turn does anything (actorTurn); their
 * types (campaign.actor-contract.ts) are inferred from these schemas. Lengths are the orders columns'.
 */

/** orders.order_no (DMH's out_trade_no at WeChat Pay). */
export const orderNoSchema = z.string().min(1).max(32);

export const joinCommandSchema = z.object({
  orderNo: orderNoSchema,
  /** orders.phone. */
  phone: z.string().min(1).max(20),
  /** The sign-up form's values, already checked by the API against the campaign's form definition. */
  formData: z.record(z.string(), z.unknown()),
  /** distributors.id of the referrer, '0' when none. */
  referrerId: z.union([z.literal('0'), idSchema]),
  userId: idSchema.nullable(),
  idempotencyKey: z.string().min(1).max(64).nullable(),
});
export type JoinCommand = z.infer<typeof joinCommandSchema>;

/** Close an unpaid order whose payment window passed (or that WeChat Pay closed): its seat goes back. */
export const closeOrderCommandSchema = z.object({
  orderNo: orderNoSchema,
  reason: z.enum(ORDER_CLOSE_REASONS),
});
export type CloseOrderCommand = z.infer<typeof closeOrderCommandSchema>;

/**
 * A payment arrived for an order DMH had closed (WeChat's close raced the payer): the order takes a seat
 * again if the campaign's quota has room, and is pending again (with a fresh pay window) for the paid path.
 */
export const reseatOrderCommandSchema = z.object({ orderNo: orderNoSchema });
export type ReseatOrderCommand = z.infer<typeof reseatOrderCommandSchema>;
