import type { Data } from '@dmh/api-client';
import { phaseOfOrder } from '../order/pay-result';

export type MyOrder = Data<'/api/v1/me/orders', 'get'>['items'][number];

/** How an order reads in the member centre: its status in words, a tone, and what the user can do. */
export interface OrderLine {
  label: string;
  tone: 'success' | 'warning' | 'muted' | 'danger';
  /** `pay` while it can still be paid, `view` for its result page, null when there is nothing to do. */
  action: { kind: 'pay' | 'view'; text: string } | null;
}

export function orderLine(order: MyOrder, now: number): OrderLine {
  switch (phaseOfOrder(order, now)) {
    case 'paid':
      return { label: '报名成功', tone: 'success', action: { kind: 'view', text: '查看' } };
    case 'unpaid':
      return { label: '待支付', tone: 'warning', action: { kind: 'pay', text: '去支付' } };
    case 'refunded':
      return { label: '已退款', tone: 'muted', action: { kind: 'view', text: '查看' } };
    case 'closed':
      return { label: '已关闭', tone: 'muted', action: null };
    case 'expired':
      return { label: '已超时关闭', tone: 'muted', action: null };
  }
}

/** The campaigns the user signed up for, once each, newest sign-up first (orders come newest first). */
export function campaignsOf(orders: readonly MyOrder[], now: number): { campaignId: string; name: string; joined: boolean }[] {
  const seen = new Map<string, { campaignId: string; name: string; joined: boolean }>();
  for (const o of orders) {
    const joined = phaseOfOrder(o, now) === 'paid';
    const known = seen.get(o.campaignId);
    if (!known) seen.set(o.campaignId, { campaignId: o.campaignId, name: o.campaignName, joined });
    else known.joined ||= joined;
  }
  return [...seen.values()];
}

/** 13800138000 → 138****8000. */
export function maskPhone(phone: string | null | undefined): string {
  return phone && /^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : (phone ?? '');
}
