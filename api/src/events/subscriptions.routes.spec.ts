import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import express from 'express';
import type { RewardSettledEvent } from '@dmh/shared';
import { REWARD_SETTLED_BULK, subscriptionRoutes } from './subscriptions.routes';

/** The subscription as daprd sees it, over HTTP: bulk and single deliveries, per-event statuses. */
describe('reward.settled subscription', () => {
  let base = '';
  let failNext = false;
  const pushed: RewardSettledEvent[][] = [];
  const server = express()
    .use(subscriptionRoutes(async (events) => {
      if (failNext) {
        failNext = false;
        throw new Error('redis not ready');
      }
      pushed.push([...events]);
    }))
    .listen(0);
  before(async () => {
    if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const event = (n: number): RewardSettledEvent => ({
    eventId: `reward.settled:${n}`, rewardId: `${n}`, orderId: '1', campaignId: '2', brandId: '3', userId: `${100 + n}`, distributorId: '4',
    level: 1, amount: '10.00', balance: '10.00', settledAt: '2026-12-03T10:00:00.000Z',
  });
  const cloudEvent = (data: unknown) => ({ specversion: '1.0', type: 'com.dapr.event.sent', datacontenttype: 'application/json', data });
  const post = (body: unknown) =>
    fetch(`${base}/events/reward-settled`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  test('asks daprd for bulk delivery of reward.settled, and for order.paid (the order-status streams)', async () => {
    const subs = (await (await fetch(`${base}/dapr/subscribe`)).json()) as { topic: string; bulkSubscribe: unknown; route: string }[];
    assert.deepEqual(subs.map((s) => [s.topic, s.bulkSubscribe, s.route]), [['reward.settled', REWARD_SETTLED_BULK, '/events/reward-settled'], ['order.paid', undefined, '/events/order-paid']]);
  });

  test('a bulk delivery: every valid event pushed in one call, a malformed one dropped, a status per entry', async () => {
    pushed.length = 0;
    const res = await post({
      entries: [
        { entryId: 'a', event: cloudEvent(event(1)), contentType: 'application/cloudevents+json' },
        { entryId: 'b', event: cloudEvent({ nothing: true }), contentType: 'application/cloudevents+json' },
        { entryId: 'c', event: cloudEvent(event(2)), contentType: 'application/cloudevents+json' },
      ],
      topic: 'reward.settled',
    });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { statuses: [{ entryId: 'a', status: 'SUCCESS' }, { entryId: 'b', status: 'DROP' }, { entryId: 'c', status: 'SUCCESS' }] });
    assert.deepEqual(pushed.map((batch) => batch.map((e) => e.eventId)), [['reward.settled:1', 'reward.settled:2']]);
  });

  test('the feed unavailable: every valid entry of the delivery comes back as RETRY', async () => {
    failNext = true;
    const res = await post({ entries: [{ entryId: 'x', event: cloudEvent(event(3)) }, { entryId: 'y', event: cloudEvent(event(4)) }] });
    assert.deepEqual(await res.json(), { statuses: [{ entryId: 'x', status: 'RETRY' }, { entryId: 'y', status: 'RETRY' }] });
  });

  test('a single delivery is understood too: SUCCESS, or RETRY with a 500', async () => {
    pushed.length = 0;
    const ok = await post(cloudEvent(event(5)));
    assert.deepEqual([ok.status, await ok.json()], [200, { status: 'SUCCESS' }]);
    assert.deepEqual(pushed, [[event(5)]]);
    failNext = true;
    const retry = await post(cloudEvent(event(6)));
    assert.deepEqual([retry.status, await retry.json()], [500, { status: 'RETRY' }]);
  });

  test('an event that does not match the reward.settled schema is dropped, whatever field is wrong; the rest go through', async () => {
    pushed.length = 0;
    const wrong: Record<string, unknown>[] = [
      { ...event(7), userId: undefined },
      { ...event(7), userId: '07' },
      { ...event(7), level: 4 },
      { ...event(7), amount: '10.001' },
      { ...event(7), balance: 12 },
      { ...event(7), settledAt: 'today' },
    ];
    const res = await post({ entries: [...wrong, event(8)].map((e, i) => ({ entryId: String(i), event: cloudEvent(e) })) });
    const { statuses } = (await res.json()) as { statuses: { status: string }[] };
    assert.deepEqual(statuses.map((s) => s.status), [...wrong.map(() => 'DROP'), 'SUCCESS']);
    assert.deepEqual(pushed, [[event(8)]]);
  });
});
