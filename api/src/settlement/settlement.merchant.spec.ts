import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../common/app-error';
import type { MerchantAccount, MerchantDirectory } from '../payments/merchant-accounts';
import { APPID, MCHID, paymentWorld, refundData, transactionData } from '../payments/payments.test-factories';
import type { SignedMessage } from '@dmh/shared/dist/wechatpay';
import type { RefundNotificationService } from '../refunds/refund-notification.service';
import type { SettlementDispatcher } from './settlement.dispatcher';
import type { PaidOutcome, SettlementRepository } from './settlement.repository';
import { NO_LIMITS, SettlementService } from './settlement.service';

const world = paymentWorld();
const OTHER_MCHID = '1900000999';
const OTHER_APPID = 'wxotherapp000000001';

/**
 * Genuine notifications (signed and encrypted with the right keys) through the real verifier; the writers
 * are counted, so "refused" can be checked to mean "nothing written, nothing dispatched".
 */
function setup(expected: (outTradeNo: string) => MerchantAccount = () => ({ mchid: MCHID, appid: APPID })) {
  const writes = { markPaid: 0, settle: 0, refunds: 0 };
  const events: { type: string; severity: string; ip: string | undefined; detail: Record<string, unknown> }[] = [];
  const asked: string[] = [];
  const merchants: MerchantDirectory = {
    forOrder: async (outTradeNo) => {
      asked.push(outTradeNo);
      return expected(outTradeNo);
    },
  };
  const repository = {
    markPaid: async (): Promise<PaidOutcome> => {
      writes.markPaid += 1;
      return { kind: 'paid', orderId: '1', outboxId: '1', data: { order: {} as never, rewards: [] } };
    },
  } as unknown as SettlementRepository;
  const dispatcher = { settle: async () => { writes.settle += 1; return true; } } as unknown as SettlementDispatcher;
  const refunds = { apply: async () => { writes.refunds += 1; return 'refunded'; } } as unknown as RefundNotificationService;
  const recordEvent = async (type: string, severity: string, ip: string | undefined, detail: object) => {
    events.push({ type, severity, ip, detail: detail as Record<string, unknown> });
  };
  const service = new SettlementService(world.verifier(), merchants, 15_000, NO_LIMITS, dispatcher, repository, refunds, recordEvent);
  const send = (m: SignedMessage) => service.handleNotification(m.headers, m.body, '203.0.113.9');
  return { writes, events, asked, send };
}

const refusedAs = (field: string) => (err: unknown) =>
  err instanceof AppError && err.errorName === 'PAYMENT_MERCHANT_MISMATCH' && err.http === 400 && err.message.includes(field);

describe('a genuine notification for another merchant or app', () => {
  test('TRANSACTION.SUCCESS naming another mchid: refused, nothing written, a critical security event', async () => {
    const s = setup();
    const tx = transactionData({ mchid: OTHER_MCHID });
    await assert.rejects(s.send(world.sandbox().notification('transaction', tx, { id: 'EV-other-mch' })), refusedAs('merchant'));
    assert.deepEqual(s.writes, { markPaid: 0, settle: 0, refunds: 0 });
    assert.deepEqual(s.asked, [tx.out_trade_no], "the expected merchant is the order's");
    assert.deepEqual(s.events, [{
      type: 'payment_merchant_mismatch', severity: 'critical', ip: '203.0.113.9',
      detail: {
        notificationId: 'EV-other-mch', eventType: 'TRANSACTION.SUCCESS', outTradeNo: tx.out_trade_no, transactionId: tx.transaction_id,
        field: 'mchid', expected: MCHID, got: OTHER_MCHID,
      },
    }]);
  });

  test('TRANSACTION.SUCCESS naming our merchant but another appid: refused the same way', async () => {
    const s = setup();
    const tx = transactionData({ appid: OTHER_APPID });
    await assert.rejects(s.send(world.sandbox().notification('transaction', tx)), refusedAs('app'));
    assert.deepEqual(s.writes, { markPaid: 0, settle: 0, refunds: 0 });
    assert.deepEqual(s.events.map((e) => [e.type, e.detail.field, e.detail.got]), [['payment_merchant_mismatch', 'appid', OTHER_APPID]]);
  });

  test('REFUND.SUCCESS naming another mchid: never reaches the refunds module', async () => {
    const s = setup();
    const refund = refundData({ mchid: OTHER_MCHID });
    await assert.rejects(s.send(world.sandbox().notification('refund', refund)), refusedAs('merchant'));
    assert.deepEqual(s.writes, { markPaid: 0, settle: 0, refunds: 0 });
    assert.deepEqual(s.events.map((e) => [e.type, e.detail.outTradeNo, e.detail.outRefundNo, e.detail.field]), [['refund_merchant_mismatch', refund.out_trade_no, refund.out_refund_no, 'mchid']]);
  });

  test('REFUND.CLOSED naming another mchid: our refund is not marked closed', async () => {
    const s = setup();
    const { success_time: _none, ...closed } = refundData({ mchid: OTHER_MCHID, refund_status: 'CLOSED' });
    await assert.rejects(s.send(world.sandbox().notification('refund', closed, { eventType: 'REFUND.CLOSED' })), refusedAs('merchant'));
    assert.equal(s.writes.refunds, 0);
  });

  test("ours (merchant and app) goes through: paid, and a refund is handed to the refunds module", async () => {
    const s = setup();
    assert.equal(await s.send(world.sandbox().notification('transaction', transactionData())), 'paid');
    assert.equal(await s.send(world.sandbox().notification('refund', refundData())), 'refunded');
    assert.deepEqual([s.writes.markPaid, s.writes.refunds, s.events.length], [1, 1, 0]);
  });

  test("the expected merchant is looked up per order: each order's own merchant is the one accepted", async () => {
    const orderOfBrandB = transactionData({ mchid: OTHER_MCHID, appid: OTHER_APPID });
    const s = setup((no) => (no === orderOfBrandB.out_trade_no ? { mchid: OTHER_MCHID, appid: OTHER_APPID } : { mchid: MCHID, appid: APPID }));
    assert.equal(await s.send(world.sandbox().notification('transaction', orderOfBrandB)), 'paid', "brand B's merchant for brand B's order");
    const crossed = transactionData({ mchid: OTHER_MCHID, appid: OTHER_APPID });
    await assert.rejects(s.send(world.sandbox().notification('transaction', crossed)), refusedAs('merchant'), "brand B's merchant for another brand's order");
    assert.equal(s.writes.markPaid, 1);
  });
});
