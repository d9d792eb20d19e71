import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { aReward, anOrder, CRM_MAPPING } from '../mapping/sample-data';
import type { MappedRow } from '../mapping/field-mapping';
import { SyncMetrics } from '../metrics/sync-metrics';
import { CircuitBreaker } from '../targets/circuit-breaker';
import type { TargetAdapter } from '../targets/target-adapter';
import type { ResolvedTarget, TargetRegistry } from '../targets/target-registry';
import type { DmhOrdersRepository, OrderWithRewards } from './dmh-orders.repository';
import { errorText } from './error-text';
import { SyncJobRunner } from './sync-job.runner';
import type { ClaimedJob } from './sync-jobs.repository';
import type { FailureOutcome, SuccessOutcome, SyncOutcomeRepository } from './sync-outcome.repository';

const job = (orderId: string, brandId = '7'): ClaimedJob => ({
  id: `j${orderId}`, jobId: `order:${orderId}:paid`, brandId, orderId, status: 'queued', attempts: 0, roundAttempts: 0,
  requestedAt: new Date(), lockToken: 'one-token', traceparent: null,
});

const paid = (orderId: string): OrderWithRewards => ({
  order: anOrder({ id: orderId }),
  rewards: [aReward({ id: `${orderId}1`, orderId }), aReward({ id: `${orderId}2`, orderId, level: 2 })],
});

/** In-memory collaborators that log every read, write and outcome, to see which went together. */
function setup(opts: { paidOrders: string[]; write?: (rows: MappedRow[]) => Promise<void>; leaseLost?: boolean }) {
  const log: string[] = [];
  const failures = new Map<string, FailureOutcome>();
  const successes = new Map<string, SuccessOutcome>();
  const target = (brandId: string): ResolvedTarget => ({
    name: `brand:${brandId}`, kind: 'mysql', mapping: CRM_MAPPING, enabled: true,
    adapter: {
      kind: 'mysql',
      upsert: async (rows: MappedRow[]) => {
        log.push(`write brand ${brandId}: ${rows.length} rows`);
        await opts.write?.(rows);
      },
    } as unknown as TargetAdapter,
    breaker: new CircuitBreaker(`brand:${brandId}`, { threshold: 5, cooldownMs: 30_000, describeError: errorText }),
  });
  const runner = new SyncJobRunner({
    orders: {
      load: async (id: string) => (log.push(`load ${id}`), opts.paidOrders.includes(id) ? paid(id) : null),
      loadMany: async (ids: string[]) => (log.push(`loadMany ${ids.join(',')}`), new Map(ids.filter((id) => opts.paidOrders.includes(id)).map((id) => [id, paid(id)]))),
    } as unknown as DmhOrdersRepository,
    outcomes: {
      succeeded: async (j: ClaimedJob, o: SuccessOutcome) => (log.push(`succeeded ${j.jobId}`), successes.set(j.jobId, o), true),
      succeededMany: async (done: { job: ClaimedJob; outcome: SuccessOutcome }[]) => {
        log.push(`succeededMany ${done.map((d) => d.job.jobId).join(',')}`);
        if (opts.leaseLost) return false;
        for (const d of done) successes.set(d.job.jobId, d.outcome);
        return true;
      },
      failed: async (j: ClaimedJob, o: FailureOutcome) => (log.push(`failed ${j.jobId}`), failures.set(j.jobId, o), true),
    } as unknown as SyncOutcomeRepository,
    targets: { forBrand: async (brandId: string) => target(brandId) } as unknown as TargetRegistry,
    metrics: new SyncMetrics(),
    retry: { maxRetries: 3, baseMs: 1_000, maxMs: 60_000, random: () => 0.5 },
    attemptTimeoutMs: 60_000,
  });
  return { runner, log, failures, successes };
}

describe('SyncJobRunner.runBatch (the jobs of one message)', () => {
  test('the jobs of one brand: one read, one write of all their rows, one outcome transaction', async () => {
    const { runner, log, successes } = setup({ paidOrders: ['41', '42', '43'] });
    await runner.runBatch([job('41'), job('42'), job('43')]);
    assert.deepEqual(log, ['loadMany 41,42,43', 'write brand 7: 9 rows', 'succeededMany order:41:paid,order:42:paid,order:43:paid']);
    assert.deepEqual(successes.get('order:42:paid')?.entities.map((e) => `${e.entityType} ${e.id}`), ['order 42', 'reward 421', 'reward 422']);
    assert.equal(successes.get('order:42:paid')?.orderId, '42');
  });

  test('two brands are written each to its own target; a brand with one job takes the single path', async () => {
    const { runner, log } = setup({ paidOrders: ['41', '42', '51'] });
    await runner.runBatch([job('41'), job('51', '8'), job('42')]);
    assert.ok(log.includes('loadMany 41,42') && log.includes('write brand 7: 6 rows'), log.join(' | '));
    assert.ok(log.includes('load 51') && log.includes('write brand 8: 3 rows') && log.includes('succeeded order:51:paid'), log.join(' | '));
  });

  test('an order that is gone fails alone (dead: no retry can fix it); the others are written', async () => {
    const { runner, log, failures, successes } = setup({ paidOrders: ['41', '43'] });
    await runner.runBatch([job('41'), job('42'), job('43')]);
    assert.equal(failures.get('order:42:paid')?.next.status, 'dead');
    assert.deepEqual([...successes.keys()].sort(), ['order:41:paid', 'order:43:paid']);
    assert.ok(log.includes('write brand 7: 6 rows'), log.join(' | '));
  });

  test('a failed write is a failed attempt of each job, each scheduled for its own retry; nothing is recorded as written', async () => {
    const { runner, failures, successes } = setup({ paidOrders: ['41', '42'], write: async () => { throw new Error('ORA-12541: TNS:no listener'); } });
    await runner.runBatch([job('41'), job('42')]);
    assert.equal(successes.size, 0);
    assert.deepEqual([...failures.keys()].sort(), ['order:41:paid', 'order:42:paid']);
    for (const f of failures.values()) {
      assert.equal(f.next.status, 'retrying');
      assert.match(f.error, /ORA-12541/);
    }
  });

  test('a lease lost meanwhile: the outcomes are recorded one by one, each under its own guard', async () => {
    const { runner, log } = setup({ paidOrders: ['41', '42'], leaseLost: true });
    await runner.runBatch([job('41'), job('42')]);
    assert.deepEqual(log.slice(-3), ['succeededMany order:41:paid,order:42:paid', 'succeeded order:41:paid', 'succeeded order:42:paid']);
  });
});
