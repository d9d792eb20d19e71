import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Redis from 'ioredis';
import { logOffset, logSince } from '../../scripts/stack/dapr';
import { API_URL, call, createOrder, inParallel, SANDBOX_URL, waitFor } from './support/api-client';
import { one, rows } from './support/db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from './support/factories';
import { assertInvariants } from './support/invariants';
import { balanceOf, currentStack, untilSettled } from './support/suite';

const OPENID = 'oTestPayer0000000000000001';
/** The order named in this file is paused by the API between WeChat's "paid" and the paid transaction. */
const PAUSE_FILE = join(tmpdir(), 'dmh-payment-watch-test-pause');

/**
 * The suite's stack settings: a 20 s pay window, the first query 1 s after the prepay, at most 2 s apart,
 * the expiry sweep every 2 s, and the test-only pause (payment-watch/test-pause.ts).
 */
export const WATCH_TEST_ENV = {
  ORDER_PAY_WINDOW_SECONDS: '20',
  PAYMENT_QUERY_DELAY_SECONDS: '1',
  PAYMENT_QUERY_MAX_INTERVAL_SECONDS: '2',
  PAYMENT_EXPIRY_MARGIN_SECONDS: '1',
  ORDER_EXPIRY_SWEEP_SECONDS: '2',
  PAYMENT_WATCH_TEST_PAUSE_FILE: PAUSE_FILE,
  PAYMENT_WATCH_TEST_PAUSE_MS: '120000',
};

async function startPayment(orderNo: string): Promise<void> {
  const answer = await call('POST', `/api/v1/orders/${orderNo}/pay`, { openid: OPENID });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
}

async function control(body: unknown): Promise<void> {
  const response = await fetch(`${SANDBOX_URL}/sandbox/control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal(response.status, 204, await response.text());
}

/** The payer pays at the sandbox: its status, and the transaction id WeChat gave the payment. */
async function payAtSandbox(orderNo: string): Promise<{ status: number; transactionId: string | null; code?: string }> {
  const response = await fetch(`${SANDBOX_URL}/sandbox/pay/${orderNo}`, { method: 'POST', signal: AbortSignal.timeout(30_000) });
  const body = (await response.json().catch(() => null)) as { code?: string } | null;
  return { status: response.status, transactionId: response.headers.get('x-sandbox-transaction-id'), ...(body?.code && { code: body.code }) };
}

/** A sign-up as the consumer sends it: its answer, whatever it is. */
function signUp(campaignId: string, phone = nextPhone()) {
  return call('POST', '/api/v1/orders', { campaignId, phone, formData: { name: '测试用户', phone } });
}

const orderView = async (orderNo: string) => (await call('GET', `/api/v1/orders/${orderNo}`)).body.data;

async function published(topic: string): Promise<string> {
  const redis = new Redis(currentStack().urls.redis, { lazyConnect: true });
  await redis.connect();
  try {
    return JSON.stringify(await redis.xrange(topic, '-', '+'));
  } finally {
    redis.disconnect();
  }
}

describe('active query: what no notification said, the query does', () => {
  test('a dropped notification: paid and credited through the query, exactly once', async () => {
    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    const order = await createOrder(campaignId, nextPhone(), chain[2].distributorId);
    const before = await orderView(order.orderNo);
    assert.ok(before.payExpiresAt && Date.parse(before.payExpiresAt) > Date.now(), 'the order has its pay window');

    await control({ out_trade_no: order.orderNo, notification: { drop: true } });
    await startPayment(order.orderNo);
    const paid = await payAtSandbox(order.orderNo);
    assert.deepEqual([paid.status, paid.code], [202, 'NOTIFICATION_DROPPED']);

    const started = Date.now();
    await waitFor('the query to pay the order', async () => (await orderView(order.orderNo)).payStatus === 'paid', 15_000, 100);
    console.log(`# paid by the active query ${Date.now() - started} ms after the payment`);
    await untilSettled();
    const row = await one<any>('SELECT status, pay_status, trade_no FROM orders WHERE id = ?', [order.orderId]);
    assert.deepEqual([row.status, row.pay_status, row.trade_no], ['paid', 'paid', paid.transactionId]);
    const rewards = await rows<any>('SELECT level, amount, status FROM rewards WHERE order_id = ? ORDER BY level', [order.orderId]);
    assert.deepEqual(rewards.map((r) => [r.level, r.amount, r.status]), [[1, '10.00', 'settled'], [2, '5.00', 'settled'], [3, '2.00', 'settled']]);
    assert.deepEqual([await balanceOf(chain[2].userId), await balanceOf(chain[1].userId), await balanceOf(chain[0].userId)], ['10.00', '5.00', '2.00']);
    await assertInvariants();
  });

  test('a notification and a query racing for one order, 50 times: one payment and one credit set each', async () => {
    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    const orders = await inParallel(Array.from({ length: 50 }, (_, i) => i), 10, () => createOrder(campaignId, nextPhone(), chain[2].distributorId));
    await inParallel(orders, 10, (o) => startPayment(o.orderNo));

    const transactions = await inParallel(orders, 10, async (o, i) => {
      // The sandbox takes the payment now and notifies 0–60 ms later; the query is fired at once beside it.
      await control({ out_trade_no: o.orderNo, notification: { delay_ms: (i * 7) % 61 } });
      const paid = await payAtSandbox(o.orderNo);
      const job = await fetch(`${API_URL}/job/pay-watch.${o.orderNo}.1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      assert.equal(job.status, 200);
      return paid.transactionId;
    });
    await waitFor('all 50 paid', async () => Number((await one<any>(
      `SELECT COUNT(*) AS n FROM orders WHERE id IN (?) AND pay_status = 'paid'`, [orders.map((o) => o.orderId)])).n) === 50, 30_000, 200);
    await untilSettled();

    for (const [i, o] of orders.entries()) {
      const row = await one<any>('SELECT pay_status, trade_no FROM orders WHERE id = ?', [o.orderId]);
      assert.deepEqual([row.pay_status, row.trade_no], ['paid', transactions[i]]);
    }
    const perOrder = await rows<any>('SELECT order_id, COUNT(*) AS n FROM rewards WHERE order_id IN (?) GROUP BY order_id', [orders.map((o) => o.orderId)]);
    assert.deepEqual(new Set(perOrder.map((r) => Number(r.n))), new Set([3]), 'three rewards per order');
    assert.equal(perOrder.length, 50);
    assert.deepEqual([await balanceOf(chain[2].userId), await balanceOf(chain[1].userId), await balanceOf(chain[0].userId)], ['500.00', '250.00', '100.00']);
    const duplicates = await rows("SELECT * FROM security_events WHERE type = 'payment_duplicate_trade'");
    assert.deepEqual(duplicates, [], 'no second payment was seen');
    await assertInvariants();
  });
});

describe('expiry and close: an unpaid order past its window', () => {
  test('closed at the sandbox and in DMH, its seat back; a late payment honoured with room, refunded without', { timeout: 180_000 }, async () => {
    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const full = await createCampaign(brandId, { quota: 1 });
    const fullLate = await createCampaign(brandId, { quota: 1 });
    const roomy = await createCampaign(brandId, { quota: 5 });

    const unpaid = await createOrder(full, nextPhone(), chain[2].distributorId);
    // Never prepaid, so never watched: only the sweep can close it.
    const unwatched = await createOrder(roomy, nextPhone());
    const refused = await signUp(full);
    assert.equal(refused.status, 409, 'sold out while the unpaid order holds the seat');
    const noRoom = await createOrder(fullLate, nextPhone(), chain[2].distributorId);
    const withRoom = await createOrder(roomy, nextPhone(), chain[2].distributorId);
    await Promise.all([unpaid, noRoom, withRoom].map((o) => startPayment(o.orderNo)));
    // WeChat's race: the close answers success while the payer's payment is already in flight.
    await control({ out_trade_no: noRoom.orderNo, close: { pay_in_flight: true } });
    await control({ out_trade_no: withRoom.orderNo, close: { pay_in_flight: true } });

    const closedAll = await waitFor('the three orders to be closed', async () => {
      const views = await Promise.all([unpaid, noRoom, withRoom].map((o) => orderView(o.orderNo)));
      return views.every((v) => v.status === 'cancelled') ? views : false;
    }, 60_000, 250);
    for (const view of closedAll) {
      assert.equal(view.closeReason, 'expired');
      assert.ok(Date.parse(view.closedAt) >= Date.parse(view.payExpiresAt), 'closed once its window had passed');
      assert.equal(view.payStatus, 'unpaid');
    }
    await waitFor('the sweep to close the order nobody watched', async () => (await orderView(unwatched.orderNo)).status === 'cancelled', 30_000, 250);
    const sweepClosed = await orderView(unwatched.orderNo);
    assert.deepEqual([sweepClosed.closeReason, sweepClosed.payStatus], ['expired', 'unpaid']);
    const atSandbox = await payAtSandbox(unpaid.orderNo);
    assert.deepEqual([atSandbox.status, atSandbox.code], [400, 'ORDER_CLOSED'], 'closed at the sandbox: it takes no payment');
    const expiredPay = await call('POST', `/api/v1/orders/${unpaid.orderNo}/pay`, { openid: OPENID });
    assert.equal(expiredPay.status, 409);
    assert.match(expiredPay.body.message, /expired/);
    assert.equal((await signUp(full)).status, 201, 'its seat is back');
    // fullLate's seat goes to someone else before the late payment arrives.
    await createOrder(fullLate, nextPhone());
    assert.match(await published('order.closed'), new RegExp(`order\\.closed:${unpaid.orderId}\\b`));

    // The payments that were in flight complete and are notified.
    const [late, lateRoom] = await Promise.all([payAtSandbox(noRoom.orderNo), payAtSandbox(withRoom.orderNo)]);
    assert.equal(late.status, 200);
    assert.equal(lateRoom.status, 200);

    await waitFor('the late payment with room to be paid', async () => (await orderView(withRoom.orderNo)).status === 'paid', 15_000);
    await waitFor('the late payment without room to be refunded', async () => (await orderView(noRoom.orderNo)).payStatus === 'refunded', 15_000);
    await untilSettled();

    const seated = await orderView(withRoom.orderNo);
    assert.deepEqual([seated.status, seated.payStatus, seated.tradeNo, seated.refundReason], ['paid', 'paid', lateRoom.transactionId, null]);
    assert.equal((await rows('SELECT id FROM rewards WHERE order_id = ?', [withRoom.orderId])).length, 3, 'credited as any paid order');

    const refunded = await orderView(noRoom.orderNo);
    // Closed it stays (it never took a seat); its pay status says the money went back.
    assert.deepEqual([refunded.status, refunded.payStatus, refunded.tradeNo, refunded.closeReason], ['cancelled', 'refunded', late.transactionId, 'expired']);
    assert.equal(refunded.refundReason, '活动名额已满，已自动退款');
    assert.deepEqual(await rows('SELECT id FROM rewards WHERE order_id = ?', [noRoom.orderId]), [], 'no seat, no rewards');
    const refund = await one<any>('SELECT amount, status, requested_by FROM refunds WHERE order_id = ?', [noRoom.orderId]);
    assert.deepEqual([refund.amount, refund.status, refund.requested_by], ['99.00', 'success', null]);
    const seats = await one<any>("SELECT COUNT(*) AS n FROM orders WHERE campaign_id = ? AND status IN ('pending', 'paid')", [fullLate]);
    assert.equal(Number(seats.n), 1, 'the quota of 1 still holds');

    const lateEvents = await published('order.late-payment');
    assert.match(lateEvents, new RegExp(`order\\.late-payment:${withRoom.orderId}\\b[^\\]]*seated`));
    assert.match(lateEvents, new RegExp(`order\\.late-payment:${noRoom.orderId}\\b[^\\]]*refunded`));
    await assertInvariants();
  });
});

describe('signing up again after a close', () => {
  test('the phone of a closed order signs up again; a late payment of the closed order is then refunded, not seated twice', { timeout: 120_000 }, async () => {
    const campaign = await createCampaign(await createBrand(), { quota: 5 });
    const phone = nextPhone();
    const offset = logOffset(currentStack().cfg, 'api');
    const first = await createOrder(campaign, phone);
    await startPayment(first.orderNo);
    await control({ out_trade_no: first.orderNo, close: { pay_in_flight: true } });
    const whileOpen = await signUp(campaign, phone);
    assert.deepEqual([whileOpen.status, whileOpen.body.code], [409, 40001], 'one live sign-up per phone');

    await waitFor('the unpaid order to be closed', async () => (await orderView(first.orderNo)).status === 'cancelled', 60_000, 250);
    const again = await signUp(campaign, phone);
    assert.equal(again.status, 201, JSON.stringify(again.body));
    assert.notEqual(again.body.data.orderNo, first.orderNo);

    // The payment that was in flight when the first order closed completes: the phone's new order keeps it.
    assert.equal((await payAtSandbox(first.orderNo)).status, 200);
    await waitFor('the closed order\'s payment to be refunded', async () => (await orderView(first.orderNo)).payStatus === 'refunded', 30_000);
    await untilSettled();
    const [old, current] = [await orderView(first.orderNo), await orderView(again.body.data.orderNo)];
    assert.deepEqual([old.status, old.payStatus, old.refundReason], ['cancelled', 'refunded', '您已重新报名，本笔付款已自动退款']);
    // Applied at the first notification: a refunded status would have made the old order hold the phone again,
    // which the unique key refused while the new order lived (answered 500, applied only once it closed).
    assert.doesNotMatch(logSince(currentStack().cfg, 'api', offset), /notification callback failed/);
    // The new order is untouched by the old payment (this suite's 20 s window may have closed it since).
    assert.deepEqual([current.payStatus, current.tradeNo], ['unpaid', null]);
    assert.ok(current.status === 'pending' || current.closeReason === 'expired', JSON.stringify(current));
    const seated = await rows("SELECT id FROM orders WHERE campaign_id = ? AND phone = ? AND status = 'paid'", [campaign, phone]);
    assert.equal(seated.length, 0, 'the old payment seated nothing beside the new order');
    await assertInvariants();
  });
});

describe('a crash between the query and the paid transaction', () => {
  test('the API SIGKILLed after WeChat said paid, before the paid transaction: after restart, paid and credited once', { timeout: 180_000 }, async () => {
    const stack = currentStack();
    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    const order = await createOrder(campaignId, nextPhone(), chain[2].distributorId);
    const offset = logOffset(stack.cfg, 'api');
    writeFileSync(PAUSE_FILE, order.orderNo);
    try {
      await control({ out_trade_no: order.orderNo, notification: { drop: true } });
      await startPayment(order.orderNo);
      const paid = await payAtSandbox(order.orderNo);
      assert.equal(paid.code, 'NOTIFICATION_DROPPED');
      await waitFor('the watch to pause after the query', async () => {
        const log = logSince(stack.cfg, 'api', offset);
        return log.includes('test pause') && log.includes(order.orderNo);
      }, 20_000, 100);
      await stack.kill('api', 'SIGKILL');
    } finally {
      rmSync(PAUSE_FILE, { force: true });
    }
    const atKill = await one<any>('SELECT status, pay_status FROM orders WHERE id = ?', [order.orderId]);
    assert.deepEqual([atKill.status, atKill.pay_status], ['pending', 'unpaid'], 'killed before the paid transaction');

    await stack.startProcess('api');
    await waitFor('the order to be paid after the restart', async () => (await orderView(order.orderNo)).payStatus === 'paid', 60_000, 200);
    await untilSettled();
    const rewards = await rows<any>('SELECT level, status FROM rewards WHERE order_id = ? ORDER BY level', [order.orderId]);
    assert.deepEqual(rewards.map((r) => [r.level, r.status]), [[1, 'settled'], [2, 'settled'], [3, 'settled']]);
    assert.deepEqual([await balanceOf(chain[2].userId), await balanceOf(chain[1].userId), await balanceOf(chain[0].userId)], ['10.00', '5.00', '2.00']);
    await assertInvariants();
  });
});
