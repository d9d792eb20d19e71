import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, MoneyColumn, RefColumn, UIntColumn, VarcharColumn } from '../columns';

export const DISTRIBUTOR_REWARD_STATUSES = ['settled', 'reversed'] as const;
export type DistributorRewardStatus = (typeof DISTRIBUTOR_REWARD_STATUSES)[number];

/** A distributor's view of a settled reward (written by its DistributorActor, once per reward). */
@Entity({ name: 'distributor_rewards' })
@Index('uk_reward', ['rewardId'], { unique: true })
@Index('idx_distributor', ['distributorId'])
export class DistributorReward {
  @IdColumn() id!: string;
  @RefColumn('distributor_id') distributorId!: string;
  @RefColumn('reward_id') rewardId!: string;
  @RefColumn('order_id') orderId!: string;
  @UIntColumn('level', { tiny: true }) level!: number;
  @MoneyColumn('amount', 10) amount!: string;
  @VarcharColumn('status', 20, { default: 'settled' }) status!: DistributorRewardStatus;
  @CreatedAtColumn() createdAt!: Date;
}
