import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Redis from 'ioredis';
import { call, createOrder, inParallel, login, waitFor } from './support/api-client';
import { one, rows } from './support/db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from './support/factories';
import { assertInvariants } from './support/invariants';
import { paidNotification, payThroughSandbox, sendCallback, sendCallbackUntilAccepted } from './support/payer';
import { balanceOf, currentStack, untilSettled } from './support/suite';
import { externalRows } from './support/external-db';

describe('the paid-order path, end to end on real sidecars', () => {
  test('order → pay at the sandbox → callback → 3 balances → events → external database', async () => {
    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    const referrer = chain[2]; // the deepest distributor refers: it earns level 1, its parent 2, the top 3

    const order = await createOrder(campaignId, nextPhone(), referrer.distributorId);
    assert.equal(order.amount, '99.00');
    const paidAt = Date.now();
    const answer = await payThroughSandbox(order.orderNo);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));

    // Three BalanceActors, credited side by side: any of them may be the last.
    const balances = async () => Promise.all([referrer, chain[1], chain[0]].map((d) => balanceOf(d.userId)));
    await waitFor('three balances credited', async () => (await balances()).every((b) => b !== '0.00'), 10_000, 20);
    const creditedMs = Date.now() - paidAt;
    console.log(`# paid → all rewards credited in ${creditedMs} ms`);
    assert.deepEqual(await balances(), ['10.00', '5.00', '2.00']);

    const token = await login(referrer.username, referrer.password);
    const balance = await call('GET', `/api/v1/rewards/balance/${referrer.userId}`, undefined, token);
    assert.equal(balance.status, 200);
    assert.equal(balance.body.data.balance, '10.00');
    const rewards = await call('GET', `/api/v1/rewards/${referrer.userId}`, undefined, token);
    assert.deepEqual(rewards.body.data.items.map((r: any) => [r.level, r.amount, r.status]), [[1, '10.00', 'settled']]);
    assert.equal((await call('GET', `/api/v1/rewards/balance/${chain[0].userId}`, undefined, token)).status, 404, "another user's balance is not revealed");
    assert.equal((await call('GET', `/api/v1/rewards/balance/${referrer.userId}`)).status, 401, 'no token, no balance');

    const detail = await call('GET', `/api/v1/orders/${order.orderNo}`);
    assert.equal(detail.body.data.status, 'paid');

    await untilSettled();
    const redis = new Redis(currentStack().urls.redis, { lazyConnect: true });
    await redis.connect();
    try {
      const published = async (topic: string) => JSON.stringify(await redis.xrange(topic, '-', '+'));
      assert.match(await published('order.paid'), new RegExp(`order\\.paid:${order.orderId}\\b`), 'order.paid published');
      const settledEvents = await published('reward.settled');
      const rewardIds = (await rows<{ id: string }>('SELECT id FROM rewards WHERE order_id = ?', [order.orderId])).map((r) => r.id);
      for (const id of rewardIds) assert.match(settledEvents, new RegExp(`reward\\.settled:${id}\\b`));
      const feed = await waitFor('the settlement to announce the reward in the feed', async () =>
        (await redis.xrange(`dmh:notifications:${referrer.userId}`, '-', '+')).length > 0 ? redis.xrange(`dmh:notifications:${referrer.userId}`, '-', '+') : false);
      assert.equal(JSON.parse(feed[0][1][1]).amount, '10.00');
    } finally {
      redis.disconnect();
    }

    const external = await externalRows('SELECT status, amount FROM crm_orders WHERE dmh_order_id = ?', [order.orderId]);
    assert.deepEqual(external.map((r: any) => [r.status, r.amount]), [['paid', '99.00']]);
    const externalRewards = await externalRows('SELECT level, amount, status FROM crm_rewards WHERE dmh_order_id = ? ORDER BY level', [order.orderId]);
    assert.deepEqual(externalRewards.map((r: any) => [r.level, r.amount, r.status]), [[1, '10.00', 'settled'], [2, '5.00', 'settled'], [3, '2.00', 'settled']]);
    const logs = await rows("SELECT status FROM sync_logs WHERE entity_type = 'order' AND entity_id = ?", [order.orderId]);
    assert.deepEqual(logs.map((l: any) => l.status), ['success']);
    await assertInvariants();
  });

  test('10 concurrent replays of each callback: one payment, one reward per level', async () => {
    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    const orders = await inParallel([1, 2, 3], 3, () => createOrder(campaignId, nextPhone(), chain[2].distributorId));
    const notifications = orders.map((o) => paidNotification(o.orderNo, 9900));

    const answers = await Promise.all(notifications.flatMap((n) => Array.from({ length: 10 }, () => sendCallback(n))));
    assert.deepEqual(new Set(answers.map((a) => `${a.status} ${a.body?.code}`)), new Set(['200 SUCCESS']), 'every replay answers success');
    await untilSettled();

    for (const [i, o] of orders.entries()) {
      const row = await one<any>('SELECT pay_status, trade_no FROM orders WHERE id = ?', [o.orderId]);
      assert.deepEqual([row.pay_status, row.trade_no], ['paid', notifications[i].transactionId]);
      const levels = await rows<any>('SELECT level, status FROM rewards WHERE order_id = ? ORDER BY level', [o.orderId]);
      assert.deepEqual(levels.map((r) => [r.level, r.status]), [[1, 'settled'], [2, 'settled'], [3, 'settled']]);
    }
    assert.deepEqual([await balanceOf(chain[2].userId), await balanceOf(chain[1].userId), await balanceOf(chain[0].userId)], ['30.00', '15.00', '6.00']);
    const ledger = await one<any>("SELECT COUNT(*) AS n FROM balance_ledger WHERE user_id = ? AND entry_type = 'reward_credit'", [chain[2].userId]);
    assert.equal(Number(ledger.n), 3);
    await assertInvariants();
  });

  test('500 paid orders of one level-1 distributor, callbacks concurrent: balance = sum of its rewards', async () => {
    // 500 at once is more than the API works on at a time (PAYMENT_CALLBACKS_MAX_IN_FLIGHT, 128): the rest are
    // answered 503 + Retry-After at once and sent again, as WeChat Pay does, until every one is accepted.
    const brandId = await createBrand();
    const [top] = await createDistributorChain(brandId, 1);
    const campaignId = await createCampaign(brandId);
    const phones = Array.from({ length: 500 }, () => nextPhone());
    const orders = await inParallel(phones, 25, (phone) => createOrder(campaignId, phone, top.distributorId));
    const notifications = orders.map((o) => paidNotification(o.orderNo, 9900));
    const started = Date.now();
    const answers = await inParallel(notifications, 500, (n) => sendCallbackUntilAccepted(n));
    assert.equal(answers.filter((a) => a[a.length - 1].status === 200).length, 500);
    const shed = answers.flat().filter((a) => a.status === 503);
    assert.ok(shed.every((a) => a.retryAfter === '1'), 'a refused callback carries Retry-After: 1');
    await untilSettled();
    console.log(`# 500 concurrent callbacks for one distributor settled in ${Date.now() - started} ms (${shed.length} refused with 503 and re-sent)`);

    assert.equal(await balanceOf(top.userId), '5000.00');
    const ledger = await one<any>("SELECT COUNT(*) AS n, SUM(amount) AS total FROM balance_ledger WHERE user_id = ? AND entry_type = 'reward_credit'", [top.userId]);
    assert.deepEqual([Number(ledger.n), ledger.total], [500, '5000.00']);
    const dist = await one<any>('SELECT total_earnings, order_count FROM distributors WHERE id = ?', [top.distributorId]);
    assert.deepEqual([dist.total_earnings, Number(dist.order_count)], ['5000.00', 500]);
    await assertInvariants();
  });
});
