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

  const event = (n: number) => ({ eventId: `reward.settled:${n}`, userId: `${100 + n}`, rewardId: `${n}`, amount: '10.00' });
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
    assert.deepEqual(pushed.map((b) => b.map((e) => e.eventId)), [['reward.settled:5']]);
    failNext = true;
    const retry = await post(cloudEvent(event(6)));
    assert.deepEqual([retry.status, await retry.json()], [500, { status: 'RETRY' }]);
  });
});
