import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../api/src/common/app-error';
import { usePaymentHarness } from './payment-harness';
import { addDays, chinaDay } from '../../api/src/reconciliation/bill-day';
import type { Difference, DmhBooks, DmhOrder } from '../../api/src/reconciliation/reconciliation.compare';
import type { Resolution } from '../../api/src/reconciliation/reconciliation.repair';
import type { RunCounts } from '../../api/src/reconciliation/reconciliation.repository';
import { ReconciliationService } from '../../api/src/reconciliation/reconciliation.service';

const h = usePaymentHarness();
const OPTIONS = { leaseSeconds: 900, latestDaysAgo: 0, oldestDaysAgo: 90 };

/** DMH's books and runs in memory: `orders` is what DMH has; everything the bill names and DMH lacks is a difference. */
function world(orders: DmhOrder[] = []) {
  const runs: { billDate: string; status: string; counts?: RunCounts; found?: (Difference & Resolution)[]; error?: string }[] = [];
  const resolved: Difference[] = [];
  let running = false;
  const repo = {
    start: async (billDate: string) => {
      if (running) throw new AppError('RECONCILIATION_RUNNING');
      running = true;
      runs.push({ billDate, status: 'running' });
      return String(runs.length);
    },
    complete: async (_em: unknown, id: string, counts: RunCounts, found: (Difference & Resolution)[]) => {
      Object.assign(runs[Number(id) - 1], { status: 'completed', counts, found });
      running = false;
    },
    fail: async (_em: unknown, id: string, code: string) => {
      Object.assign(runs[Number(id) - 1], { status: 'failed', error: code });
      running = false;
    },
    hasCompleted: async (billDate: string) => runs.some((r) => r.billDate === billDate && r.status === 'completed'),
    books: async (): Promise<DmhBooks> => ({ paidOfDay: orders.filter((o) => o.payStatus !== 'unpaid'), ordersByNo: new Map(orders.map((o) => [o.outTradeNo, o])), refundsOfDay: [], refundsByNo: new Map() }),
    list: async () => ({ items: [], total: 0 }),
    find: async (id: string) => {
      const r = runs[Number(id) - 1];
      const row = { id, bill_date: r.billDate, status: r.status, triggered_by: 'schedule', requested_by: null, bill_hash: r.counts?.billHash ?? null, bill_rows: 0,
        dmh_payments: 0, dmh_refunds: 0, difference_count: r.found?.length ?? 0, repaired: 0, needs_attention: 0, error_code: r.error ?? null, error_message: null,
        created_at: new Date(), finished_at: null };
      return { run: row, differences: [] };
    },
  };
  const resolver = { resolve: async (d: Difference): Promise<Resolution> => (resolved.push(d), { resolution: 'needs_attention', reason: 'test' }) };
  const service = new ReconciliationService(h.client(), resolver, OPTIONS, repo as never, async (work) => work({} as never));
  const ofRun = (no: string) => runs.at(-1)?.found?.filter((d) => d.outTradeNo === no).map((d) => [d.kind, d.wechatFen, d.dmhFen]);
  return { service, runs, resolved, ofRun };
}

const today = () => chinaDay(new Date());
const run = (w: ReturnType<typeof world>) => w.service.run(today(), { kind: 'schedule' });

describe("a reconciliation run against the sandbox's bill", () => {
  it('lists a payment DMH lacks and an amount the bill shows otherwise, with the bill hash recorded', async () => {
    const dropped = await h.prepaid(3300);
    await h.post('/sandbox/control', { out_trade_no: dropped, notification: { drop: true } });
    await h.post(`/sandbox/pay/${dropped}`);
    const { outTradeNo: changed } = await h.paid(9900);
    assert.equal((await h.post('/sandbox/control', { out_trade_no: changed, billed_amount_fen: 9800 })).status, 204);
    const w = world([{ outTradeNo: dropped, payStatus: 'unpaid', transactionId: null, amountFen: 3300 }, { outTradeNo: changed, payStatus: 'paid', transactionId: 'T', amountFen: 9900 }]);
    await run(w);
    assert.equal(w.runs[0].status, 'completed');
    assert.deepEqual(w.ofRun(dropped), [['payment_missing_in_dmh', 3300, 3300]]);
    assert.deepEqual(w.ofRun(changed), [['amount_mismatch', 9800, 9900]]);
    assert.match(w.runs[0].counts!.billHash!, /^[0-9a-f]{40}$/);
    assert.ok(w.resolved.some((d) => d.outTradeNo === dropped), 'each difference was handed to the resolver');
  });

  it('a bill that fails its hash: the run fails clearly, nothing compared or resolved', async () => {
    await h.paid();
    await h.post('/sandbox/control', { bill: { corrupt: true } });
    const w = world();
    await assert.rejects(w.service.run(today(), { kind: 'schedule' }), (err: unknown) => err instanceof AppError && err.errorName === 'RECONCILIATION_BILL_UNUSABLE' && /hash/.test(err.message));
    assert.deepEqual([w.runs[0].status, w.runs[0].error, w.runs[0].found, w.resolved.length], ['failed', 'bill_hash_mismatch', undefined, 0]);
  });

  it('a day WeChat has no bill of (NO_STATEMENT_EXIST) is an empty bill: what DMH paid that day is missing at WeChat', async () => {
    const w = world([{ outTradeNo: 'D1', payStatus: 'paid', transactionId: 'T1', amountFen: 100 }]);
    await w.service.run(addDays(today(), -1), { kind: 'schedule' });
    assert.equal(w.runs[0].status, 'completed');
    assert.deepEqual(w.ofRun('D1'), [['payment_missing_at_wechat', null, 100]]);
    assert.deepEqual([w.runs[0].counts?.billHash, w.runs[0].counts?.billRows], [null, 0]);
  });

  it('bill dates DMH refuses: 400 naming body.billDate, no run started', async () => {
    const w = world();
    const live = new ReconciliationService(h.client(), { resolve: async () => ({ resolution: 'resolved', reason: '' }) }, { ...OPTIONS, latestDaysAgo: 1 }, w.service['repo'] as never);
    for (const [service, day, code] of [[w.service, '2999-01-01', 'not_billed_yet'], [live, today(), 'not_billed_yet'], [w.service, '2001-01-01', 'too_old']] as const) {
      await assert.rejects(service.run(day, { kind: 'schedule' }), (err: unknown) =>
        err instanceof AppError && err.errorName === 'VALIDATION_FAILED' && err.fields[0].field === 'body.billDate' && err.fields[0].code === code);
    }
    assert.equal(w.runs.length, 0);
  });

  it("the daily job: yesterday once; a firing after a completed run or during one does nothing", async () => {
    const w = world();
    await w.service.runScheduled();
    assert.equal(w.runs.length, 1);
    assert.equal(w.runs[0].billDate < today(), true, 'the previous CST day');
    await w.service.runScheduled();
    assert.equal(w.runs.length, 1, 'a retried firing after completion starts nothing');

    const busy = world();
    await busy.service['repo'].start(addDays(today(), -1), 'admin', '1', 900);
    await busy.service.runScheduled();
    assert.deepEqual(busy.runs.map((r) => r.status), ['running'], 'a firing while an admin run works on the day: acknowledged, nothing started');
  });
});
