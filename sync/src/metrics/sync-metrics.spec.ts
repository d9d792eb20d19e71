import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import { collectProcessMetrics, parseExposition, sampleValue } from '@dmh/shared/dist/metrics';
import { workerApp, type WorkerAppDeps } from '../http/worker-app';
import type { QueueStats } from '../jobs/sync-jobs.repository';
import { SyncMetrics, type TargetView } from './sync-metrics';

/**
 * How the integration suite reads the worker's metrics (tests/integration/sync/sync-helpers.ts `metric`): the
 * first line that starts with the name (not a longer name) and carries the labels. The names and labels it
 * reads must survive any change of how the text is made.
 */
function integrationMetric(text: string, name: string, labels: Record<string, string> = {}): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(name) && !l.startsWith(`${name}_`) && want.every((w) => l.includes(w)));
  return line ? Number(line.split(' ').pop()) : 0;
}

const queue = (q: Partial<QueueStats> = {}): QueueStats => ({ queued: 4, retrying: 2, dead: 7, lagSeconds: 12.5, ...q });
const TARGETS: TargetView[] = [{ name: 'default', kind: 'mysql', circuit: 'open' }, { name: 'brand:7', kind: 'oracle', circuit: 'closed' }];

describe('the sync worker metrics keep their names and labels (prom-client)', () => {
  test('attempts by target and outcome, failures by target, durations and job lag: types and values', async () => {
    const m = new SyncMetrics();
    m.recordAttempt('default', 'mysql', 'success', 120);
    m.recordAttempt('default', 'mysql', 'failed', 40);
    m.recordAttempt('default', 'mysql', 'failed', 40);
    m.recordAttempt('default', 'mysql', 'dead', 40);
    m.recordAttempt('brand:7', 'oracle', 'success', 2_000);
    m.recordWritten(1_500);
    m.recordWritten(300);
    const { contentType, text } = await m.render();
    assert.match(contentType, /^text\/plain; version=0\.0\.4/);
    const { types } = parseExposition(text);
    assert.deepEqual(
      ['dmh_sync_attempts_total', 'dmh_sync_failures_total', 'dmh_sync_attempt_duration_seconds', 'dmh_sync_job_lag_seconds', 'dmh_sync_last_job_lag_seconds'].map((n) => types.get(n)),
      ['counter', 'counter', 'histogram', 'histogram', 'gauge'],
    );
    assert.equal(sampleValue(text, 'dmh_sync_attempts_total', { target: 'default', kind: 'mysql', outcome: 'success' }), 1);
    assert.equal(sampleValue(text, 'dmh_sync_attempts_total', { target: 'default', outcome: 'failed' }), 2);
    assert.equal(sampleValue(text, 'dmh_sync_failures_total', { target: 'default', kind: 'mysql' }), 3, 'failed and dead');
    assert.equal(sampleValue(text, 'dmh_sync_failures_total', { target: 'brand:7', kind: 'oracle' }), 0, 'no failure yet: at 0, so the first one is an increase');
    assert.equal(sampleValue(text, 'dmh_sync_attempt_duration_seconds_count', { target: 'brand:7', kind: 'oracle' }), 1);
    assert.equal(sampleValue(text, 'dmh_sync_attempt_duration_seconds_sum', { target: 'brand:7', kind: 'oracle' }), 2);
    assert.equal(sampleValue(text, 'dmh_sync_job_lag_seconds_count'), 2);
    assert.equal(sampleValue(text, 'dmh_sync_job_lag_seconds_bucket', { le: '1' }), 1);
    assert.equal(sampleValue(text, 'dmh_sync_last_job_lag_seconds'), 0.3);
    // Read as the outage scenarios read them.
    assert.equal(integrationMetric(text, 'dmh_sync_failures_total', { target: 'default' }), 3);
    assert.equal(integrationMetric(text, 'dmh_sync_attempts_total', { target: 'default', outcome: 'dead' }), 1);
    assert.equal(integrationMetric(text, 'dmh_sync_job_lag_seconds_count'), 2);
  });

  test('the queue (jobs by status, sync lag) and each circuit, read on every scrape, the queue once per scrape', async () => {
    let reads = 0;
    let now = queue();
    const m = new SyncMetrics({ queue: async () => (reads++, now), targets: () => TARGETS });
    const text = (await m.render()).text;
    assert.equal(reads, 1, 'one query for both queue gauges');
    const { types } = parseExposition(text);
    assert.deepEqual(['dmh_sync_jobs', 'dmh_sync_lag_seconds', 'dmh_sync_circuit_state'].map((n) => types.get(n)), ['gauge', 'gauge', 'gauge']);
    assert.deepEqual(['queued', 'retrying', 'dead'].map((status) => sampleValue(text, 'dmh_sync_jobs', { status })), [4, 2, 7]);
    assert.equal(sampleValue(text, 'dmh_sync_lag_seconds'), 12.5);
    assert.equal(sampleValue(text, 'dmh_sync_circuit_state', { target: 'default', kind: 'mysql' }), 2);
    assert.equal(sampleValue(text, 'dmh_sync_circuit_state', { target: 'brand:7', kind: 'oracle' }), 0);
    assert.equal(integrationMetric(text, 'dmh_sync_jobs', { status: 'dead' }), 7);
    assert.equal(integrationMetric(text, 'dmh_sync_lag_seconds'), 12.5);
    assert.equal(integrationMetric(text, 'dmh_sync_circuit_state', { target: 'default' }), 2);
    now = queue({ dead: 0, lagSeconds: 0 });
    const later = (await m.render()).text;
    assert.equal(reads, 2, 'read afresh on the next scrape');
    assert.deepEqual([integrationMetric(later, 'dmh_sync_jobs', { status: 'dead' }), integrationMetric(later, 'dmh_sync_lag_seconds')], [0, 0]);
  });

  test('a queue that cannot be read: no job counts and an unknown lag (NaN, never a false 0); the rest still served', async () => {
    const m = new SyncMetrics({ queue: async () => { throw new Error('ECONNREFUSED'); }, targets: () => TARGETS });
    m.recordAttempt('default', 'mysql', 'success', 10);
    const text = (await m.render()).text;
    assert.equal(sampleValue(text, 'dmh_sync_jobs', { status: 'queued' }), undefined);
    assert.ok(Number.isNaN(sampleValue(text, 'dmh_sync_lag_seconds')));
    assert.equal(sampleValue(text, 'dmh_sync_attempts_total', { outcome: 'success' }), 1);
  });

  test("GET /metrics of the worker: its metrics and Node's process metrics labelled app_id=dmh-sync, two workers apart", async () => {
    const m = new SyncMetrics({ queue: async () => queue(), targets: () => TARGETS });
    new SyncMetrics().recordAttempt('default', 'mysql', 'dead', 1); // another registry: nothing of it here
    collectProcessMetrics(m.registry, 'dmh-sync');
    const server = workerApp({ metrics: m } as unknown as WorkerAppDeps).listen(0, '127.0.0.1');
    try {
      if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
      const text = await res.text();
      assert.equal(sampleValue(text, 'dmh_sync_jobs', { status: 'retrying' }), 2);
      assert.equal(sampleValue(text, 'dmh_sync_attempts_total', { outcome: 'dead' }), undefined);
      assert.ok((sampleValue(text, 'process_resident_memory_bytes', { app_id: 'dmh-sync' }) ?? 0) > 0);
      assert.equal(parseExposition(text).types.get('nodejs_heap_size_used_bytes'), 'gauge');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
