import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, test } from 'node:test';
import type { Request, Response } from 'express';
import { serveLiveFeed } from './live-feed';
import { compareStreamIds, type LiveStreamReader, liveRewardOf } from './live-stream';

type Entry = [string, string[]];
const entry = (id: string, brandId: string, rewardId = id): Entry => [
  id,
  ['event', JSON.stringify({ eventId: `reward.settled:${rewardId}`, rewardId, orderId: '1', campaignId: '2', brandId, userId: '7', distributorId: '4', level: 1, amount: '10.00', balance: '99.00', settledAt: '2026-12-03T10:00:00.000Z' })],
];

/** A reader whose catch-up answer is given, and which can deliver live entries at any moment. */
function fakeReader(catchUp: Entry[], duringCatchUp: Entry[] = []) {
  const listeners = new Set<(e: Entry[]) => void>();
  const asked: [string | null, number][] = [];
  const reader = {
    async subscribe(listener: (e: Entry[]) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async since(afterId: string | null, count: number) {
      asked.push([afterId, count]);
      for (const l of listeners) l(duringCatchUp);
      return catchUp;
    },
  };
  return { reader: reader as unknown as LiveStreamReader, listeners, asked, deliver: (e: Entry[]) => listeners.forEach((l) => l(e)) };
}

function connection() {
  const req = new EventEmitter() as unknown as Request;
  const written: string[] = [];
  const res = Object.assign(new EventEmitter(), {
    head: 0,
    writeHead(status: number) {
      this.head = status;
    },
    write(chunk: string) {
      written.push(chunk);
      return true;
    },
    end() {
      (this as unknown as EventEmitter).emit('close');
    },
  });
  const events = () =>
    written.join('').split('\n\n').filter((b) => b.startsWith('id: ')).map((b) => {
      const [idLine, , dataLine] = b.split('\n');
      return { id: idLine.slice(4), data: JSON.parse(dataLine.slice(6)) };
    });
  return { req, res: res as unknown as Response & { head: number }, events };
}

describe('live feed (server-sent events)', () => {
  test('a new connection gets the latest rewards of its brands, then live ones, each once, in order', async () => {
    const feed = fakeReader([entry('100-0', '3'), entry('101-0', '9'), entry('102-0', '3')], [entry('102-0', '3'), entry('103-0', '3')]);
    const c = connection();
    await serveLiveFeed(c.req, c.res, { reader: feed.reader, scope: { all: false, brandIds: ['3'] }, lastEventId: null });
    feed.deliver([entry('103-0', '3'), entry('104-0', '9'), entry('105-0', '3')]);
    assert.equal(c.res.head, 200);
    assert.deepEqual(feed.asked, [[null, 20]]);
    assert.deepEqual(c.events().map((e) => e.id), ['100-0', '102-0', '103-0', '105-0'], "another brand's rewards never; held entries after the catch-up, once");
    const first = c.events()[0].data;
    assert.equal(first.balance, undefined, "the beneficiary's balance is not shown to admins");
    assert.deepEqual([first.rewardId, first.amount, first.level, first.brandId], ['100-0', '10.00', 1, '3']);
  });

  test('a reconnect with Last-Event-ID resumes after it: nothing older is sent again', async () => {
    const feed = fakeReader([entry('101-0', '3'), entry('102-5', '3')], [entry('100-9', '3')]);
    const c = connection();
    await serveLiveFeed(c.req, c.res, { reader: feed.reader, scope: { all: true }, lastEventId: '101-0' });
    assert.deepEqual(feed.asked, [['101-0', 500]]);
    assert.deepEqual(c.events().map((e) => e.id), ['102-5']);
  });

  test('closing the connection stops listening; the stream also ends by itself after its lifetime', async () => {
    const feed = fakeReader([]);
    const c = connection();
    await serveLiveFeed(c.req, c.res, { reader: feed.reader, scope: { all: true }, lastEventId: null });
    assert.equal(feed.listeners.size, 1);
    c.req.emit('close');
    assert.equal(feed.listeners.size, 0);
    const d = connection();
    await serveLiveFeed(d.req, d.res, { reader: feed.reader, scope: { all: true }, lastEventId: null, maxSeconds: 0.01 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(feed.listeners.size, 0);
  });

  test('stream ids compare as numbers; unreadable or foreign entries are skipped', () => {
    assert.equal(compareStreamIds('9-0', '10-0') < 0, true);
    assert.equal(compareStreamIds('10-2', '10-10') < 0, true);
    assert.equal(compareStreamIds('10-2', '10-2'), 0);
    assert.equal(liveRewardOf('1-0', ['event', '{not json'], { all: true }), null);
    assert.equal(liveRewardOf('1-0', ['other', '{}'], { all: true }), null);
    assert.equal(liveRewardOf('1-0', entry('1-0', '3')[1], { all: false, brandIds: [] }), null);
  });
});
