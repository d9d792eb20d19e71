import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RECONCILE_MAX_ITEMS, type ReconcileItem, type StartReconcileRunRequest } from '@dmh/shared';
import type { OrderWithRewards } from '../jobs/dmh-orders.repository';
import { INTERRUPTED, ReconcileRuns } from './reconcile-runs';
import type { ReconcileRunsRepository, RunProgress } from './reconcile-runs.repository';
import { addChunk, emptyTotals, type ChunkReport, type ReconcileService } from './reconcile.service';

const order = (id: number) => ({ order: { id: String(id) }, rewards: [] }) as unknown as OrderWithRewards;
const request: StartReconcileRunRequest = { brandId: '7', from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z', requeue: true, createdBy: '1' };

/** A comparison in which every order whose id is a multiple of 3 is missing from the target. */
function fakeReconcile(orders: number, failAtChunk?: number) {
  let chunks = 0;
  return {
    prepare: async () => ({ brandId: '7', from: new Date(request.from), to: new Date(request.to), data: Array.from({ length: orders }, (_, i) => order(i + 1)), target: { name: 'default', kind: 'mysql' } }),
    compareChunk: async (_t: unknown, chunk: OrderWithRewards[]): Promise<ChunkReport> => {
      if (++chunks === failAtChunk) throw new Error('ORA-12170: TNS connect timeout');
      const missing = chunk.filter((d) => Number(d.order.id) % 3 === 0).map((d) => d.order.id);
      const items: ReconcileItem[] = missing.map((id) => ({ entityType: 'order', id, orderId: id, problem: 'missing', columns: [] }));
      return { orders: { checked: chunk.length, missing: missing.length, different: 0 }, rewards: { checked: 0, missing: 0, different: 0 }, items, orderIds: missing };
    },
  } as unknown as ReconcileService;
}

function fakeRepo() {
  const log: Array<{ step: string; progress?: RunProgress; status?: string; error?: string | null }> = [];
  const repo = {
    insert: async () => '42',
    find: async (id: string) => ({ id, status: 'running' }),
    progress: async (_id: string, p: RunProgress) => void log.push({ step: 'progress', progress: structuredClone(p) }),
    finish: async (_id: string, status: string, error: string | null = null) => void log.push({ step: 'finish', status, error }),
    failInterrupted: async (message: string) => (log.push({ step: 'failInterrupted', error: message }), 2),
  } as unknown as ReconcileRunsRepository;
  return { repo, log };
}

describe('recorded reconciliation runs', () => {
  test('answers with the running run at once, then writes progress after every chunk and re-queues each chunk under the run id', async () => {
    const { repo, log } = fakeRepo();
    const requeued: Array<[string, string[], string]> = [];
    const runs = new ReconcileRuns(fakeReconcile(1200), repo, async (b, ids, run) => (requeued.push([b, ids, run]), ids.map((i) => `reconcile:${i}:${run}`)), 500);
    const run = await runs.start(request);
    assert.deepEqual(run, { id: '42', status: 'running' });
    await runs.idle();
    const progress = log.filter((l) => l.step === 'progress').map((l) => [l.progress!.ordersChecked, l.progress!.totals.orders.missing, l.progress!.requeued]);
    assert.deepEqual(progress, [[500, 166, 166], [1000, 333, 333], [1200, 400, 400]]);
    assert.deepEqual(log.at(-1), { step: 'finish', status: 'done', error: null });
    assert.deepEqual(requeued.map(([b, ids, r]) => [b, ids.length, r]), [['7', 166, '42'], ['7', 167, '42'], ['7', 67, '42']]);
  });

  test('a run that does not re-queue re-queues nothing; a failing chunk fails the run with the words of the error', async () => {
    const { repo, log } = fakeRepo();
    const requeued: string[][] = [];
    const runs = new ReconcileRuns(fakeReconcile(1200, 2), repo, async (_b, ids) => (requeued.push(ids), ids), 500);
    await runs.start({ ...request, requeue: false });
    await runs.idle();
    assert.equal(requeued.length, 0);
    assert.deepEqual(log.map((l) => l.step), ['progress', 'finish']);
    assert.deepEqual(log[1], { step: 'finish', status: 'failed', error: 'ORA-12170: TNS connect timeout' });
  });

  test('an empty range is done at once; runs cut off by a stopped worker are failed with words on start', async () => {
    const { repo, log } = fakeRepo();
    const runs = new ReconcileRuns(fakeReconcile(0), repo, async (_b, ids) => ids);
    await runs.start(request);
    await runs.idle();
    assert.deepEqual(log, [{ step: 'finish', status: 'done', error: null }]);
    assert.equal(await runs.failInterrupted(), 2);
    assert.match(log.at(-1)!.error!, /stopped while this run was in progress/);
    assert.equal(log.at(-1)!.error, INTERRUPTED);
  });

  test('totals add up across chunks and keep at most RECONCILE_MAX_ITEMS items, saying so', () => {
    const item: ReconcileItem = { entityType: 'order', id: '1', orderId: '1', problem: 'different', columns: ['AMOUNT'] };
    const chunk = (n: number): ChunkReport => ({
      orders: { checked: 500, missing: 0, different: n }, rewards: { checked: 1500, missing: 1, different: 0 }, items: Array(n).fill(item), orderIds: ['1'],
    });
    const total = addChunk(addChunk(emptyTotals(), chunk(600)), chunk(300));
    assert.deepEqual([total.orders, total.rewards], [{ checked: 1000, missing: 0, different: 900 }, { checked: 3000, missing: 2, different: 0 }]);
    assert.equal(total.truncated, false);
    addChunk(total, chunk(200));
    assert.equal(total.items.length, RECONCILE_MAX_ITEMS);
    assert.equal(total.truncated, true);
  });
});
