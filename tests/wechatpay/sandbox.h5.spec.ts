import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { outTradeNo } from '../../api/src/payments/payments.test-factories';
import { usePaymentHarness } from './payment-harness';

const h = usePaymentHarness();
const h5Order = (amountFen = 990) => ({ outTradeNo: outTradeNo(), description: 'DMH 活动报名', amountFen, payerClientIp: '203.0.113.9' });

describe('sandbox H5 pay (手机网站支付)', () => {
  test('the signed prepay answers an h5_url; its page, confirmed, pays with the real notification and goes to redirect_url', async () => {
    const input = h5Order(2590);
    const { h5Url } = await h.client().createH5Prepay(input);
    assert.match(h5Url, /^http:\/\/127\.0\.0\.1:\d+\/sandbox\/h5pay\/checkmweb\?prepay_id=wx\d{14}[0-9a-f]{20}&package=[0-9a-f]{24}$/);
    const back = 'http://127.0.0.1:3100/o/' + input.outTradeNo;
    const shown = await fetch(`${h5Url}&redirect_url=${encodeURIComponent(back)}`);
    assert.equal(shown.status, 200);
    const html = await shown.text();
    assert.match(html, /¥25\.90/);
    const ticket = new URL(h5Url).searchParams.get('package')!;
    const confirmed = await fetch(`${h.server.url}/sandbox/h5pay/confirm`, {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ package: ticket, redirect_url: back }).toString(),
    });
    assert.equal(confirmed.status, 302);
    assert.equal(confirmed.headers.get('location'), back);
    const [n] = await h.notified(1);
    assert.equal(n.eventType, 'TRANSACTION.SUCCESS');
    assert.equal((n as any).transaction.outTradeNo, input.outTradeNo);
    const again = await fetch(`${h.server.url}/sandbox/h5pay/confirm`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `package=${ticket}` });
    assert.equal(again.status, 410, 'an h5_url pays once');
  });

  test('a forged package or another prepay_id is an expired link; a request not signed by the merchant is refused', async () => {
    const { h5Url } = await h.client().createH5Prepay(h5Order());
    const forged = new URL(h5Url);
    forged.searchParams.set('package', '0'.repeat(24));
    assert.equal((await fetch(forged)).status, 410);
    const unsigned = await fetch(`${h.server.url}/v3/pay/transactions/h5`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(unsigned.status, 401);
  });

  test('asked again, the same order gets a new h5_url (a fresh one when the first expired)', async () => {
    const input = h5Order();
    const a = await h.client().createH5Prepay(input);
    const b = await h.client().createH5Prepay(input);
    assert.notEqual(a.h5Url, b.h5Url);
    assert.equal(new URL(a.h5Url).searchParams.get('prepay_id'), new URL(b.h5Url).searchParams.get('prepay_id'));
  });
});
