import { Entity, Index } from 'typeorm';
import type { FormField } from '../../forms/form-fields';
import type { RewardLevelRule } from '../../rewards/reward-rule';
import {
  CreatedAtColumn,
  DateTimeColumn,
  DeletedAtColumn,
  IdColumn,
  JsonColumn,
  MoneyColumn,
  RefColumn,
  TextColumn,
  UIntColumn,
  UpdatedAtColumn,
  VarcharColumn,
} from '../columns';

export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'ended'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** A paid sign-up campaign of a brand: its dynamic form, price, quota, time window and reward rule. */
@Entity({ name: 'campaigns' })
@Index('idx_brand_id', ['brandId'])
@Index('idx_status', ['status'])
export class Campaign {
  @IdColumn() id!: string;
  @RefColumn('brand_id') brandId!: string;
  @VarcharColumn('name', 200) name!: string;
  @TextColumn('description') description!: string | null;
  @JsonColumn('form_fields') formFields!: FormField[];
  /** The seed's legacy single rule: the level-1 fixed reward. `rewardLevels` is authoritative. */
  @MoneyColumn('reward_rule', 10, { default: '0.00' }) rewardRule!: string;
  @JsonColumn('reward_levels') rewardLevels!: RewardLevelRule[];
  @MoneyColumn('price', 10) price!: string;
  /** NULL = unlimited. */
  @UIntColumn('quota', { nullable: true }) quota!: number | null;
  /** Consumer views of the public page, flushed in batches from a Redis counter (see the campaigns module). */
  @UIntColumn('view_count', { default: 0 }) viewCount!: number;
  @DateTimeColumn('start_time') startTime!: Date;
  @DateTimeColumn('end_time') endTime!: Date;
  @VarcharColumn('status', 20, { default: 'draft' }) status!: CampaignStatus;
  @VarcharColumn('cover_image', 500, { nullable: true }) coverImage!: string | null;
  @RefColumn('created_by', { nullable: true }) createdBy!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
  @DeletedAtColumn() deletedAt!: Date | null;
}
