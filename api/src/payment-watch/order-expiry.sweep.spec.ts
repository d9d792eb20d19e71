import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExpirySweep } from './order-expiry.sweep';

test('the sweep hands each expired order of its batch to the expiry step, one after another', async () => {
  const asked: number[] = [];
  const enqueued: string[] = [];
  const sweep = new ExpirySweep({ enqueue: async (id) => void enqueued.push(id) }, 3, {
    dueForExpiry: async (limit) => (asked.push(limit), ['4', '9', '12']),
  });
  assert.equal(await sweep.sweep(), 3);
  assert.deepEqual(asked, [3]);
  assert.deepEqual(enqueued, ['4', '9', '12']);
});

test('a failing expiry step fails the sweep firing (the scheduler fires it again), after the ones before it', async () => {
  const enqueued: string[] = [];
  const sweep = new ExpirySweep({ enqueue: async (id) => { if (id === '9') throw new Error('database down'); enqueued.push(id); } }, 50, {
    dueForExpiry: async () => ['4', '9', '12'],
  });
  await assert.rejects(sweep.sweep(), /database down/);
  assert.deepEqual(enqueued, ['4']);
});
