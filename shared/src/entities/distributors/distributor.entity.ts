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

export const DISTRIBUTOR_STATUSES = ['pending', 'active', 'rejected', 'suspended'] as const;
export type DistributorStatus = (typeof DISTRIBUTOR_STATUSES)[number];

/**
 * A user's distributor membership in one brand. `parentId` is the distributor who recruited them: the
 * referrer chain of an order is referrer → parent → grandparent (reward levels 1, 2, 3).
 */
@Entity({ name: 'distributors' })
@Index('uk_user_brand', ['userId', 'brandId'], { unique: true })
@Index('idx_parent_id', ['parentId'])
@Index('idx_level', ['level'])
@Index('idx_brand_status', ['brandId', 'status'])
export class Distributor {
  @IdColumn() id!: string;
  @RefColumn('user_id') userId!: string;
  @RefColumn('brand_id') brandId!: string;
  /** 1..3 */
  @UIntColumn('level', { tiny: true, default: 1 }) level!: number;
  @RefColumn('parent_id', { nullable: true }) parentId!: string | null;
  @VarcharColumn('status', 20, { default: 'pending' }) status!: DistributorStatus;
  @MoneyColumn('total_earnings', 12, { default: '0.00' }) totalEarnings!: string;
  @UIntColumn('order_count', { default: 0 }) orderCount!: number;
  @RefColumn('approved_by', { nullable: true }) approvedBy!: string | null;
  @DateTimeColumn('approved_at', { nullable: true }) approvedAt!: Date | null;
  @RefColumn('rejected_by', { nullable: true }) rejectedBy!: string | null;
  @DateTimeColumn('rejected_at', { nullable: true }) rejectedAt!: Date | null;
  /** What the reviewer told the applicant when rejecting. */
  @VarcharColumn('reject_reason', 500, { nullable: true }) rejectReason!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
