import { Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  DateTimeColumn,
  IdColumn,
  JsonColumn,
  type JsonObject,
  MoneyColumn,
  RefColumn,
  UpdatedAtColumn,
  VarcharColumn,
} from '../columns';

export const WITHDRAWAL_STATUSES = ['requested', 'approved', 'rejected', 'paid'] as const;
export type WithdrawalStatus = (typeof WITHDRAWAL_STATUSES)[number];

/** Where the money goes, e.g. `{"channel":"wechat","openid":"…"}` or a bank account. */
export interface WithdrawalAccountInfo extends JsonObject {
  channel?: string;
}

/** A distributor's request to take money out of their balance (frozen on request, paid or unfrozen later). */
@Entity({ name: 'withdrawals' })
@Index('idx_user_status', ['userId', 'status'])
@Index('idx_status_created', ['status', 'createdAt'])
@Index('uk_user_request', ['userId', 'requestKey'], { unique: true })
@Index('idx_brand_status', ['brandId', 'status'])
export class Withdrawal {
  @IdColumn() id!: string;
  @RefColumn('user_id') userId!: string;
  @RefColumn('brand_id', { nullable: true }) brandId!: string | null;
  @MoneyColumn('amount', 12) amount!: string;
  @VarcharColumn('status', 20, { default: 'requested' }) status!: WithdrawalStatus;
  @JsonColumn('account_info', { nullable: true }) accountInfo!: WithdrawalAccountInfo | null;
  @RefColumn('reviewed_by', { nullable: true }) reviewedBy!: string | null;
  @DateTimeColumn('reviewed_at', { nullable: true }) reviewedAt!: Date | null;
  @VarcharColumn('reject_reason', 500, { nullable: true }) rejectReason!: string | null;
  @DateTimeColumn('paid_at', { nullable: true }) paidAt!: Date | null;
  /** The payout's reference in the payment channel (transfer number), given when marked paid. */
  @VarcharColumn('payout_ref', 100, { nullable: true }) payoutRef!: string | null;
  /** The requester's idempotency key: the same key returns the same withdrawal. */
  @VarcharColumn('request_key', 64, { nullable: true }) requestKey!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
