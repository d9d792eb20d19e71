import { z } from 'zod';
import { orderEventIdentitySchema, rewardIdentitySchema } from '../events/events';
import { idSchema } from '../ids/id';
import { moneyTextSchema } from '../money/money.schemas';
import { isoTimeSchema } from '../time/date-text';

/**
 * Events of a refunded order, on the same pub/sub as `order.paid` / `reward.settled` (PUBSUB_NAME).
 * Delivery is at least once: consumers deduplicate by `eventId`, stable for the fact it describes.
 */
export const REFUND_TOPICS = {
  orderRefunded: 'order.refunded',
  rewardReversed: 'reward.reversed',
} as const;

export const orderRefundedEventSchema = orderEventIdentitySchema.extend({
  amount: moneyTextSchema,
  refundedAmount: moneyTextSchema,
  rewardIds: z.array(idSchema),
  refundedAt: isoTimeSchema,
});
export type OrderRefundedEvent = z.infer<typeof orderRefundedEventSchema>;

export const rewardReversedEventSchema = rewardIdentitySchema.extend({
  /** `reward.reversed:<rewardId>` */
  eventId: z.string().min(1),
  /** 'cancelled': it had not been credited; 'reversed': it was credited and taken back. */
  outcome: z.enum(['cancelled', 'reversed']),
  /** Taken from the balance, and what the balance could not cover (added to the debt). */
  clawedBack: moneyTextSchema,
  debtAdded: moneyTextSchema,
  balance: moneyTextSchema,
  debt: moneyTextSchema,
  reversedAt: isoTimeSchema,
});
export type RewardReversedEvent = z.infer<typeof rewardReversedEventSchema>;
