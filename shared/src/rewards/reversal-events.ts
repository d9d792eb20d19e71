/**
 * Events of a refunded order, on the same pub/sub as `order.paid` / `reward.settled` (PUBSUB_NAME).
 * Delivery is at least once: consumers deduplicate by `eventId`, stable for the fact it describes.
 */
export const REFUND_TOPICS = {
  orderRefunded: 'order.refunded',
  rewardReversed: 'reward.reversed',
} as const;

export interface OrderRefundedEvent {
  eventId: string; // `order.refunded:<orderId>`
  orderId: string;
  orderNo: string;
  campaignId: string;
  brandId: string;
  amount: string;
  refundedAmount: string;
  rewardIds: string[];
  refundedAt: string;
}

export interface RewardReversedEvent {
  eventId: string; // `reward.reversed:<rewardId>`
  rewardId: string;
  orderId: string;
  campaignId: string;
  brandId: string;
  userId: string;
  distributorId: string;
  level: number;
  amount: string;
  /** 'cancelled': it had not been credited; 'reversed': it was credited and taken back. */
  outcome: 'cancelled' | 'reversed';
  /** Taken from the balance, and what the balance could not cover (added to the debt). */
  clawedBack: string;
  debtAdded: string;
  balance: string;
  debt: string;
  reversedAt: string;
}
