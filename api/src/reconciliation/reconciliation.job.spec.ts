import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dailyJobSpec, reconciliationJobHandler } from './reconciliation.job';

describe('the daily reconciliation job', () => {
  it('first fires at the next HH:mm CST as an instant with its offset, then every 24 h, retried on failure', () => {
    const spec = dailyJobSpec(new Date('2026-12-03T19:00:00Z'), '10:30');
    assert.equal(spec.dueTime, '2026-12-04T10:30:00+08:00');
    assert.equal(spec.schedule, '@every 24h');
    assert.deepEqual(spec.failurePolicy, { constant: { interval: '600s', maxRetries: 12 } }, 'a protobuf Duration: the sidecar refuses 10m');
  });

  it('its firing reconciles through runScheduled; an unknown key is acknowledged without work', async () => {
    let runs = 0;
    const handler = reconciliationJobHandler({ runScheduled: async () => void (runs += 1) });
    await handler('daily', {});
    await handler('weekly', {});
    assert.equal(runs, 1);
    const failing = reconciliationJobHandler({ runScheduled: async () => { throw new Error('bill not ready'); } });
    await assert.rejects(failing('daily', {}), /bill not ready/, 'a failure reaches the job route, which answers 500 so the scheduler retries');
  });
});
