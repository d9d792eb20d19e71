import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, MoneyColumn, RefColumn, VarcharColumn } from '../columns';

/**
 * payment_missing_in_dmh: paid at WeChat, unknown or unpaid in DMH; payment_missing_at_wechat: paid in DMH,
 * absent from the bill; amount_mismatch: both have it, amounts differ (a payment, or a refund when
 * out_refund_no is set); refund_missing_in_dmh / refund_missing_at_wechat: a refund on one side only.
 */
export const RECONCILIATION_DIFFERENCE_KINDS = [
  'payment_missing_in_dmh',
  'payment_missing_at_wechat',
  'amount_mismatch',
  'refund_missing_in_dmh',
  'refund_missing_at_wechat',
] as const;
export type ReconciliationDifferenceKind = (typeof RECONCILIATION_DIFFERENCE_KINDS)[number];
/** repaired: the run fixed it through the paid path; resolved: DMH already agreed when it re-checked; needs_attention: an admin must act (`reason` says what). */
export const RECONCILIATION_RESOLUTIONS = ['repaired', 'resolved', 'needs_attention'] as const;
export type ReconciliationResolution = (typeof RECONCILIATION_RESOLUTIONS)[number];

/** One difference a reconciliation run found between WeChat Pay's bill and DMH's books, and what became of it. */
@Entity({ name: 'reconciliation_differences' })
@Index('idx_run_id', ['runId'])
@Index('idx_out_trade_no', ['outTradeNo'])
export class ReconciliationDifference {
  @IdColumn() id!: string;
  @RefColumn('run_id') runId!: string;
  @VarcharColumn('kind', 40) kind!: ReconciliationDifferenceKind;
  @VarcharColumn('out_trade_no', 32, { nullable: true }) outTradeNo!: string | null;
  @VarcharColumn('transaction_id', 64, { nullable: true }) transactionId!: string | null;
  @VarcharColumn('out_refund_no', 64, { nullable: true }) outRefundNo!: string | null;
  /** What WeChat's bill says, in yuan; null when the bill has no such row. */
  @MoneyColumn('wechat_amount', 10, { nullable: true }) wechatAmount!: string | null;
  /** What DMH recorded, in yuan; null when DMH has no such record. */
  @MoneyColumn('dmh_amount', 10, { nullable: true }) dmhAmount!: string | null;
  @VarcharColumn('resolution', 20) resolution!: ReconciliationResolution;
  @VarcharColumn('reason', 500, { nullable: true }) reason!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}
