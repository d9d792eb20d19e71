import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JobSpec } from '../jobs/dapr-jobs';
import { PaymentProviderError } from '../payments/payment.errors';
import type { VerifiedRefund } from '../payments/wechatpay.verifier';
import type { QueriedRefund } from './refund.client';
import { refundQueryDelaySeconds, RefundWatch, type RefundWatchDeps } from './refund-watch';

const NO = 'RD20261203000000ABCDEFGHIJKL-1';

function queried(status: string): QueriedRefund {
  return { outTradeNo: 'D20261203000000ABCDEFGHIJKL', outRefundNo: NO, refundId: '50300603042019112011186071820', refundStatus: status, amount: { total: 9900, refund: 9900 } };
}

/** A watch whose scheduler, provider and database are recorded fakes. */
function world(opts: { status?: string | null; answers?: (QueriedRefund | Error)[]; applyFails?: boolean; scheduleFails?: boolean } = {}) {
  const scheduled: [string, JobSpec][] = [];
  const unscheduled: string[] = [];
  const applied: VerifiedRefund[] = [];
  const answers = [...(opts.answers ?? [])];
  let queries = 0;
  const deps: RefundWatchDeps = {
    schedule: async (name, spec) => {
      if (opts.scheduleFails) throw new Error('scheduler down');
      scheduled.push([name, spec]);
    },
    unschedule: async (name) => void unscheduled.push(name),
    query: () => ({
      queryRefund: async () => {
        queries += 1;
        const next = answers.shift();
        if (next === undefined) throw new Error('no answer prepared');
        if (next instanceof Error) throw next;
        return next;
      },
    }),
    statusOf: async () => (opts.status === undefined ? 'processing' : opts.status),
    apply: async (refund) => {
      if (opts.applyFails) throw new Error('database down');
      applied.push(refund);
    },
    firstDelaySeconds: 60,
    maxIntervalSeconds: 3600,
  };
  return { deps, watch: new RefundWatch(deps), scheduled, unscheduled, applied, queries: () => queries };
}

describe('refund watch: a refund in process is queried until it ends', () => {
  it('waits the first delay, then doubles it up to the cap', () => {
    assert.deepEqual([1, 2, 3, 4, 6, 7, 8, 50].map((n) => refundQueryDelaySeconds(n, 60, 3600)), [60, 120, 240, 480, 1920, 3600, 3600, 3600]);
    assert.equal(refundQueryDelaySeconds(1, 60, 10), 60, 'a cap below the first delay does not shorten it');
  });

  it('schedules the first query as refund-watch.<out_refund_no>.1, with its data and a failure policy', async () => {
    const w = world();
    await w.watch.watch(NO);
    assert.deepEqual(w.scheduled, [[`refund-watch.${NO}.1`, {
      dueTime: '60s', data: { outRefundNo: NO, attempt: 1 }, failurePolicy: { constant: { interval: '10s', maxRetries: 60 } },
    }]]);
  });

  it('still PROCESSING: schedules the next attempt, later, and applies nothing', async () => {
    const w = world({ answers: [queried('PROCESSING')] });
    await w.watch.fire(`${NO}.3`, { outRefundNo: NO, attempt: 3 });
    assert.deepEqual(w.scheduled.map(([name, spec]) => [name, spec.dueTime, spec.data]), [[`refund-watch.${NO}.4`, '480s', { outRefundNo: NO, attempt: 4 }]]);
    assert.deepEqual(w.applied, []);
  });

  for (const status of ['SUCCESS', 'CLOSED', 'ABNORMAL']) {
    it(`${status}: applies the signed answer through the notification path, once, and the chain ends`, async () => {
      const w = world({ answers: [queried(status)] });
      await w.watch.fire(`${NO}.1`, { outRefundNo: NO, attempt: 1 });
      assert.deepEqual(w.applied.map((r) => [r.outRefundNo, r.refundStatus]), [[NO, status]]);
      assert.deepEqual(w.scheduled, []);
    });
  }

  it('a refund no longer in process in DMH (its notification came first), or unknown: no query, no next job', async () => {
    for (const status of ['success', 'closed', 'abnormal', 'failed', null]) {
      const w = world({ status, answers: [queried('SUCCESS')] });
      await w.watch.fire(`${NO}.2`, { outRefundNo: NO, attempt: 2 });
      assert.deepEqual([w.queries(), w.scheduled.length, w.applied.length], [0, 0, 0], String(status));
    }
  });

  it('the provider down, unverifiable or not knowing the refund: queries again later', async () => {
    for (const err of [new PaymentProviderError('network_error'), new PaymentProviderError('http_error', { status: 404, providerCode: 'RESOURCE_NOT_EXISTS' })]) {
      const w = world({ answers: [err] });
      await w.watch.fire(`${NO}.1`, { outRefundNo: NO, attempt: 1 });
      assert.deepEqual(w.scheduled.map(([name]) => name), [`refund-watch.${NO}.2`]);
      assert.deepEqual(w.applied, []);
    }
  });

  it('fails the firing (so the scheduler fires it again) when the answer cannot be applied or the next job not scheduled', async () => {
    await assert.rejects(world({ answers: [queried('SUCCESS')], applyFails: true }).watch.fire(`${NO}.1`, { outRefundNo: NO, attempt: 1 }), /database down/);
    await assert.rejects(world({ answers: [queried('PROCESSING')], scheduleFails: true }).watch.fire(`${NO}.1`, { outRefundNo: NO, attempt: 1 }), /scheduler down/);
    await assert.rejects(world({ answers: [new Error('a bug')] }).watch.fire(`${NO}.1`, { outRefundNo: NO, attempt: 1 }), /a bug/);
  });

  it('acknowledges a firing without valid data, doing nothing (a retry would not help)', async () => {
    const w = world({ answers: [queried('SUCCESS')] });
    for (const data of [{}, { outRefundNo: 'R/../x', attempt: 1 }, { outRefundNo: NO, attempt: 0 }, null]) await w.watch.fire('x', data);
    assert.deepEqual([w.queries(), w.scheduled.length, w.applied.length], [0, 0, 0]);
  });

  it('unwatch deletes the first job, and a failed delete is not an error', async () => {
    const w = world();
    await w.watch.unwatch(NO);
    assert.deepEqual(w.unscheduled, [`refund-watch.${NO}.1`]);
    const failing = new RefundWatch({ ...world().deps, unschedule: async () => { throw new Error('sidecar down'); } });
    await failing.unwatch(NO);
  });
});
