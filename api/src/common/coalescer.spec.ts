import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Coalescer } from './coalescer';

/** A send whose calls are answered by hand, to see exactly what went out in which call. */
function manualSend() {
  const calls: { key: string; items: number[]; answer: (fail?: Error) => void }[] = [];
  const send = (key: string, items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({ key, items, answer: (fail) => (fail ? reject(fail) : resolve(items.map((i) => `${key}:${i}`))) });
    });
  return { calls, send };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('Coalescer (one call in flight per key, the rest batched)', () => {
  test('a quiet key is sent at once; what arrives meanwhile goes out together in the next call', async () => {
    const { calls, send } = manualSend();
    const c = new Coalescer(send, 100);
    const first = c.submit('a', 1);
    const later = [c.submit('a', 2), c.submit('a', 3), c.submit('a', 4)];
    await settle();
    assert.deepEqual(calls.map((x) => x.items), [[1]]);
    calls[0].answer();
    assert.equal(await first, 'a:1');
    await settle();
    assert.deepEqual(calls.map((x) => x.items), [[1], [2, 3, 4]]);
    calls[1].answer();
    assert.deepEqual(await Promise.all(later), ['a:2', 'a:3', 'a:4']);
    assert.equal(c.pendingKeys, 0);
  });

  test('keys do not wait for each other', async () => {
    const { calls, send } = manualSend();
    const c = new Coalescer(send, 100);
    void c.submit('a', 1);
    void c.submit('b', 1);
    await settle();
    assert.deepEqual(calls.map((x) => x.key), ['a', 'b']);
  });

  test('batches are capped at maxBatch', async () => {
    const { calls, send } = manualSend();
    const c = new Coalescer(send, 2);
    const all = [1, 2, 3, 4, 5].map((i) => c.submit('a', i));
    await settle();
    calls[0].answer();
    await settle();
    calls[1].answer();
    await settle();
    calls[2].answer();
    await Promise.all(all);
    assert.deepEqual(calls.map((x) => x.items), [[1], [2, 3], [4, 5]]);
  });

  test('with maxInFlight > 1 a key has that many calls out at once, then batches', async () => {
    const { calls, send } = manualSend();
    const c = new Coalescer(send, 100, 2);
    const all = [1, 2, 3, 4].map((i) => c.submit('t', i));
    await settle();
    assert.deepEqual(calls.map((x) => x.items), [[1], [2]]);
    calls[0].answer();
    await settle();
    assert.deepEqual(calls.map((x) => x.items), [[1], [2], [3, 4]]);
    calls[1].answer();
    calls[2].answer();
    assert.deepEqual(await Promise.all(all), ['t:1', 't:2', 't:3', 't:4']);
  });

  test('a failed call fails every item of it, and the next batch still goes out', async () => {
    const { calls, send } = manualSend();
    const c = new Coalescer(send, 100);
    const first = c.submit('a', 1);
    const second = c.submit('a', 2);
    await settle();
    calls[0].answer(new Error('sidecar down'));
    await assert.rejects(first, /sidecar down/);
    await settle();
    calls[1].answer();
    assert.equal(await second, 'a:2');
  });

  describe('with a linger', () => {
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

    test('a quiet key waits the linger for company, then sends what came meanwhile in one call', async () => {
      const { calls, send } = manualSend();
      const c = new Coalescer(send, 100, 4, 30);
      const first = c.submit('s', 1);
      await settle();
      assert.equal(calls.length, 0, 'nothing goes out before the linger');
      const second = c.submit('s', 2);
      await wait(50);
      assert.deepEqual(calls.map((x) => x.items), [[1, 2]]);
      calls[0].answer();
      assert.deepEqual(await Promise.all([first, second]), ['s:1', 's:2']);
      assert.equal(c.pendingKeys, 0);
    });

    test('a full batch goes at once, the rest lingers again', async () => {
      const { calls, send } = manualSend();
      const c = new Coalescer(send, 3, 4, 40);
      const all = [1, 2, 3, 4].map((i) => c.submit('s', i));
      await settle();
      assert.deepEqual(calls.map((x) => x.items), [[1, 2, 3]], 'the full batch did not wait; the fourth item does');
      calls[0].answer();
      await settle();
      assert.equal(calls.length, 1);
      assert.equal(c.pendingKeys, 1);
      await wait(60);
      assert.deepEqual(calls.map((x) => x.items), [[1, 2, 3], [4]]);
      calls[1].answer();
      assert.deepEqual(await Promise.all(all), ['s:1', 's:2', 's:3', 's:4']);
    });

    test('after the queue empties, the next item lingers again', async () => {
      const { calls, send } = manualSend();
      const c = new Coalescer(send, 100, 4, 20);
      const first = c.submit('s', 1);
      await wait(35);
      assert.equal(calls.length, 1);
      calls[0].answer();
      await first;
      const next = c.submit('s', 2);
      await settle();
      assert.equal(calls.length, 1, 'the second item waits its own linger');
      await wait(35);
      assert.deepEqual(calls.map((x) => x.items), [[1], [2]]);
      calls[1].answer();
      assert.equal(await next, 's:2');
    });
  });
});
