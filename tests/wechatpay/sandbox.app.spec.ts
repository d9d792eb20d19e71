import assert from 'node:assert/strict';
import { verify } from 'node:crypto';
import { describe, test } from 'node:test';
import { PaymentProviderError } from '../../api/src/payments/payment.errors';
import { APP_APPID, APPID, MCHID, outTradeNo } from '../../api/src/payments/payments.test-factories';
import { usePaymentHarness } from './payment-harness';

const h = usePaymentHarness();
const appOrder = (amountFen = 1990) => ({ outTradeNo: outTradeNo(), description: 'DMH 活动报名', amountFen });

describe('sandbox APP pay (APP支付)', () => {
  test('the signed prepay answers a prepay_id; the SDK parameters verify with the merchant key; paying sends the real notification (APP, the app appid)', async () => {
    const input = appOrder(2590);
    const { prepayId, payParams: p } = await h.client().createAppPrepay(input);
    assert.match(prepayId, /^wx\d{14}[0-9a-f]{20}$/);
    assert.deepEqual([p.appid, p.partnerid, p.prepayid, p.package], [APP_APPID, MCHID, prepayId, 'Sign=WXPay']);
    const message = Buffer.from(`${p.appid}\n${p.timestamp}\n${p.noncestr}\n${p.prepayid}\n`);
    assert.equal(verify('sha256', message, h.world.merchant.publicKey, Buffer.from(p.sign, 'base64')), true);

    const again = await h.client().createAppPrepay(input);
    assert.equal(again.prepayId, prepayId, 'the same request twice gets the same prepay_id');

    const paid = await h.post(`/sandbox/pay/${input.outTradeNo}`);
    assert.equal(paid.status, 200);
    const [n] = await h.notified(1);
    assert.equal(n.eventType, 'TRANSACTION.SUCCESS');
    assert.deepEqual([n.transaction?.outTradeNo, n.transaction?.amountTotal, n.payee], [input.outTradeNo, 2590, { mchid: MCHID, appid: APP_APPID }]);
    const queried = await h.client().queryOrder(input.outTradeNo);
    assert.equal(queried.tradeState, 'SUCCESS');
  });

  test("the Official Account's appid is refused for APP pay (APPID_MCHID_NOT_MATCH), as is a client with no app appid", async () => {
    await assert.rejects(h.client({ appAppid: APPID }).createAppPrepay(appOrder()), (err: unknown) =>
      err instanceof PaymentProviderError && err.details.providerCode === 'APPID_MCHID_NOT_MATCH');
    await assert.rejects(h.client({ appAppid: undefined }).createAppPrepay(appOrder()), (err: unknown) =>
      err instanceof PaymentProviderError && err.reason === 'invalid_request');
  });

  test('a request not signed by the merchant is refused (401 SIGN_ERROR)', async () => {
    const unsigned = await fetch(`${h.server.url}/v3/pay/transactions/app`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(unsigned.status, 401);
    assert.equal(((await unsigned.json()) as { code: string }).code, 'SIGN_ERROR');
  });
});
