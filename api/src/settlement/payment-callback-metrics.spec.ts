import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseExposition } from '@dmh/shared/dist/metrics';
import { register } from 'prom-client';
import { AppError } from '../common/app-error';
import { ConfiguredMerchant } from '../payments/merchant-accounts';
import { PaymentNotificationError } from '../payments/payment.errors';
import type { WechatPayVerifier } from '../payments/wechatpay.verifier';
import type { RefundNotificationService } from '../refunds/refund-notification.service';
import type { SettlementDispatcher } from './settlement.dispatcher';
import type { PaidOutcome, SettlementRepository } from './settlement.repository';
import { SettlementService } from './settlement.service';

const scrape = () => register.metrics();

/** What WeChat Pay's verifier answers next, and what the paid transition answers next. */
function callbackSetup() {
  let verify: () => Promise<unknown> = async () => payment();
  let paid: () => Promise<PaidOutcome> = async () => ({ kind: 'replay', orderId: '1' });
  const payment = (tradeState = 'SUCCESS') => ({
    payee: { mchid: 'M1', appid: 'A1' },
    transaction: { tradeState, outTradeNo: 'N1', transactionId: 'T1', amountTotal: 100, successTime: undefined },
  });
  const verifier = { verifyNotification: () => verify() } as unknown as WechatPayVerifier;
  const repository = { markPaid: () => paid() } as unknown as SettlementRepository;
  const dispatcher = { settle: async () => true } as unknown as SettlementDispatcher;
  const refunds = { apply: async () => 'refunded' } as unknown as RefundNotificationService;
  const service = new SettlementService(
    verifier, new ConfiguredMerchant({ mchid: 'M1', appid: 'A1' }), 15_000, { callbacks: 100, settling: 100 }, dispatcher, repository, refunds, async () => undefined,
  );
  return {
    call: () => service.handleNotification({}, Buffer.from('{}'), '127.0.0.1'),
    verifies: (next: () => Promise<unknown>) => (verify = next),
    pays: (next: () => Promise<PaidOutcome>) => (paid = next),
    payment,
  };
}

const outcomes = async () => {
  const text = await scrape();
  assert.equal(parseExposition(text).types.get('dmh_payment_callbacks_total'), 'counter');
  const by: Record<string, number> = {};
  for (const s of parseExposition(text).samples) if (s.name === 'dmh_payment_callbacks_total') by[s.labels.outcome!] = s.value;
  return by;
};

describe('payment callbacks by outcome (dmh_payment_callbacks_total): the payment success rate', () => {
  test('every answer and every refusal of handleNotification is counted once, under its outcome', async () => {
    assert.deepEqual(await outcomes(), { paid: 0, replay: 0, ignored: 0, refund: 0, invalid: 0, rejected: 0, unavailable: 0, error: 0 }, 'every outcome at 0 from the start');
    const s = callbackSetup();
    s.pays(async () => ({ kind: 'paid', orderId: '1', outboxId: '9', data: { order: {} as never, rewards: [] } }));
    assert.equal(await s.call(), 'paid');
    assert.equal(await s.call(), 'paid');
    s.pays(async () => ({ kind: 'replay', orderId: '1' }));
    assert.equal(await s.call(), 'replay');
    s.verifies(async () => s.payment('PAYERROR'));
    assert.equal(await s.call(), 'ignored');
    s.verifies(async () => ({ payee: { mchid: 'M1', appid: 'A1' }, refund: { outTradeNo: 'N1', outRefundNo: 'R1' } }));
    assert.equal(await s.call(), 'refunded');
    s.verifies(async () => { throw new PaymentNotificationError('bad_signature' as never); });
    await assert.rejects(s.call(), (err: AppError) => err.errorName === 'PAYMENT_NOTIFICATION_INVALID');
    s.verifies(async () => s.payment());
    s.pays(async () => ({ kind: 'unknown_order' }) as PaidOutcome);
    await assert.rejects(s.call(), (err: AppError) => err.errorName === 'ORDER_NOT_FOUND');
    s.pays(async () => { throw AppError.unavailable('the database', 2); });
    await assert.rejects(s.call(), (err: AppError) => err.http === 503);
    s.pays(async () => { throw new TypeError('a bug'); });
    await assert.rejects(s.call(), TypeError);
    assert.deepEqual(await outcomes(), { paid: 2, replay: 1, ignored: 1, refund: 1, invalid: 1, rejected: 1, unavailable: 1, error: 1 });
  });
});
