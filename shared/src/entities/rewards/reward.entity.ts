import { Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  DateTimeColumn,
  IdColumn,
  MoneyColumn,
  RefColumn,
  UIntColumn,
  UpdatedAtColumn,
  VarcharColumn,
} from '../columns';

export const REWARD_STATUSES = ['pending', 'settled', 'reversed', 'cancelled'] as const;
export type RewardStatus = (typeof REWARD_STATUSES)[number];

/** One level of the reward plan of a paid order. `uk_order_level` makes it at most one per (order, level). */
@Entity({ name: 'rewards' })
@Index('uk_order_level', ['orderId', 'level'], { unique: true })
@Index('idx_user_id', ['userId'])
@Index('idx_distributor_id', ['distributorId'])
@Index('idx_status', ['status'])
@Index('idx_brand_settled_cover', ['brandId', 'settledAt', 'status', 'amount', 'distributorId', 'orderId'])
@Index('idx_settled_cover', ['settledAt', 'status', 'brandId', 'amount', 'distributorId', 'orderId'])
@Index('idx_updated_at', ['updatedAt'])
export class Reward {
  @IdColumn() id!: string;
  @RefColumn('order_id') orderId!: string;
  @RefColumn('campaign_id') campaignId!: string;
  @RefColumn('brand_id') brandId!: string;
  /** The beneficiary: whose balance is credited. */
  @RefColumn('user_id') userId!: string;
  @RefColumn('distributor_id') distributorId!: string;
  /** 1 = the referrer, 2 = its parent, 3 = its grandparent. */
  @UIntColumn('level', { tiny: true }) level!: number;
  @MoneyColumn('amount', 10) amount!: string;
  @VarcharColumn('status', 20, { default: 'pending' }) status!: RewardStatus;
  @DateTimeColumn('settled_at', { nullable: true }) settledAt!: Date | null;
  @DateTimeColumn('reversed_at', { nullable: true }) reversedAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
