import type { RewardSettledEvent } from './events';

/** Which reward an event is about: the same fields in reward.settled and reward.reversed. */
export type RewardIdentity = Pick<RewardSettledEvent, 'rewardId' | 'orderId' | 'campaignId' | 'brandId' | 'userId' | 'distributorId' | 'level' | 'amount'>;

export function rewardIdentity(
  order: { id: string; campaignId: string; brandId: string },
  reward: { id: string; userId: string; distributorId: string; level: number; amount: string },
): RewardIdentity {
  return {
    rewardId: reward.id,
    orderId: order.id,
    campaignId: order.campaignId,
    brandId: order.brandId,
    userId: reward.userId,
    distributorId: reward.distributorId,
    level: reward.level,
    amount: reward.amount,
  };
}
