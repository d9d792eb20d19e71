import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { API_URL, call, waitFor } from '../support/api-client';
import { one, rows } from '../support/db';
import { assertInvariants } from '../support/invariants';
import { currentStack, untilSettled } from '../support/suite';
import { moneyOf, refundNotification, sandboxControl, sendRefundCallback } from './money.helpers';
import { askRefund, FIRST_QUERY_MS, paidWithRefunder, refundStatus, rewardsOf, sleep, untilRefund } from './refund-watch.helpers';

/**
 * The refund watch (refunds/refund-watch.ts) under faults: its jobs outlive the API and its sidecar, no
 * refund is recorded without its watch, and a query racing the notification applies the refund once.
 */
describe('refund watch: chained Dapr jobs that survive crashes and race notifications safely', () => {
  test('the API and its sidecar SIGKILLed right after asking, down past the first query: the scheduler kept the watch, the refund ends once', async () => {
    const stack = currentStack();
    const { chain, order, refunder } = await paidWithRefunder();
    await sandboxControl({ out_trade_no: order.orderNo, refund: { status: 'PROCESSING', notify_after_ms: 200 }, notification: { drop: true } });
    const no = (await askRefund(order.orderId, refunder.token)).refund.outRefundNo;
    await stack.kill('api', 'SIGKILL');
    await stack.kill('api-sidecar', 'SIGKILL');
    try {
      await sleep(FIRST_QUERY_MS + 2_000); // the first query falls due while nothing of the API runs
      assert.equal(await refundStatus(no), 'processing');
    } finally {
      await stack.startProcess('api'); // its sidecar waits for the app's port, so the app first
      await stack.startProcess('api-sidecar');
    }
    await untilRefund(no, 'success', 60_000);
    await untilSettled();
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'reversed'], [2, 'reversed']]);
    for (const member of chain) assert.deepEqual(await moneyOf(member.userId), ['0.00', '0.00', '0.00', '0.00']);
    await assertInvariants();
  });

  test('the job scheduler down: a refund is refused with 503 and nothing is recorded (no refund without its watch); back, it goes through', async () => {
    const stack = currentStack();
    const { order, refunder } = await paidWithRefunder();
    await stack.kill('scheduler', 'SIGKILL');
    try {
      const refused = await call('POST', `/api/v1/orders/${order.orderId}/refund`, { reason: '顾客取消' }, refunder.token);
      assert.deepEqual([refused.status, refused.body.code], [503, 50300], JSON.stringify(refused.body));
      assert.match(refused.body.message, /job scheduler/);
      assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM refunds WHERE order_id = ?', [order.orderId])).n), 0, 'no refund row');
      assert.equal(Number((await one<any>("SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'order.refund' AND resource_id = ?", [order.orderId])).n), 0);
    } finally {
      await stack.startProcess('scheduler');
    }
    const asked = await waitFor('the refund to be taken once the scheduler is back', async () => {
      const answer = await call('POST', `/api/v1/orders/${order.orderId}/refund`, { reason: '顾客取消' }, refunder.token);
      return answer.status === 200 ? answer.body.data : undefined;
    }, 60_000, 1_000);
    await untilRefund(asked.refund.outRefundNo, 'success', 30_000);
    await untilSettled();
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'reversed'], [2, 'reversed']]);
    await assertInvariants();
  });

  test('the notification and the query racing for one refund, 10 of each at once: one refund, one reversal per reward', async () => {
    const { chain, order, refunder } = await paidWithRefunder();
    await sandboxControl({ out_trade_no: order.orderNo, refund: { status: 'PROCESSING', notify_after_ms: 100 }, notification: { drop: true } });
    const no = (await askRefund(order.orderId, refunder.token)).refund.outRefundNo;
    await sleep(500); // SUCCESS at the sandbox; DMH still processing
    assert.equal(await refundStatus(no), 'processing');

    const notification = refundNotification(order.orderNo, 9900, 9900, no);
    // The scheduler's firing of the watch, as its sidecar delivers it (what a job does is safe to run from anywhere).
    const fireWatch = () =>
      fetch(`${API_URL}/job/refund-watch.${no}.1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ outRefundNo: no, attempt: 1 }) });
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, () => sendRefundCallback(notification).then((a) => a.status)),
      ...Array.from({ length: 10 }, () => fireWatch().then((r) => r.status)),
    ]);
    assert.deepEqual(new Set(answers), new Set([200]), JSON.stringify(answers));
    await untilSettled();
    assert.equal(await refundStatus(no), 'success');
    assert.equal(Number((await one<any>("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'order.refund' AND aggregate_id = ?", [order.orderId])).n), 1);
    const reversals = await rows<any>(
      "SELECT l.id FROM balance_ledger l JOIN rewards r ON r.id = l.ref_id WHERE l.entry_type = 'reward_reversal' AND r.order_id = ?", [order.orderId],
    );
    assert.equal(reversals.length, 2, 'one reversal per reward');
    for (const member of chain) assert.deepEqual(await moneyOf(member.userId), ['0.00', '0.00', '0.00', '0.00']);
    await assertInvariants();
  });
});
