import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../common/app-error';
import type { JsapiPrepayInput, PaymentProvider } from '../payments/payment.client';
import { OrderPaymentService } from './order-payment.service';
import type { OrderView } from './orders.repository';

const NO = 'D20261203120000ABCDEF123456';
const NOW = Date.parse('2026-12-03T10:00:00.000Z');

function world(order: Partial<OrderView>, watchFails = false) {
  const calls: string[] = [];
  const prepays: JsapiPrepayInput[] = [];
  const view: OrderView = {
    id: '1', orderNo: NO, campaignId: '1', brandId: '1', phone: '138****0000', amount: '99.00', status: 'pending', payStatus: 'unpaid',
    tradeNo: null, paidAt: null, createdAt: '2026-12-03T09:50:00.000Z', payExpiresAt: '2026-12-03T10:20:00.500Z', closedAt: null, closeReason: null,
    refundReason: null, ...order,
  };
  const payments: PaymentProvider = {
    createJsapiPrepay: async (input) => {
      calls.push('prepay');
      prepays.push(input);
      return { prepayId: 'wx1', payParams: { appId: 'a', timeStamp: '1', nonceStr: 'n', package: 'prepay_id=wx1', signType: 'RSA', paySign: 's' } };
    },
    createH5Prepay: async (input) => {
      calls.push(`h5 ${input.payerClientIp} ${input.timeExpire}`);
      return { h5Url: `https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx1&package=${calls.length}` };
    },
    createAppPrepay: async (input) => {
      calls.push(`app ${input.amountFen} ${input.timeExpire}`);
      return { prepayId: 'wx2', payParams: { appid: 'wxapp', partnerid: '1900000001', prepayid: 'wx2', package: 'Sign=WXPay', noncestr: 'n', timestamp: '1', sign: 's' } };
    },
  };
  const watch = {
    start: async (orderNo: string, msToExpiry: number | null) => {
      calls.push(`watch ${orderNo} ${msToExpiry}`);
      if (watchFails) throw AppError.unavailable('the payment scheduler');
    },
  };
  return { service: new OrderPaymentService({ getOrder: async () => view }, payments, watch, () => NOW), calls, prepays };
}

describe('starting a payment', () => {
  test('the watch is scheduled before WeChat is asked; the prepay carries the expiry as time_expire (+08:00)', async () => {
    const w = world({});
    const started = await w.service.start(NO, 'oPayer');
    assert.equal(started.prepayId, 'wx1');
    assert.deepEqual(w.calls, [`watch ${NO} 1200500`, 'prepay']);
    assert.equal(w.prepays[0].timeExpire, '2026-12-03T18:20:00+08:00');
  });

  test('an expired order is refused (ORDER_NOT_PAYABLE, saying so): nothing scheduled, nothing asked', async () => {
    for (const order of [{ payExpiresAt: '2026-12-03T10:00:00.000Z' }, { status: 'cancelled', closedAt: '2026-12-03T10:00:00.000Z', closeReason: 'expired' as const }]) {
      const w = world(order);
      await assert.rejects(w.service.start(NO, 'oPayer'), (err: unknown) => err instanceof AppError && err.code === 40007 && /expired/.test(err.message));
      assert.deepEqual(w.calls, []);
    }
  });

  test('a paid order is refused as before', async () => {
    const w = world({ status: 'paid', payStatus: 'paid' });
    await assert.rejects(w.service.start(NO, 'oPayer'), (err: unknown) => err instanceof AppError && err.code === 40007);
  });

  test('no watch, no prepay: a scheduler failure leaves WeChat unasked', async () => {
    const w = world({}, true);
    await assert.rejects(w.service.start(NO, 'oPayer'), (err: unknown) => err instanceof AppError && err.http === 503);
    assert.deepEqual(w.calls, [`watch ${NO} 1200500`]);
  });
});

describe('starting an H5 payment', () => {
  test('each call is a new h5_url with redirect_url to the order page, valid 5 minutes at most (never past the pay window)', async () => {
    const w = world({});
    const page = `https://h5.example.com/o/${NO}`;
    const a = await w.service.startH5(NO, '203.0.113.9', page);
    const b = await w.service.startH5(NO, '203.0.113.9', page);
    assert.notEqual(a.h5Url, b.h5Url);
    assert.equal(new URL(a.h5Url).searchParams.get('redirect_url'), page);
    assert.equal(a.expiresAt, new Date(NOW + 5 * 60_000).toISOString());
    assert.deepEqual(w.calls.slice(0, 2), [`watch ${NO} 1200500`, 'h5 203.0.113.9 2026-12-03T18:20:00+08:00']);
    const late = world({ payExpiresAt: '2026-12-03T10:02:00.000Z' });
    assert.equal((await late.service.startH5(NO, '203.0.113.9', page)).expiresAt, '2026-12-03T10:02:00.000Z');
  });

  test('an order that cannot be paid gets no h5_url', async () => {
    const w = world({ status: 'paid', payStatus: 'paid' });
    await assert.rejects(w.service.startH5(NO, '203.0.113.9', 'https://h5.example.com/o/x'), (err: unknown) => err instanceof AppError && err.code === 40007);
    assert.deepEqual(w.calls, []);
  });
});

describe('starting an APP payment', () => {
  test('the watch first, then the APP prepay with the pay window; the SDK parameters as the provider signed them', async () => {
    const w = world({});
    const started = await w.service.startApp(NO);
    assert.deepEqual(w.calls, [`watch ${NO} 1200500`, 'app 9900 2026-12-03T18:20:00+08:00']);
    assert.deepEqual([started.orderNo, started.amount, started.payParams.prepayid, started.payParams.package], [NO, '99.00', 'wx2', 'Sign=WXPay']);
  });

  test('a paid, closed or expired order gets no prepay (40007), and nothing is asked', async () => {
    for (const order of [{ status: 'paid', payStatus: 'paid' }, { status: 'cancelled', closeReason: 'provider_closed' as const }, { payExpiresAt: '2026-12-03T09:59:59.000Z' }]) {
      const w = world(order);
      await assert.rejects(w.service.startApp(NO), (err: unknown) => err instanceof AppError && err.code === 40007);
      assert.deepEqual(w.calls, []);
    }
  });
});
