import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { paidTransaction } from '@dmh/shared/dist/wechatpay';
import { chinaDay, addDays } from '../../../api/src/reconciliation/bill-day';
import { API_URL, call, createOrder, login, SANDBOX_URL, waitFor } from '../support/api-client';
import { one, rows } from '../support/db';
import { createBrandAdmin, nextPhone } from '../support/factories';
import { assertInvariants } from '../support/invariants';
import { sandbox, sendCallback } from '../support/payer';
import { currentStack, untilSettled } from '../support/suite';
import { ledgerOf, moneyOf, paidOrder, platformAdmin, rewardSetup } from './money.helpers';

const today = () => chinaDay(new Date());
const control = (body: unknown) =>
  fetch(`${SANDBOX_URL}/sandbox/control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const resetControls = () => fetch(`${SANDBOX_URL}/sandbox/control`, { method: 'DELETE' });
const reconcile = (token: string, billDate = today()) => call('POST', '/api/v1/reconciliations', { billDate }, token);

/** An order paid at the sandbox whose notification never reaches DMH; answers WeChat's transaction id. */
async function paidWithoutNotification(campaignId: string, referrerId: string) {
  const order = await createOrder(campaignId, nextPhone(), referrerId);
  assert.equal((await control({ out_trade_no: order.orderNo, notification: { drop: true } })).status, 204);
  const start = await call('POST', `/api/v1/orders/${order.orderNo}/pay`, { openid: 'oTestPayer0000000000000001' });
  assert.equal(start.status, 200, JSON.stringify(start.body));
  const paid = await fetch(`${SANDBOX_URL}/sandbox/pay/${order.orderNo}`, { method: 'POST' });
  assert.equal(paid.status, 202, 'paid at WeChat, notification dropped');
  return { ...order, transactionId: paid.headers.get('x-sandbox-transaction-id')! };
}

/** The notification WeChat would have sent for that very payment (same transaction id), signed with the sandbox keys. */
function lateNotification(orderNo: string, transactionId: string, amountFen = 9900) {
  const s = sandbox();
  const tx = paidTransaction({ appid: s.appid, mchid: s.mchid, outTradeNo: orderNo, amountFen, payerOpenid: 'oTestPayer0000000000000001', nowMs: Date.now() });
  return s.notification('transaction', { ...tx, transaction_id: transactionId });
}

const ours = (data: any, ...orderNos: string[]) =>
  data.differences.filter((d: any) => orderNos.includes(d.outTradeNo)).map((d: any) => [d.outTradeNo, d.kind, d.wechatAmount, d.dmhAmount, d.resolution]);
const creditsOf = async (userId: string) => (await ledgerOf(userId)).filter(([type]) => type === 'reward_credit').length;

describe("reconciliation: WeChat Pay's trade bill against DMH's books", () => {
  after(resetControls);

  test('a dropped notification and an amount WeChat bills otherwise: both listed, the payment repaired once, a second run repairs nothing', async () => {
    const { chain, campaignId } = await rewardSetup(3);
    const admin = await platformAdmin();
    const dropped = await paidWithoutNotification(campaignId, chain[2].distributorId);
    const changed = await paidOrder(campaignId, chain[2].distributorId);
    assert.equal((await control({ out_trade_no: changed.orderNo, billed_amount_fen: 9800 })).status, 204);
    assert.equal((await one<any>('SELECT pay_status FROM orders WHERE id = ?', [dropped.orderId])).pay_status, 'unpaid');

    const first = await reconcile(admin.token);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.data.status, 'completed');
    assert.match(first.body.data.billHash, /^[0-9a-f]{40}$/);
    assert.deepEqual(ours(first.body.data, dropped.orderNo, changed.orderNo).sort(), [
      [changed.orderNo, 'amount_mismatch', '98.00', '99.00', 'needs_attention'],
      [dropped.orderNo, 'payment_missing_in_dmh', '99.00', '99.00', 'repaired'],
    ].sort());

    await untilSettled();
    const order = await one<any>('SELECT pay_status, trade_no FROM orders WHERE id = ?', [dropped.orderId]);
    assert.deepEqual([order.pay_status, order.trade_no], ['paid', dropped.transactionId]);
    const levels = await rows<any>('SELECT level, status FROM rewards WHERE order_id = ? ORDER BY level', [dropped.orderId]);
    assert.deepEqual(levels.map((r) => [r.level, r.status]), [[1, 'settled'], [2, 'settled'], [3, 'settled']]);
    assert.deepEqual((await moneyOf(chain[2].userId))[0], '20.00', 'level 1 of both orders, each once');
    assert.equal(await creditsOf(chain[2].userId), 2);
    await assertInvariants();

    // The notification WeChat finally delivers for the repaired payment: a replay, answered success, nothing credited again.
    const late = await sendCallback(lateNotification(dropped.orderNo, dropped.transactionId));
    assert.equal(late.status, 200, JSON.stringify(late.body));
    const second = await reconcile(admin.token);
    assert.equal(second.status, 201, JSON.stringify(second.body));
    assert.equal(second.body.data.repaired, 0, 'nothing left to repair');
    assert.deepEqual(ours(second.body.data, dropped.orderNo, changed.orderNo), [[changed.orderNo, 'amount_mismatch', '98.00', '99.00', 'needs_attention']],
      'the mismatch stays listed until someone fixes it; the repaired payment no longer differs');
    await untilSettled();
    assert.deepEqual([(await moneyOf(chain[2].userId))[0], await creditsOf(chain[2].userId)], ['20.00', 2]);
    await assertInvariants();

    const detail = await call('GET', `/api/v1/reconciliations/${first.body.data.id}`, undefined, admin.token);
    assert.deepEqual(detail.body.data, first.body.data, 'the run as it was answered');
    assert.match(detail.body.data.differences.find((d: any) => d.outTradeNo === changed.orderNo).reason, /never changed automatically/);
    const list = await call('GET', `/api/v1/reconciliations?billDate=${today()}&pageSize=100`, undefined, admin.token);
    const ids = list.body.data.items.map((r: any) => r.id);
    assert.ok(ids.indexOf(second.body.data.id) < ids.indexOf(first.body.data.id), 'newest first');
    assert.equal(list.body.data.items.find((r: any) => r.id === first.body.data.id).requestedBy, admin.userId);
    const audited = await rows<any>("SELECT user_id, action FROM audit_logs WHERE resource = 'reconciliation_run' AND resource_id = ?", [first.body.data.id]);
    assert.deepEqual(audited.map((a) => [String(a.user_id), a.action]), [[admin.userId, 'reconciliation.run']], 'an admin run is in the audit log');
  });

  test("a notification racing the reconciliation's repair: paid once, credited once", async () => {
    const { chain, campaignId } = await rewardSetup(3);
    const admin = await platformAdmin();
    const order = await paidWithoutNotification(campaignId, chain[2].distributorId);
    const notification = lateNotification(order.orderNo, order.transactionId);
    const [run, ...callbacks] = await Promise.all([reconcile(admin.token), sendCallback(notification), sendCallback(notification)]);
    assert.equal(run.status, 201, JSON.stringify(run.body));
    assert.deepEqual(callbacks.map((c) => c.status), [200, 200]);
    const listed = run.body.data.differences.filter((d: any) => d.outTradeNo === order.orderNo);
    assert.ok(listed.every((d: any) => ['repaired', 'resolved'].includes(d.resolution)), JSON.stringify(listed));
    await untilSettled();
    assert.equal((await rows('SELECT id FROM rewards WHERE order_id = ?', [order.orderId])).length, 3);
    assert.deepEqual([(await moneyOf(chain[2].userId))[0], await creditsOf(chain[2].userId)], ['10.00', 1]);
    await assertInvariants();
  });

  test('a bill that fails its hash: 502 (50240), the run recorded as failed, nothing changed', async () => {
    const { chain, campaignId } = await rewardSetup(1);
    const admin = await platformAdmin();
    const order = await paidWithoutNotification(campaignId, chain[0].distributorId);
    await control({ bill: { corrupt: true } });
    const refused = await reconcile(admin.token);
    assert.deepEqual([refused.status, refused.body.code], [502, 50240]);
    assert.match(refused.body.message, /bill_hash_mismatch/);
    assert.equal((await one<any>('SELECT pay_status FROM orders WHERE id = ?', [order.orderId])).pay_status, 'unpaid', 'nothing repaired');
    const failed = await call('GET', `/api/v1/reconciliations?billDate=${today()}&status=failed`, undefined, admin.token);
    assert.equal(failed.body.data.items[0].error.code, 'bill_hash_mismatch');
    assert.equal(failed.body.data.items[0].differenceCount, 0);

    await control({ bill: { corrupt: false } });
    const again = await reconcile(admin.token);
    assert.deepEqual(ours(again.body.data, order.orderNo).map((d: any[]) => d[4]), ['repaired'], 'a good bill later: repaired');
    await untilSettled();
    await assertInvariants();
  });

  test('one run of a day at a time: a running run refuses a second (40940) until its lease runs out', async () => {
    const admin = await platformAdmin();
    const day = addDays(today(), -2);
    await rows("INSERT INTO reconciliation_runs (bill_date, status, triggered_by, running, lease_until) VALUES (?, 'running', 'admin', 1, NOW(3) + INTERVAL 1 HOUR)", [day]);
    const busy = await reconcile(admin.token, day);
    assert.deepEqual([busy.status, busy.body.code], [409, 40940]);
    await rows("UPDATE reconciliation_runs SET lease_until = NOW(3) - INTERVAL 1 SECOND WHERE bill_date = ? AND running = 1", [day]);
    const taken = await reconcile(admin.token, day);
    assert.equal(taken.status, 201, JSON.stringify(taken.body));
    const runs = await rows<any>('SELECT status, error_code, running FROM reconciliation_runs WHERE bill_date = ? ORDER BY id', [day]);
    assert.deepEqual(runs.map((r) => [r.status, r.error_code, r.running]), [['failed', 'abandoned', null], ['completed', null, null]]);
  });

  test("the daily job: scheduled with Dapr at start; its firing reconciles yesterday once, however often it fires", async () => {
    // Scheduled in the background at start, once the sidecar's scheduler connection is up.
    const job = await waitFor('the daily job to be scheduled', async () => {
      const answer = await fetch(`${currentStack().urls.apiSidecar}/v1.0/jobs/reconciliation.daily`);
      return answer.status === 200 ? answer : false;
    }, 90_000, 500);
    const spec = (await job.json()) as { schedule: string; dueTime: string };
    assert.equal(spec.schedule, '@every 24h');
    assert.match(spec.dueTime, /T10:30:00\+08:00$/);

    const yesterday = addDays(today(), -1);
    const fire = () => fetch(`${API_URL}/job/reconciliation.daily`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal((await fire()).status, 200);
    assert.equal((await fire()).status, 200);
    const runs = await rows<any>("SELECT status FROM reconciliation_runs WHERE bill_date = ? AND triggered_by = 'schedule'", [yesterday]);
    assert.deepEqual(runs.map((r) => r.status), ['completed']);
  });

  test('who may, and what is refused: 401, 403 for a brand admin, 400 naming body.billDate, 404', async () => {
    const admin = await platformAdmin();
    const brandAdmin = await createBrandAdmin();
    const brandToken = await login(brandAdmin.username, brandAdmin.password);
    assert.equal((await call('POST', '/api/v1/reconciliations', { billDate: today() })).status, 401);
    assert.equal((await reconcile(brandToken)).status, 403);
    assert.equal((await call('GET', '/api/v1/reconciliations', undefined, brandToken)).status, 403);
    const before = Number((await one<any>('SELECT COUNT(*) AS n FROM reconciliation_runs')).n);
    for (const [body, code] of [
      [{ billDate: addDays(today(), 1) }, 'not_billed_yet'], [{ billDate: '2026-02-30' }, 'invalid_format'], [{ billDate: '20261201' }, 'invalid_format'],
      [{ billDate: addDays(today(), -400) }, 'too_old'], [{}, 'invalid_type'],
    ] as const) {
      const answer = await call('POST', '/api/v1/reconciliations', body, admin.token);
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.equal(answer.body.code, 40000);
      assert.deepEqual(answer.body.data.errors.map((e: any) => [e.field, e.code]), [['body.billDate', code]], JSON.stringify(answer.body));
    }
    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM reconciliation_runs')).n), before, 'no run started');
    assert.equal((await call('GET', '/api/v1/reconciliations/999999999', undefined, admin.token)).status, 404);
  });
});
