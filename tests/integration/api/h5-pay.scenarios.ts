import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { call, createOrder } from '../support/api-client';
import { createBrand, createCampaign } from '../support/factories';

const phone = () => `137${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, '0')}`;

async function paidWithin(orderNo: string, ms: number): Promise<string> {
  const deadline = Date.now() + ms;
  let status = '';
  while (Date.now() < deadline) {
    status = (await call('GET', `/api/v1/orders/${orderNo}`)).body.data?.payStatus;
    if (status === 'paid') return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  return status;
}

describe('orders: WeChat Pay H5 (sandbox checkmweb page)', () => {
  test('an h5_url per call; its page, confirmed, notifies the API and returns to the order page; the order is paid by the notification', async () => {
    const campaign = await createCampaign(await createBrand());
    const order = await createOrder(campaign, phone());
    const first = await call('POST', `/api/v1/orders/${order.orderNo}/pay/h5`);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const second = await call('POST', `/api/v1/orders/${order.orderNo}/pay/h5`);
    assert.notEqual(second.body.data.h5Url, first.body.data.h5Url, 'a fresh h5_url each time');
    const h5Url = new URL(second.body.data.h5Url);
    const back = h5Url.searchParams.get('redirect_url')!;
    assert.equal(new URL(back).pathname, `/o/${order.orderNo}`);
    assert.ok(Date.parse(second.body.data.expiresAt) - Date.now() <= 5 * 60_000);

    const shown = await fetch(h5Url);
    assert.equal(shown.status, 200);
    assert.equal((await call('GET', `/api/v1/orders/${order.orderNo}`)).body.data.payStatus, 'unpaid', 'showing the page is not paying');
    const confirmed = await fetch(new URL('/sandbox/h5pay/confirm', h5Url), {
      method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ package: h5Url.searchParams.get('package')!, redirect_url: back }).toString(),
    });
    assert.equal(confirmed.status, 302);
    assert.equal(confirmed.headers.get('location'), back);
    assert.equal(await paidWithin(order.orderNo, 5000), 'paid');
    const again = await call('POST', `/api/v1/orders/${order.orderNo}/pay/h5`);
    assert.equal(again.status, 409, 'a paid order gets no h5_url');
    assert.equal(again.body.code, 40007);
  });
});
