import { Column, Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  DateTimeColumn,
  DeletedAtColumn,
  IdColumn,
  JsonColumn,
  type JsonObject,
  MoneyColumn,
  RefColumn,
  UpdatedAtColumn,
  VarcharColumn,
} from '../columns';

export const ORDER_STATUSES = ['pending', 'paid', 'cancelled', 'refunded'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const ORDER_PAY_STATUSES = ['unpaid', 'paid', 'refunded'] as const;
export type OrderPayStatus = (typeof ORDER_PAY_STATUSES)[number];
/** 'expired': unpaid past pay_expires_at; 'provider_closed': WeChat Pay answered CLOSED, REVOKED or PAYERROR. */
export const ORDER_CLOSE_REASONS = ['expired', 'provider_closed'] as const;
export type OrderCloseReason = (typeof ORDER_CLOSE_REASONS)[number];

/**
 * `live_flag`: 1 while the order holds its phone, NULL once it is soft-deleted or closed (cancelled), so
 * that phone may sign up again (NULLs never collide in a unique key).
 */
export const ORDER_LIVE_FLAG_EXPRESSION = "CASE WHEN deleted_at IS NULL AND status <> 'cancelled' THEN 1 ELSE NULL END";

/**
 * A sign-up of one phone number to one campaign. `uk_campaign_phone (campaign_id, phone, live_flag)`
 * refuses a second live sign-up (error 40001) but allows a new one once the first is soft-deleted or closed.
 */
@Entity({ name: 'orders' })
@Index('uk_order_no', ['orderNo'], { unique: true })
@Index('uk_trade_no', ['tradeNo'], { unique: true })
@Index('uk_campaign_phone', ['campaignId', 'phone', 'liveFlag'], { unique: true })
@Index('idx_member_id', ['memberId'])
@Index('idx_referrer_id', ['referrerId'])
@Index('idx_campaign_status', ['campaignId', 'status'])
@Index('idx_brand_created', ['brandId', 'createdAt'])
@Index('idx_idempotency_key', ['idempotencyKey'])
@Index('idx_status_pay_expires', ['status', 'payExpiresAt'])
@Index('idx_paid_at', ['paidAt'])
@Index('idx_brand_created_cover', ['brandId', 'createdAt', 'deletedAt', 'campaignId', 'paidAt'])
@Index('idx_created_cover', ['createdAt', 'deletedAt', 'brandId', 'campaignId', 'paidAt'])
@Index('idx_brand_paid_cover', ['brandId', 'paidAt', 'payStatus', 'deletedAt', 'amount'])
@Index('idx_paid_cover', ['paidAt', 'payStatus', 'deletedAt', 'brandId', 'amount'])
@Index('idx_updated_at', ['updatedAt'])
export class Order {
  @IdColumn() id!: string;
  /** WeChat Pay's out_trade_no. */
  @VarcharColumn('order_no', 32) orderNo!: string;
  @RefColumn('campaign_id') campaignId!: string;
  @RefColumn('brand_id') brandId!: string;
  @RefColumn('member_id', { nullable: true }) memberId!: string | null;
  @RefColumn('user_id', { nullable: true }) userId!: string | null;
  @VarcharColumn('phone', 20) phone!: string;
  @JsonColumn('form_data') formData!: JsonObject;
  /** A distributors.id; '0' = no referrer. */
  @RefColumn('referrer_id', { default: '0' }) referrerId!: string;
  @VarcharColumn('status', 20, { default: 'pending' }) status!: OrderStatus;
  @MoneyColumn('amount', 10) amount!: string;
  @VarcharColumn('pay_status', 20, { default: 'unpaid' }) payStatus!: OrderPayStatus;
  /** The payment provider's transaction id: an order becomes paid once per trade number. */
  @VarcharColumn('trade_no', 100, { nullable: true }) tradeNo!: string | null;
  @DateTimeColumn('paid_at', { nullable: true }) paidAt!: Date | null;
  /** Unpaid past this, the order is closed (at WeChat Pay, as the prepay's time_expire, and in DMH). */
  @DateTimeColumn('pay_expires_at', { nullable: true }) payExpiresAt!: Date | null;
  /** When an unpaid order was closed (status 'cancelled'), and why: ORDER_CLOSE_REASONS. */
  @DateTimeColumn('closed_at', { nullable: true }) closedAt!: Date | null;
  @VarcharColumn('close_reason', 32, { nullable: true }) closeReason!: OrderCloseReason | null;
  @VarcharColumn('idempotency_key', 64, { nullable: true }) idempotencyKey!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
  @DeletedAtColumn() deletedAt!: Date | null;

  @Column({
    name: 'live_flag',
    type: 'tinyint',
    nullable: true,
    asExpression: ORDER_LIVE_FLAG_EXPRESSION,
    generatedType: 'STORED',
    insert: false,
    update: false,
  })
  readonly liveFlag!: number | null;
}
