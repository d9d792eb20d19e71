/** DistributorActor — one per distributor (actor id = distributors.id): earnings and statistics. */
export const DISTRIBUTOR_ACTOR_TYPE = 'DistributorActor';

export interface RecordRewardCommand {
  rewardId: string;
  orderId: string;
  level: number;
  amount: string;
}

export interface DistributorStats {
  distributorId: string;
  totalEarnings: string;
  orderCount: number;
  rewardCount: number;
}

/** A refunded order's reward taken back from the distributor's earnings (idempotent by reward id). */
export interface ReverseRewardCommand {
  rewardId: string;
  orderId: string;
  level: number;
  amount: string;
}

export interface DistributorActorContract {
  recordReward(command: RecordRewardCommand): Promise<{ applied: boolean }>;
  /** Undoes recordReward for a refunded order: earnings and counts go down once, however often it is called. */
  reverseReward(command: ReverseRewardCommand): Promise<{ applied: boolean }>;
  getStats(): Promise<DistributorStats>;
}
