import assert from 'node:assert/strict';
import { verify } from 'node:crypto';
import { describe, test } from 'node:test';
import { SANDBOX_URL, call, createOrder } from '../support/api-client';
import { nextPhone } from '../support/factories';
import { merchantPublicKey } from '../support/payer';
import { untilSettled } from '../support/suite';
import { money, rewardSetup } from './money.helpers';

describe('orders: WeChat Pay APP (the mobile app, sandbox)', () => {
  test("the prepay's SDK parameters verify with the merchant key; the payer pays at the sandbox; the order is paid and the reward credited once", async () => {
    const { chain, campaignId } = await rewardSetup(1);
    const order = await createOrder(campaignId, nextPhone(), chain[0].distributorId);
    const first = await call('POST', `/api/v1/orders/${order.orderNo}/pay/app`);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const p = first.body.data.payParams;
    assert.deepEqual([first.body.data.orderNo, p.appid, p.partnerid, p.package], [order.orderNo, 'wxdmhsandboxapp0001', '1900000001', 'Sign=WXPay']);
    const signed = Buffer.from(`${p.appid}\n${p.timestamp}\n${p.noncestr}\n${p.prepayid}\n`);
    assert.equal(verify('sha256', signed, merchantPublicKey(), Buffer.from(p.sign, 'base64')), true, 'the sign verifies with the merchant public key');
    assert.ok(Math.abs(Number(p.timestamp) - Date.now() / 1000) < 60);

    const second = await call('POST', `/api/v1/orders/${order.orderNo}/pay/app`);
    assert.equal(second.status, 200);
    assert.equal(second.body.data.payParams.prepayid, p.prepayid, 'asked again: the same prepay');
    assert.equal((await call('GET', `/api/v1/orders/${order.orderNo}`)).body.data.payStatus, 'unpaid', 'a prepay is not a payment');

    const pay = () => fetch(`${SANDBOX_URL}/sandbox/pay/${order.orderNo}`, { method: 'POST', signal: AbortSignal.timeout(30_000) });
    assert.equal((await pay()).status, 200, 'the API accepted the v3 notification of an APP payment (the app appid is ours)');
    await untilSettled();
    assert.equal((await call('GET', `/api/v1/orders/${order.orderNo}`)).body.data.payStatus, 'paid');
    assert.equal((await money(chain[0].userId)).total_reward, '10.00');

    assert.equal((await pay()).status, 200, 'WeChat delivers the same notification again');
    await untilSettled();
    assert.equal((await money(chain[0].userId)).total_reward, '10.00', 'credited once');
    const again = await call('POST', `/api/v1/orders/${order.orderNo}/pay/app`);
    assert.deepEqual([again.status, again.body.code], [409, 40007], 'a paid order gets no new prepay');
  });

  test('an unknown order is 404, a malformed order number 400 naming the field', async () => {
    const missing = await call('POST', '/api/v1/orders/D20260101000000ABCDEFABCDEF/pay/app');
    assert.equal(missing.status, 404);
    const malformed = await call('POST', '/api/v1/orders/nope/pay/app');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.data.errors[0].field, 'params.orderNo');
  });
});
