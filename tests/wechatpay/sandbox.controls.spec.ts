import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePaymentHarness } from './payment-harness';

const h = usePaymentHarness();

const control = (body: unknown) => h.post('/sandbox/control', body);
const codeOf = async (response: Response) => ((await response.json()) as { code?: string }).code;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sandbox controls: what a test can make WeChat do to notifications', () => {
  it('drops a notification: the merchant hears nothing, the order is still paid at the sandbox', async () => {
    const no = await h.prepaid();
    assert.equal((await control({ out_trade_no: no, notification: { drop: true } })).status, 204);
    const pay = await h.post(`/sandbox/pay/${no}`);
    assert.equal(pay.status, 202);
    assert.equal(await codeOf(pay), 'NOTIFICATION_DROPPED');
    await sleep(100);
    assert.equal(h.received.length, 0);
    assert.equal((await h.client().queryOrder(no)).tradeState, 'SUCCESS');
  });

  it('delays a notification: the payer is answered at once, the merchant hears later', async () => {
    const no = await h.prepaid();
    await control({ out_trade_no: no, notification: { delay_ms: 300 } });
    const pay = await h.post(`/sandbox/pay/${no}`);
    assert.equal(pay.status, 202);
    assert.equal(await codeOf(pay), 'NOTIFICATION_PENDING');
    await sleep(100);
    assert.equal(h.received.length, 0, 'not yet');
    const [notification] = await h.notified(1);
    assert.equal(notification?.transaction?.outTradeNo, no);
  });

  it('duplicates a notification: the same event twice, concurrently', async () => {
    const no = await h.prepaid();
    await control({ out_trade_no: no, notification: { duplicate: true } });
    assert.equal((await h.post(`/sandbox/pay/${no}`)).status, 200);
    const [first, second] = await h.notified(2);
    assert.equal(first?.id, second?.id);
    assert.equal(first?.transaction?.transactionId, second?.transaction?.transactionId);
  });

  it('applies a setting without out_trade_no to every order without its own, until reset', async () => {
    await control({ notification: { drop: true } });
    const own = await h.prepaid();
    await control({ out_trade_no: own, notification: {} });
    const other = await h.prepaid();
    assert.equal((await h.post(`/sandbox/pay/${other}`)).status, 202);
    assert.equal((await h.post(`/sandbox/pay/${own}`)).status, 200);
    await fetch(`${h.server.url}/sandbox/control`, { method: 'DELETE' });
    assert.equal((await h.post(`/sandbox/pay/${other}`)).status, 200, 'after reset, paying again re-delivers');
    assert.deepEqual(h.received.map((n) => n.transaction?.outTradeNo), [own, other]);
  });

  it('refuses an invalid control with PARAM_ERROR and changes nothing', async () => {
    for (const body of [{ notification: { delay_ms: -1 } }, { refund: { status: 'LATER' } }, { out_trade_no: 'D1', bill: { corrupt: true } }, { close: { pay_in_flight: true } }]) {
      const response = await control(body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(await codeOf(response), 'PARAM_ERROR');
    }
    const no = await h.prepaid();
    assert.equal((await h.post(`/sandbox/pay/${no}`)).status, 200);
  });

  it("closes racing a payment in flight: the close answers success, the payment still completes and is notified; once only", async () => {
    const no = await h.prepaid();
    assert.equal((await control({ out_trade_no: no, close: { pay_in_flight: true } })).status, 204);
    await h.client().closeOrder(no);
    assert.equal((await h.client().queryOrder(no)).tradeState, 'NOTPAY', 'the payer is still paying');
    assert.equal((await h.post(`/sandbox/pay/${no}`)).status, 200);
    const [notification] = await h.notified(1);
    assert.equal(notification?.transaction?.outTradeNo, no);
    assert.equal((await h.client().queryOrder(no)).tradeState, 'SUCCESS');

    const other = await h.prepaid();
    await control({ out_trade_no: other, close: { pay_in_flight: true } });
    await h.client().closeOrder(other);
    await h.client().closeOrder(other);
    assert.equal((await h.client().queryOrder(other)).tradeState, 'CLOSED', 'the close after it closes for real');
    assert.equal((await h.post(`/sandbox/pay/${other}`)).status, 400);
  });
});
