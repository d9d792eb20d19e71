import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PaymentProviderError } from '../payments/payment.errors';
import type { VerifiedRefund } from '../payments/wechatpay.verifier';
import type { RefundProvider, RefundRequest } from '../refunds/refund.client';
import type { RefundNotificationService } from '../refunds/refund-notification.service';
import type { RefundsRepository } from '../refunds/refunds.repository';
import type { ClosedOrderPaymentRepository, LatePaymentState } from './closed-order-payment.repository';
import { LatePaymentDispatcher } from './late-payment.dispatcher';
import type { OutboxRepository } from '../outbox/outbox.repository';

const BASE: LatePaymentState = {
  orderId: '7', orderNo: 'D20261203120000ABCDEF123456', campaignId: '3', brandId: '1', amount: '99.00', status: 'cancelled', payStatus: 'paid',
  tradeNo: '4200000001', refund: { outRefundNo: 'RD20261203120000ABCDEF123456-1', amount: '99.00', status: 'processing', reason: '活动名额已满，已自动退款' },
};

function world(state: LatePaymentState, provider: (r: RefundRequest) => Promise<VerifiedRefund>, schedulerUp = true) {
  const calls: string[] = [];
  const outbox = {
    markDone: async () => void calls.push('done'),
    retryLater: async () => (calls.push('retry later'), 1),
  } as unknown as OutboxRepository;
  const dispatcher = new LatePaymentDispatcher(
    15_000,
    () => ({ refund: async (r) => (calls.push(`refund ${r.outRefundNo} ${r.refundFen}/${r.totalFen} ${r.reason}`), provider(r)) }) as RefundProvider,
    { latePaymentState: async () => state } as unknown as ClosedOrderPaymentRepository,
    outbox,
    { apply: async (answer: VerifiedRefund) => (calls.push(`apply ${answer.refundStatus}`), 'refunded') } as unknown as RefundNotificationService,
    { recordFailure: async (no: string, status: string) => void calls.push(`failure ${no} ${status}`) } as unknown as RefundsRepository,
    async (topic, event) => void calls.push(`${topic} ${(event as { outcome: string }).outcome}`),
    async (type) => void calls.push(`security ${type}`),
    {
      watch: async (no: string) => {
        if (!schedulerUp) throw new Error('scheduler unavailable');
        calls.push(`watch ${no}`);
      },
    },
  );
  return { run: () => dispatcher.run({ id: '1', aggregateId: '7' }), calls };
}
const answered = (refundStatus: string) => async () => ({ refundStatus }) as VerifiedRefund;

describe('the late payment work', () => {
  test('no seat: the full refund is watched, then asked with its reason, its answer applied, then announced', async () => {
    const w = world(BASE, answered('PROCESSING'));
    assert.equal(await w.run(), true);
    assert.deepEqual(w.calls, [
      'watch RD20261203120000ABCDEF123456-1',
      'refund RD20261203120000ABCDEF123456-1 9900/9900 活动名额已满，已自动退款', 'apply PROCESSING', 'order.late-payment refunded', 'done',
    ]);
  });

  test('re-seated: only announced', async () => {
    const w = world({ ...BASE, status: 'paid', refund: null }, answered('SUCCESS'));
    await w.run();
    assert.deepEqual(w.calls, ['order.late-payment seated', 'done']);
  });

  test('a refund already settled is not asked again', async () => {
    const w = world({ ...BASE, refund: { ...BASE.refund!, status: 'success' } }, answered('SUCCESS'));
    await w.run();
    assert.deepEqual(w.calls, ['order.late-payment refunded', 'done']);
  });

  test('refused by the provider: recorded, raised, not announced as refunded', async () => {
    const w = world(BASE, async () => { throw new PaymentProviderError('http_error', { status: 403, providerCode: 'NOT_ENOUGH' }); });
    await w.run();
    assert.deepEqual(w.calls.slice(2), ['failure RD20261203120000ABCDEF123456-1 failed', 'security late_payment_refund_refused', 'done']);
  });

  test('an unknown outcome (network, 5xx) is retried later with the same out_refund_no', async () => {
    for (const err of [new PaymentProviderError('network_error'), new PaymentProviderError('http_error', { status: 500 })]) {
      const w = world(BASE, async () => { throw err; });
      assert.equal(await w.run(), false);
      assert.deepEqual(w.calls.slice(2), ['retry later']);
    }
  });

  test('the scheduler down: the refund is not asked unwatched; the work is retried later', async () => {
    const w = world(BASE, answered('SUCCESS'), false);
    assert.equal(await w.run(), false);
    assert.deepEqual(w.calls, ['retry later']);
  });
});
