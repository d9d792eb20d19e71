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

export interface DistributorActorContract {
  recordReward(command: RecordRewardCommand): Promise<{ applied: boolean }>;
  getStats(): Promise<DistributorStats>;
}
