import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, DateTimeColumn, IdColumn, MoneyColumn, RefColumn, UpdatedAtColumn, VarcharColumn } from '../columns';

/** processing: asked of the provider, not yet confirmed; success: money returned; the rest: it did not happen. */
export const REFUND_STATUSES = ['processing', 'success', 'closed', 'abnormal', 'failed'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/**
 * A refund of (part of) a paid order, keyed by the merchant's refund number (WeChat Pay's out_refund_no):
 * `uk_out_refund_no` makes recording a refund notification idempotent. Written only by the API.
 */
@Entity({ name: 'refunds' })
@Index('uk_out_refund_no', ['outRefundNo'], { unique: true })
@Index('idx_order_id', ['orderId'])
@Index('idx_brand_created', ['brandId', 'createdAt'])
export class Refund {
  @IdColumn() id!: string;
  @RefColumn('order_id') orderId!: string;
  @RefColumn('brand_id') brandId!: string;
  @VarcharColumn('out_refund_no', 64) outRefundNo!: string;
  /** The provider's refund id, once it gave one. */
  @VarcharColumn('refund_id', 64, { nullable: true }) refundId!: string | null;
  @MoneyColumn('amount', 10) amount!: string;
  @VarcharColumn('status', 20, { default: 'processing' }) status!: RefundStatus;
  @VarcharColumn('reason', 200, { nullable: true }) reason!: string | null;
  /** The admin who asked for it; null for a refund made outside DMH (e.g. in the merchant platform). */
  @RefColumn('requested_by', { nullable: true }) requestedBy!: string | null;
  @DateTimeColumn('succeeded_at', { nullable: true }) succeededAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
