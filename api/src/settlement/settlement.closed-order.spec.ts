import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReseatOrderResult } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { ConfiguredMerchant } from '../payments/merchant-accounts';
import type { VerifiedTransaction, WechatPayVerifier } from '../payments/wechatpay.verifier';
import type { RefundNotificationService } from '../refunds/refund-notification.service';
import type { ClosedOrderPaymentRepository, ClosedPaymentOutcome } from './closed-order-payment.repository';
import type { LatePaymentDispatcher } from './late-payment.dispatcher';
import type { SettlementDispatcher } from './settlement.dispatcher';
import type { PaidOutcome, SettlementRepository } from './settlement.repository';
import { NO_LIMITS, SettlementService } from './settlement.service';

const tx: VerifiedTransaction = {
  outTradeNo: 'D20261203120000ABCDEF123456', transactionId: '4200000001', tradeState: 'SUCCESS', amountTotal: 9900, currency: 'CNY',
  successTime: '2026-12-03T18:00:00+08:00', payerOpenid: 'o', mchid: 'M1', appid: 'A1',
};
const PAID: PaidOutcome = { kind: 'paid', orderId: '7', outboxId: '11', data: { order: {} as never, rewards: [] }, lateOutboxId: '12' };
const CLOSED: PaidOutcome = { kind: 'closed', orderId: '7', campaignId: '3' };

/** A payment for an order DMH closed: what the settlement does with CampaignActor's answer. */
function world(marks: PaidOutcome[], seat: ReseatOrderResult, recorded: ClosedPaymentOutcome = { kind: 'recorded', orderId: '7', outboxId: '13' }) {
  const calls: string[] = [];
  const repository = { markPaid: async () => (calls.push('markPaid'), marks.shift()!) } as unknown as SettlementRepository;
  const dispatcher = { settle: async () => (calls.push('settle'), true) } as unknown as SettlementDispatcher;
  const closed = { recordPaidWhileClosed: async (_tx: unknown, _lease: number, why: string) => (calls.push(`record paid while closed (${why})`), recorded) } as unknown as ClosedOrderPaymentRepository;
  const late = { run: async (item: { id: string }) => (calls.push(`late ${item.id}`), true) } as unknown as LatePaymentDispatcher;
  const service = new SettlementService(
    {} as WechatPayVerifier, new ConfiguredMerchant({ mchid: 'M1', appid: 'A1' }), 15_000, NO_LIMITS, dispatcher, repository, {} as RefundNotificationService,
    async () => undefined, closed, late,
    async (campaignId) => (calls.push(`reseat in campaign ${campaignId}`), seat),
  );
  return { service, calls };
}

describe('a payment for an order DMH had closed', () => {
  test('room in the quota: re-seated, then the normal paid path (settled, late payment announced)', async () => {
    const w = world([CLOSED, PAID], { reseated: true });
    assert.equal(await w.service.applyConfirmedPayment(tx, 'test'), 'paid');
    assert.deepEqual(w.calls, ['markPaid', 'reseat in campaign 3', 'markPaid', 'settle', 'late 12']);
  });

  test('no room: the payment is recorded and its refund handed to the late-payment work', async () => {
    const w = world([CLOSED], { reseated: false, reason: 'sold_out' });
    assert.equal(await w.service.applyConfirmedPayment(tx, 'test'), 'paid');
    assert.deepEqual(w.calls, ['markPaid', 'reseat in campaign 3', 'record paid while closed (no_seat)', 'late 13']);
  });

  test('its phone signed up again after the close: recorded and refunded, saying why', async () => {
    const w = world([CLOSED], { reseated: false, reason: 'rejoined' });
    assert.equal(await w.service.applyConfirmedPayment(tx, 'test'), 'paid');
    assert.deepEqual(w.calls, ['markPaid', 'reseat in campaign 3', 'record paid while closed (rejoined)', 'late 13']);
  });

  test('re-seated by a racing notification (not_closed): the paid path, once', async () => {
    const w = world([CLOSED, { kind: 'replay', orderId: '7' }], { reseated: false, reason: 'not_closed' });
    assert.equal(await w.service.applyConfirmedPayment(tx, 'test'), 'replay');
    assert.deepEqual(w.calls, ['markPaid', 'reseat in campaign 3', 'markPaid']);
  });

  test('a replay of a payment already recorded without a seat answers replay', async () => {
    const w = world([CLOSED], { reseated: false, reason: 'sold_out' }, { kind: 'replay', orderId: '7' });
    assert.equal(await w.service.applyConfirmedPayment(tx, 'test'), 'replay');
  });

  test('closed again right after the re-seat: 503, WeChat sends it again (no loop)', async () => {
    const w = world([CLOSED, CLOSED], { reseated: true });
    await assert.rejects(w.service.applyConfirmedPayment(tx, 'test'), (err: unknown) => err instanceof AppError && err.http === 503);
    assert.deepEqual(w.calls, ['markPaid', 'reseat in campaign 3', 'markPaid']);
  });
});
