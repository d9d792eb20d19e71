import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { call, waitFor } from '../support/api-client';
import { rows } from '../support/db';
import { currentStack, untilSettled } from '../support/suite';
import {
  admin, assertInDefaultTarget, attemptsOf, brandWithCampaign, metric, paidOrders, untilJobs, workerMetrics,
} from './sync-helpers';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The brand's database (the default target, on the `external-db` server) is stopped for about half a
 * minute while orders keep being paid, then started again. Nothing may be lost: jobs retry with backoff,
 * the circuit opens instead of hammering the dead server, the ones that ran out of retries are dead
 * letters, and an admin's retry completes them.
 */
describe('sync: the target database stopped for a while, then restarted', () => {
  let token: string;
  before(async () => {
    token = await admin();
  });

  test('everything arrives; retries and dead letters are logged; an admin retry completes the dead ones', { timeout: 300_000 }, async () => {
    const stack = currentStack();
    const b = await brandWithCampaign();
    const stoppedAt = Date.now();
    await stack.kill('external-db', 'SIGTERM');
    assert.equal(stack.isRunning('external-db'), false);

    const early = await paidOrders(b, 6);
    await untilJobs(early.map((o) => o.orderId), ['dead'], 60_000);

    const health = await call('GET', '/api/v1/sync/health', undefined, token);
    const def = health.body.data.targets.find((t: any) => t.target === 'default');
    assert.equal(def.status, 'down');
    assert.notEqual(def.circuit.state, 'closed', 'the circuit opened on the dead target');
    assert.ok(def.circuit.consecutiveFailures >= 5);
    assert.match(def.circuit.lastError, /ECONNREFUSED|connect/);
    assert.equal(health.body.data.status, 'degraded');
    assert.ok(health.body.data.queue.dead >= 6);

    const metrics = await workerMetrics();
    assert.ok(metric(metrics, 'dmh_sync_failures_total', { target: 'default' }) >= 24, 'failures counted');
    assert.ok(metric(metrics, 'dmh_sync_attempts_total', { target: 'default', outcome: 'dead' }) >= 6);
    assert.ok(metric(metrics, 'dmh_sync_jobs', { status: 'dead' }) >= 6);
    assert.equal(metric(metrics, 'dmh_sync_circuit_state', { target: 'default' }) > 0, true, 'circuit reported open or half-open');

    // Later orders, while it is still down: they fail, then must arrive on their own once it is back.
    const remaining = 20_000 - (Date.now() - stoppedAt);
    if (remaining > 0) await sleep(remaining);
    const late = await paidOrders(b, 3);
    await waitFor('the late jobs to have failed once', async () => {
      const r = await rows<any>("SELECT status FROM sync_jobs WHERE entity_id IN (?)", [late.map((o) => o.orderId)]);
      return r.length === 3 && r.every((j) => j.status === 'retrying');
    }, 20_000, 100);
    await stack.startProcess('external-db');
    const downFor = (Date.now() - stoppedAt) / 1000;
    console.log(`# external-db was down for ${downFor.toFixed(1)} s`);
    assert.ok(downFor >= 20 && downFor <= 60, `down ${downFor} s`);

    await untilJobs(late.map((o) => o.orderId), ['done', 'dead'], 60_000);
    const recovered = [];
    for (const o of late) {
      const statuses = (await attemptsOf(o.orderId)).map((a) => a.status);
      assert.equal(statuses[0], 'failed', 'the first attempt met the dead target');
      if (statuses.at(-1) === 'success') recovered.push(o.orderId);
    }
    assert.ok(recovered.length > 0, 'retries alone brought late jobs through once the target was back');

    // The dead letters: listed, then retried from the admin API (one alone, the rest for the brand).
    const failures = await call('GET', `/api/v1/sync/failures?brandId=${b.brandId}&pageSize=100`, undefined, token);
    const deadJobs = failures.body.data.items;
    assert.ok(deadJobs.length >= 6);
    for (const j of deadJobs) assert.match(j.lastError, /ECONNREFUSED|circuit open|connect/);
    const one = await call('POST', `/api/v1/sync/failures/${deadJobs[0].id}/retry`, undefined, token);
    assert.equal(one.body.data.retried, 1);
    const rest = await call('POST', '/api/v1/sync/failures/retry', { brandId: b.brandId }, token);
    assert.equal(rest.body.data.retried, deadJobs.length - 1);
    await untilJobs([...early, ...late].map((o) => o.orderId), ['done'], 60_000);
    await untilSettled();
    await assertInDefaultTarget([b.brandId]);

    for (const o of early) {
      const attempts = await attemptsOf(o.orderId);
      assert.deepEqual(attempts.map((a) => [a.attempt, a.status]), [[1, 'failed'], [2, 'failed'], [3, 'failed'], [4, 'dead'], [5, 'success']]);
      for (const a of attempts.slice(0, 4)) assert.ok(a.error && a.duration_ms >= 0, 'every failed attempt has its error and duration');
    }
    const after = await call('GET', '/api/v1/sync/health', undefined, token);
    const defAfter = after.body.data.targets.find((t: any) => t.target === 'default');
    assert.deepEqual([defAfter.status, defAfter.circuit.state], ['up', 'closed']);
    assert.equal(after.body.data.queue.dead, 0);
    const m = await workerMetrics();
    assert.equal(metric(m, 'dmh_sync_jobs', { status: 'dead' }), 0);
    assert.equal(metric(m, 'dmh_sync_lag_seconds'), 0);
    assert.ok(metric(m, 'dmh_sync_job_lag_seconds_count') > 0);
  });
});
