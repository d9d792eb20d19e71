import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TraceContext } from '@dmh/shared/dist/tracing';
import { RetryPoller } from './retry-poller';
import type { SyncJobRunner } from './sync-job.runner';
import type { ClaimedJob, SyncJobsRepository } from './sync-jobs.repository';

const claimed = (n: number, traceparent: string | null): ClaimedJob => ({
  id: String(n), jobId: `order:${n}:paid`, brandId: '7', orderId: String(n), status: 'retrying', attempts: 1, roundAttempts: 1,
  requestedAt: new Date(), lockToken: 't', traceparent,
});

/** A ledger that has `due` due once, then nothing; a runner that notes the parent each attempt is started under. */
async function pollOnce(due: ClaimedJob[]): Promise<Map<string, TraceContext | null | undefined>> {
  const parents = new Map<string, TraceContext | null | undefined>();
  let batches = [due];
  const jobs = { claimDue: async () => batches.shift() ?? [] } as unknown as SyncJobsRepository;
  const runner = { run: async (job: ClaimedJob, parent?: TraceContext | null) => (parents.set(job.jobId, parent), 'done') } as unknown as SyncJobRunner;
  const poller = new RetryPoller(jobs, runner, { pollMs: 5, leaseMs: 60_000, batch: 8 });
  poller.start();
  const deadline = Date.now() + 5_000;
  while (parents.size < due.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  await poller.stop();
  batches = [];
  return parents;
}

describe('RetryPoller', () => {
  test('an attempt continues the trace its job was taken in (the stored traceparent is its parent)', async () => {
    const parents = await pollOnce([claimed(1, '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')]);
    assert.deepEqual(parents.get('order:1:paid'), { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', sampled: true });
  });

  test('a job without one (tracing off, an older row) or with a broken one starts a trace of its own, as before', async () => {
    const parents = await pollOnce([claimed(2, null), claimed(3, 'garbage')]);
    assert.deepEqual([...parents.entries()].sort(), [['order:2:paid', null], ['order:3:paid', null]]);
  });

  test('an unsampled trace stays unsampled: its context is passed on as it is', async () => {
    const parents = await pollOnce([claimed(4, '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00')]);
    assert.equal(parents.get('order:4:paid')?.sampled, false);
  });
});
