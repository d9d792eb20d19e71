import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import express from 'express';
import { jobRoutes } from './jobs.routes';
import { serveForSpec } from '../common/spec-server';

/** How a firing from Dapr's scheduler reaches a handler, and what the scheduler is told. */
describe('jobRoutes', () => {
  const calls: [string, unknown][] = [];
  const served = serveForSpec(express()
    .use(jobRoutes({
      'pay-watch': async (key, data) => void calls.push([key, data]),
      broken: async () => {
        throw new Error('provider down');
      },
    })));
  const fire = (name: string, data: unknown) =>
    fetch(`${served.base}/job/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });

  test('the kind picks the handler, the rest of the name is its key, the data is handed over', async () => {
    const res = await fire('pay-watch.D2026120300001.3', { attempt: 3 });
    assert.equal(res.status, 200);
    assert.deepEqual(calls.at(-1), ['D2026120300001.3', { attempt: 3 }]);
  });

  test('a failing handler answers 500, so the scheduler fires the job again', async () => {
    assert.equal((await fire('broken.x', {})).status, 500);
  });

  test('a job of an unknown kind is acknowledged without work (a retry would not help it)', async () => {
    const before = calls.length;
    assert.equal((await fire('nobody-knows.x', {})).status, 200);
    assert.equal(calls.length, before);
  });
});
