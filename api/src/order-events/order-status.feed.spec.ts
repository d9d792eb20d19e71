import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type Redis from 'ioredis';
import { ORDER_STATUS_CHANNEL, OrderStatusFeed, REWARD_FEED_CHANNEL, RewardFeed } from './order-status.feed';

/** Redis pub/sub in memory: publish reaches every subscribed duplicate. */
class FakeRedis extends EventEmitter {
  static subscribers: FakeRedis[] = [];
  channels = new Set<string>();
  duplicateOptions: unknown[] = [];
  duplicate(options?: unknown) {
    this.duplicateOptions.push(options);
    const d = new FakeRedis();
    FakeRedis.subscribers.push(d);
    return d;
  }
  async subscribe(channel: string) {
    this.channels.add(channel);
  }
  async publish(channel: string, message: string) {
    for (const s of FakeRedis.subscribers) if (s.channels.has(channel)) s.emit('message', channel, message);
    return 1;
  }
  async quit() {
    return 'OK';
  }
}

describe('OrderStatusFeed', () => {
  it("hands a change to that order's listeners on every replica, and to no other order's", async () => {
    const redis = new FakeRedis();
    const replicaA = new OrderStatusFeed(() => redis as unknown as Redis);
    const replicaB = new OrderStatusFeed(() => redis as unknown as Redis);
    const heard: string[] = [];
    const stopA = await replicaA.listen('D1', (c) => heard.push(`A:${c.orderNo}:${c.status}`));
    await replicaB.listen('D1', (c) => heard.push(`B:${c.orderNo}`));
    await replicaB.listen('D2', (c) => heard.push(`B:${c.orderNo}`));
    await replicaA.publish({ orderNo: 'D1', status: 'paid', paidAt: '2026-12-01T00:00:00Z' });
    assert.deepEqual(heard.sort(), ['A:D1:paid', 'B:D1']);
    stopA();
    assert.equal(replicaA.listening('D1'), 0);
    assert.equal(replicaB.listening(), 2);
    await replicaA.publish({ orderNo: 'D1', status: 'paid', paidAt: '2026-12-01T00:00:00Z' });
    assert.deepEqual(heard.sort(), ['A:D1:paid', 'B:D1', 'B:D1']);
    // The shared client refuses commands while connecting; the subscriber must not (it subscribes at once).
    assert.deepEqual(redis.duplicateOptions, [{ enableOfflineQueue: true }, { enableOfflineQueue: true }]);
  });

  it('ignores a message that is not JSON and survives a listener that throws', async () => {
    const redis = new FakeRedis();
    const feed = new OrderStatusFeed(() => redis as unknown as Redis);
    const heard: string[] = [];
    await feed.listen('D3', () => {
      throw new Error('boom');
    });
    await feed.listen('D3', (c) => heard.push(c.orderNo));
    await redis.publish(ORDER_STATUS_CHANNEL, 'not json');
    await feed.publish({ orderNo: 'D3', status: 'paid', paidAt: 'x' });
    assert.deepEqual(heard, ['D3']);
  });
});

describe('RewardFeed', () => {
  it("hands a settled reward to its distributor's streams only", async () => {
    const redis = new FakeRedis();
    const feed = new RewardFeed(() => redis as unknown as Redis);
    const heard: string[] = [];
    await feed.listen('42', (e) => heard.push(`42:${e.rewardId}`));
    await feed.listen('43', (e) => heard.push(`43:${e.rewardId}`));
    await redis.publish(REWARD_FEED_CHANNEL, JSON.stringify({ userId: '42', rewardId: '7' }));
    await redis.publish(REWARD_FEED_CHANNEL, JSON.stringify({ rewardId: '8' }));
    assert.deepEqual(heard, ['42:7']);
  });
});
