import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, test } from 'node:test';
import { API_URL, call, createOrder } from './support/api-client';
import { one, rows } from './support/db';
import { externalRows } from './support/external-db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from './support/factories';
import { assertInvariants } from './support/invariants';
import { paidNotification, sandbox, sendCallback } from './support/payer';
import { untilSettled } from './support/suite';
import { refundNotification, sendRefundCallback } from './api/money.helpers';

const OTHER_MCHID = '1900000999';
const OTHER_APPID = 'wxotherapp000000001';

/** WeChat's failure answer, exactly: `{code: "FAIL", message}`, nothing else (never the API envelope). */
function assertWechatFail(answer: { status: number; body: any }, status: number, what: string): void {
  assert.equal(answer.status, status, `${what}: ${JSON.stringify(answer.body)}`);
  assert.deepEqual(Object.keys(answer.body ?? {}).sort(), ['code', 'message'], what);
  assert.equal(answer.body.code, 'FAIL', what);
  assert.equal(typeof answer.body.message, 'string', what);
}

async function lastEventId(): Promise<number> {
  return Number((await one<any>('SELECT COALESCE(MAX(id), 0) AS id FROM security_events')).id);
}

async function eventsSince(id: number, type: string): Promise<Record<string, any>[]> {
  const found = await rows<any>('SELECT detail FROM security_events WHERE id > ? AND type = ? ORDER BY id', [id, type]);
  return found.map((r) => (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail));
}

/** Everything that is not a genuine, fresh, intact WeChat Pay notification is refused and changes nothing. */
describe('payment callbacks that must be refused', () => {
  test('forged, wrongly signed, stale, tampered, unknown or short-paid: refused, nothing written', async () => {
    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    const order = await createOrder(campaignId, nextPhone(), chain[2].distributorId);
    const eventsBefore = Number((await one<any>('SELECT COUNT(*) AS n FROM security_events')).n);

    const genuine = paidNotification(order.orderNo, 9900);
    const forged = { ...genuine, headers: { ...genuine.headers, 'Wechatpay-Signature': Buffer.alloc(256, 7).toString('base64') } };
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const wrongKey = paidNotification(order.orderNo, 9900, sandbox({ platformPrivateKey: otherKey }));
    const stale = paidNotification(order.orderNo, 9900, sandbox({ now: () => Date.now() - 301_000 }));
    const envelope = JSON.parse(genuine.body.toString());
    const c = Buffer.from(envelope.resource.ciphertext, 'base64');
    c[3] ^= 0xff;
    envelope.resource.ciphertext = c.toString('base64');
    const tamperedBody = JSON.stringify(envelope);
    // Re-signed with the real platform key, so it is the decryption (GCM tag) that must catch it.
    const tampered = { headers: { 'Content-Type': 'application/json', ...sandbox().sign(tamperedBody) }, body: Buffer.from(tamperedBody) };
    const bodyChanged = { headers: genuine.headers, body: Buffer.from(JSON.stringify(JSON.parse(genuine.body.toString()), null, 1)) };
    const unknownOrder = paidNotification('D20260101000000ZZZZZZZZZZZZ', 9900);
    const shortPaid = paidNotification(order.orderNo, 100);

    const cases: [string, { headers: Record<string, string>; body: Buffer }, number][] = [
      ['forged signature', forged, 401],
      ['signed by another key', wrongKey, 401],
      ['timestamp 301 s old', stale, 401],
      ['tampered ciphertext', tampered, 401],
      ['body re-serialised after signing', bodyChanged, 401],
      ['unknown trade number', unknownOrder, 404],
      ['amount differs from the order', shortPaid, 400],
    ];
    for (const [name, message, status] of cases) {
      const answer = await sendCallback(message);
      assert.equal(answer.status, status, `${name}: ${JSON.stringify(answer.body)}`);
      assert.equal(answer.body.code, 'FAIL', name);
    }

    const row = await one<any>('SELECT status, pay_status, trade_no FROM orders WHERE id = ?', [order.orderId]);
    assert.deepEqual([row.status, row.pay_status, row.trade_no], ['pending', 'unpaid', null], 'the order did not change');
    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM rewards WHERE order_id = ?', [order.orderId])).n), 0);
    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM outbox WHERE aggregate_id = ?', [order.orderId])).n), 0);
    const eventsAfter = Number((await one<any>('SELECT COUNT(*) AS n FROM security_events')).n);
    assert.equal(eventsAfter - eventsBefore, cases.length, 'each refusal is a security event');

    // The genuine notification still works afterwards.
    assert.equal((await sendCallback(genuine)).status, 200);
  });

  test('bad sign-up input: a clear error naming the field, nothing written', async () => {
    const brandId = await createBrand();
    const campaignId = await createCampaign(brandId);
    const before = Number((await one<any>('SELECT COUNT(*) AS n FROM orders')).n);
    // Two stages: the request's shape (the document's rules) first, then the campaign's own form.
    const badShape = await call('POST', '/api/v1/orders', { campaignId, phone: '123', formData: { phone: '123', balance: '1000' } });
    assert.equal(badShape.status, 400);
    assert.equal(badShape.body.code, 40000);
    assert.deepEqual(badShape.body.data.errors.map((e: any) => e.field), ['body.phone']);
    const badForm = await call('POST', '/api/v1/orders', { campaignId, formData: { phone: '123', balance: '1000' } });
    assert.equal(badForm.status, 400);
    assert.equal(badForm.body.code, 40000);
    assert.deepEqual(badForm.body.data.errors.map((e: any) => e.field).sort(), ['body.formData.balance', 'body.formData.name', 'body.formData.phone']);
    const extra = await call('POST', '/api/v1/orders', { campaignId, phone: '13900000001', formData: { name: 'a', phone: '13900000001' }, balance: '1' });
    assert.equal(extra.status, 400);
    assert.equal(extra.body.data.errors[0].field, 'body.balance');
    const phone = nextPhone();
    assert.equal((await call('POST', '/api/v1/orders', { campaignId, phone, formData: { name: 'a', phone } })).status, 201);
    const dup = await call('POST', '/api/v1/orders', { campaignId, phone, formData: { name: 'b', phone } });
    assert.deepEqual([dup.status, dup.body.code], [409, 40001]);
    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM orders')).n), before + 1);
  });

  test("genuine notifications for another merchant or app: refused in WeChat's form, nothing written, a security event", async () => {
    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    const order = await createOrder(campaignId, nextPhone(), chain[2].distributorId);
    const since = await lastEventId();

    // Signed with the real platform key and encrypted with the real APIv3 key: only mchid / appid are not ours.
    const otherMerchant = paidNotification(order.orderNo, 9900, sandbox({ mchid: OTHER_MCHID }));
    const otherApp = paidNotification(order.orderNo, 9900, sandbox({ appid: OTHER_APPID }));
    assertWechatFail(await sendCallback(otherMerchant), 400, 'TRANSACTION.SUCCESS for another mchid');
    assertWechatFail(await sendCallback(otherApp), 400, 'TRANSACTION.SUCCESS for another appid');
    assertWechatFail(await sendRefundCallback(otherMerchant), 400, 'the same at the refund URL');

    const row = await one<any>('SELECT status, pay_status, trade_no FROM orders WHERE id = ?', [order.orderId]);
    assert.deepEqual([row.status, row.pay_status, row.trade_no], ['pending', 'unpaid', null], 'the order is not paid');
    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM rewards WHERE order_id = ?', [order.orderId])).n), 0, 'no reward');
    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM outbox WHERE aggregate_id = ?', [order.orderId])).n), 0, 'no outbox row');
    const refused = await eventsSince(since, 'payment_merchant_mismatch');
    assert.deepEqual(
      refused.map((e) => [e.outTradeNo, e.field, e.got]),
      [[order.orderNo, 'mchid', OTHER_MCHID], [order.orderNo, 'appid', OTHER_APPID], [order.orderNo, 'mchid', OTHER_MCHID]],
      'each refusal is a security event naming what differed',
    );

    // Ours is still accepted, and paid once; a refund naming another merchant then changes nothing.
    const genuine = paidNotification(order.orderNo, 9900);
    assert.equal((await sendCallback(genuine)).status, 200);
    await untilSettled();
    const rewardsBefore = await rows<any>('SELECT id, status FROM rewards WHERE order_id = ? ORDER BY level', [order.orderId]);
    assert.equal(rewardsBefore.length, 3);
    const refundSince = await lastEventId();
    const otherRefund = refundNotification(order.orderNo, 9900, 9900, `RM${order.orderNo}`, sandbox({ mchid: OTHER_MCHID }));
    assertWechatFail(await sendRefundCallback(otherRefund), 400, 'REFUND.SUCCESS for another mchid');
    assertWechatFail(await sendCallback(otherRefund), 400, 'the same at the payment URL');

    const paid = await one<any>('SELECT status, pay_status, trade_no FROM orders WHERE id = ?', [order.orderId]);
    assert.deepEqual([paid.status, paid.pay_status, paid.trade_no], ['paid', 'paid', genuine.transactionId], 'the order is not refunded');
    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM refunds WHERE order_id = ?', [order.orderId])).n), 0, 'no refund row');
    assert.deepEqual(await rows<any>('SELECT id, status FROM rewards WHERE order_id = ? ORDER BY level', [order.orderId]), rewardsBefore, 'no reward reversed');
    assert.equal(Number((await one<any>("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'order.refund' AND aggregate_id = ?", [order.orderId])).n), 0);
    assert.deepEqual((await eventsSince(refundSince, 'refund_merchant_mismatch')).map((e) => [e.outTradeNo, e.field, e.got]),
      [[order.orderNo, 'mchid', OTHER_MCHID], [order.orderNo, 'mchid', OTHER_MCHID]]);

    await untilSettled();
    const external = await externalRows<any>('SELECT status FROM crm_orders WHERE dmh_order_id = ?', [order.orderId]);
    assert.deepEqual(external.map((r) => r.status), ['paid'], 'synced once, as paid');
    await assertInvariants();
  });

  test("a body over the limit: 413 in WeChat's form on both callbacks, nothing recorded", async () => {
    const since = await lastEventId();
    for (const path of ['/api/v1/orders/payment/callback', '/api/v1/orders/refund/callback']) {
      const response = await fetch(`${API_URL}${path}`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: Buffer.alloc(64 * 1024 + 1, 0x20), signal: AbortSignal.timeout(30_000),
      });
      assertWechatFail({ status: response.status, body: await response.json().catch(() => null) }, 413, path);
    }
    assert.equal(await lastEventId(), since, 'a body never read is not a notification: no security event');
  });
});
