import { Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  DateTimeColumn,
  IdColumn,
  MoneyColumn,
  RefColumn,
  UIntColumn,
  UpdatedAtColumn,
} from '../columns';

/** A member's relationship with one brand: how they arrived and what they have bought. */
@Entity({ name: 'member_brand_links' })
@Index('uk_member_brand', ['memberId', 'brandId'], { unique: true })
@Index('idx_brand_id', ['brandId'])
export class MemberBrandLink {
  @IdColumn() id!: string;
  @RefColumn('member_id') memberId!: string;
  @RefColumn('brand_id') brandId!: string;
  @RefColumn('first_campaign_id', { nullable: true }) firstCampaignId!: string | null;
  @UIntColumn('order_count', { default: 0 }) orderCount!: number;
  @MoneyColumn('total_spent', 12, { default: '0.00' }) totalSpent!: string;
  @DateTimeColumn('last_order_at', { nullable: true }) lastOrderAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
