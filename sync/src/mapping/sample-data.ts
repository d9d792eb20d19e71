import type { FieldMapping } from '@dmh/shared';
import type { OrderRecord, RewardRecord } from './dmh-records';

/** A customer-style mapping using every transform (shared by the unit specs). */
export const CRM_MAPPING: FieldMapping = {
  orders: {
    table: 'CRM.DMH_ORDERS',
    key: 'DMH_ID',
    version: 'DMH_VERSION',
    columns: [
      { column: 'ORDER_NO', from: 'orderNo', transform: { type: 'rename' } },
      { column: 'AMOUNT_FEN', from: 'amount', transform: { type: 'yuanToCents' } },
      { column: 'STATE', from: 'status', transform: { type: 'enumMap', map: { paid: 'P', refunded: 'R' }, fallback: 'X' } },
      { column: 'PAID_TIME', from: 'paidAt', transform: { type: 'dateFormat', format: 'YYYY-MM-DD HH:mm:ss', utcOffset: '+08:00' } },
      { column: 'SOURCE', transform: { type: 'constant', value: 'DMH' } },
    ],
  },
  rewards: {
    table: 'CRM.DMH_REWARDS',
    key: 'DMH_ID',
    version: 'DMH_VERSION',
    columns: [
      { column: 'ORDER_ID', from: 'orderId' },
      { column: 'LVL', from: 'level' },
      { column: 'AMOUNT_YUAN', from: 'amountCents', transform: { type: 'centsToYuan' } },
      { column: 'STATE', from: 'status', transform: { type: 'enumMap', map: { settled: 1, reversed: 9 } } },
      { column: 'SETTLED_AT', from: 'settledAt' },
    ],
  },
};

export const PAID_AT = new Date('2026-11-25T02:03:04.567Z');

export function anOrder(overrides: Partial<OrderRecord> = {}): OrderRecord {
  return {
    id: '42', orderNo: 'DMH20261125000042', brandId: '7', campaignId: '3', phone: '13900000001', amount: '99.00', status: 'paid',
    payStatus: 'paid', tradeNo: '4200000001', paidAt: PAID_AT, createdAt: new Date('2026-11-25T02:00:00.000Z'), version: 1764036184567,
    ...overrides,
  };
}

export function aReward(overrides: Partial<RewardRecord> = {}): RewardRecord {
  return {
    id: '501', orderId: '42', campaignId: '3', brandId: '7', userId: '11', distributorId: '5', level: 1, amount: '10.50', status: 'settled',
    settledAt: PAID_AT, reversedAt: null, createdAt: PAID_AT, version: 1764036185000, ...overrides,
  };
}
