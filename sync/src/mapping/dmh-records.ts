import { toCents } from '@dmh/shared';

/** A paid order as DMH holds it; `version` is its updated_at in epoch ms (newer state, higher version). */
export interface OrderRecord {
  id: string;
  orderNo: string;
  brandId: string;
  campaignId: string;
  phone: string;
  /** Yuan, DECIMAL text: '99.00'. */
  amount: string;
  status: string;
  payStatus: string;
  tradeNo: string | null;
  paidAt: Date | null;
  createdAt: Date;
  version: number;
}

export interface RewardRecord {
  id: string;
  orderId: string;
  campaignId: string;
  brandId: string;
  userId: string;
  distributorId: string;
  level: number;
  amount: string;
  status: string;
  settledAt: Date | null;
  reversedAt: Date | null;
  createdAt: Date;
  version: number;
}

export type FieldValue = string | number | boolean | Date | null;

/** The values a mapping reads, by DMH field name (ORDER_FIELDS / REWARD_FIELDS). */
export function orderFields(o: OrderRecord): Record<string, FieldValue> {
  return {
    id: o.id, orderNo: o.orderNo, brandId: o.brandId, campaignId: o.campaignId, phone: o.phone, amount: o.amount,
    amountCents: toCents(o.amount), status: o.status, payStatus: o.payStatus, tradeNo: o.tradeNo, paidAt: o.paidAt, createdAt: o.createdAt,
  };
}

export function rewardFields(r: RewardRecord): Record<string, FieldValue> {
  return {
    id: r.id, orderId: r.orderId, campaignId: r.campaignId, brandId: r.brandId, userId: r.userId, distributorId: r.distributorId,
    level: r.level, amount: r.amount, amountCents: toCents(r.amount), status: r.status, settledAt: r.settledAt,
    reversedAt: r.reversedAt, createdAt: r.createdAt,
  };
}
