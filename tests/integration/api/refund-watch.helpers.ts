import assert from 'node:assert/strict';
import { call, waitFor } from '../support/api-client';
import { one, rows } from '../support/db';
import { REFUND_TEST_ENV } from '../support/test-stack';
import { paidOrder, rewardSetup, userWithPermissions } from './money.helpers';

/** Helpers of the refunds-in-process and refund-watch scenarios. */

/** When the API first queries a refund it asked for (REFUND_TEST_ENV). */
export const FIRST_QUERY_MS = Number(REFUND_TEST_ENV.REFUND_QUERY_DELAY_SECONDS) * 1000;

export const rewardsOf = async (orderId: string) =>
  (await rows<any>('SELECT level, status FROM rewards WHERE order_id = ? ORDER BY level', [orderId])).map((r) => [r.level, r.status]);
export const orderState = async (orderId: string) => {
  const o = await one<any>('SELECT status, pay_status FROM orders WHERE id = ?', [orderId]);
  return [o.status, o.pay_status];
};
export const refundStatus = async (outRefundNo: string) => (await one<any>('SELECT status FROM refunds WHERE out_refund_no = ?', [outRefundNo]))?.status;
export const untilRefund = (outRefundNo: string, status: string, timeoutMs = 30_000) =>
  waitFor(`refund ${outRefundNo} to be ${status}`, async () => (await refundStatus(outRefundNo)) === status, timeoutMs, 100);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A paid order of a 2-level chain, its rewards credited, and an admin of its brand who may refund. */
export async function paidWithRefunder() {
  const { brandId, chain, campaignId } = await rewardSetup(2);
  const order = await paidOrder(campaignId, chain[1].distributorId);
  const refunder = await userWithPermissions(['order:refund', 'order:read'], [brandId]);
  return { brandId, chain, order, refunder };
}

export async function askRefund(orderId: string, token: string) {
  const answer = await call('POST', `/api/v1/orders/${orderId}/refund`, { reason: '顾客取消' }, token);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.data as { refund: any; order: { status: string; payStatus: string } };
}

export const refundsOfOrder = async (orderId: string, token: string) => {
  const detail = await call('GET', `/api/v1/orders/${orderId}`, undefined, token);
  assert.equal(detail.status, 200, JSON.stringify(detail.body));
  return detail.body.data.refunds as any[];
};

