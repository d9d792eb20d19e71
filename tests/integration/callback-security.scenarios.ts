import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, test } from 'node:test';
import { call, createOrder } from './support/api-client';
import { one } from './support/db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from './support/factories';
import { paidNotification, sandbox, sendCallback } from './support/payer';

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
    const bad = await call('POST', '/api/v1/orders', { campaignId, phone: '123', formData: { phone: '123', balance: '1000' } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 40000);
    assert.deepEqual(bad.body.data.errors.map((e: any) => e.field).sort(), ['body.phone', 'body.formData.balance', 'body.formData.name', 'body.formData.phone'].sort());
    const extra = await call('POST', '/api/v1/orders', { campaignId, phone: '13900000001', formData: { name: 'a', phone: '13900000001' }, balance: '1' });
    assert.equal(extra.status, 400);
    assert.equal(extra.body.data.errors[0].field, 'body.balance');
    const phone = nextPhone();
    assert.equal((await call('POST', '/api/v1/orders', { campaignId, phone, formData: { name: 'a', phone } })).status, 201);
    const dup = await call('POST', '/api/v1/orders', { campaignId, phone, formData: { name: 'b', phone } });
    assert.deepEqual([dup.status, dup.body.code], [409, 40001]);
    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM orders')).n), before + 1);
  });
});
