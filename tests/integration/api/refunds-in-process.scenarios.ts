import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { call, waitFor } from '../support/api-client';
import { one, rows } from '../support/db';
import { assertInvariants } from '../support/invariants';
import { untilSettled } from '../support/suite';
import { REFUND_TEST_ENV } from '../support/test-stack';
import { moneyOf, refundEndNotification, rewardSetup, sandboxControl, sendRefundCallback, userWithPermissions } from './money.helpers';
import { askRefund, FIRST_QUERY_MS, orderState, paidWithRefunder, refundsOfOrder, refundStatus, rewardsOf, sleep, untilRefund } from './refund-watch.helpers';

/**
 * Refunds in process: WeChat answers a refund PROCESSING and ends it later (SUCCESS, CLOSED or ABNORMAL),
 * telling DMH by a notification that may be lost. DMH keeps the refund `processing`, queries it with chained
 * Dapr jobs until it ends, moves money and rewards only on SUCCESS and shows admins what needs them.
 * Timings come from REFUND_TEST_ENV: first query 3 s after the ask, "stuck" after 8 s.
 */
describe('refunds in process: PROCESSING until the notification or the query says how it ended', () => {
  test('PROCESSING → SUCCESS by the notification: nothing moves while it is in process, then money and rewards go back once', async () => {
    const { chain, order, refunder } = await paidWithRefunder();
    await sandboxControl({ out_trade_no: order.orderNo, refund: { status: 'PROCESSING', notify_after_ms: 300 } });
    const asked = Date.now();
    const answer = await askRefund(order.orderId, refunder.token);
    assert.deepEqual([answer.refund.status, answer.refund.needsAction, answer.order.status], ['processing', false, 'paid']);
    assert.match(answer.refund.guidance, /^退款处理中：/);
    assert.deepEqual(await moneyOf(chain[1].userId), ['10.00', '0.00', '0.00', '0.00'], 'nothing reversed while in process');

    const no = answer.refund.outRefundNo;
    await untilRefund(no, 'success', 10_000);
    assert.ok(Date.now() - asked < FIRST_QUERY_MS, 'it ended before the first query was due: the notification did it');
    await untilSettled();
    assert.deepEqual(await orderState(order.orderId), ['refunded', 'refunded']);
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'reversed'], [2, 'reversed']]);
    for (const member of chain) assert.deepEqual(await moneyOf(member.userId), ['0.00', '0.00', '0.00', '0.00']);
    const [refund] = await refundsOfOrder(order.orderId, refunder.token);
    assert.deepEqual([refund.status, refund.needsAction, refund.guidance], ['success', false, null]);
    await assertInvariants();
  });

  test('PROCESSING → SUCCESS by the query when the notification is dropped', async () => {
    const { chain, order, refunder } = await paidWithRefunder();
    await sandboxControl({ out_trade_no: order.orderNo, refund: { status: 'PROCESSING', notify_after_ms: 200 }, notification: { drop: true } });
    const answer = await askRefund(order.orderId, refunder.token);
    const no = answer.refund.outRefundNo;
    await sleep(1_500); // ended at the sandbox, and nobody told DMH
    assert.equal(await refundStatus(no), 'processing');
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'settled'], [2, 'settled']]);

    await untilRefund(no, 'success', 30_000);
    await untilSettled();
    assert.deepEqual(await orderState(order.orderId), ['refunded', 'refunded']);
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'reversed'], [2, 'reversed']]);
    for (const member of chain) assert.deepEqual(await moneyOf(member.userId), ['0.00', '0.00', '0.00', '0.00']);
    const reversals = await rows<any>(
      "SELECT l.id FROM balance_ledger l JOIN rewards r ON r.id = l.ref_id WHERE l.entry_type = 'reward_reversal' AND r.order_id = ?", [order.orderId],
    );
    assert.equal(reversals.length, 2, 'one reversal per reward');
    await assertInvariants();
  });

  test('CLOSED (notified): rewards and balances untouched, the admin is told, and the order can be refunded again', async () => {
    const { chain, order, refunder } = await paidWithRefunder();
    await sandboxControl({ out_trade_no: order.orderNo, refund: { status: 'PROCESSING', notify_after_ms: 200, outcome: 'CLOSED' } });
    const no = (await askRefund(order.orderId, refunder.token)).refund.outRefundNo;
    await untilRefund(no, 'closed', 10_000);
    await untilSettled();
    assert.deepEqual(await orderState(order.orderId), ['paid', 'paid']);
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'settled'], [2, 'settled']]);
    assert.deepEqual([await moneyOf(chain[1].userId), await moneyOf(chain[0].userId)], [['10.00', '0.00', '0.00', '0.00'], ['5.00', '0.00', '0.00', '0.00']]);
    const [closed] = await refundsOfOrder(order.orderId, refunder.token);
    assert.deepEqual([closed.status, closed.needsAction], ['closed', false]);
    assert.match(closed.guidance, /^退款已关闭/);
    await assertInvariants();

    await sandboxControl({ out_trade_no: order.orderNo, refund: { status: 'SUCCESS' } });
    const again = await askRefund(order.orderId, refunder.token);
    assert.notEqual(again.refund.outRefundNo, no, 'a new refund number');
    assert.deepEqual([again.refund.status, again.order.status], ['success', 'refunded']);
    await untilSettled();
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'reversed'], [2, 'reversed']]);
    await assertInvariants();
  });

  test('ABNORMAL (learnt by the query): rewards untouched, shown to the admin with what to do, and finished when WeChat later succeeds', async () => {
    const { brandId, chain, order, refunder } = await paidWithRefunder();
    const other = await rewardSetup(1);
    const otherAdmin = await userWithPermissions(['order:read'], [other.brandId]);
    await sandboxControl({ out_trade_no: order.orderNo, refund: { status: 'PROCESSING', notify_after_ms: 200, outcome: 'ABNORMAL' }, notification: { drop: true } });
    const no = (await askRefund(order.orderId, refunder.token)).refund.outRefundNo;
    await untilRefund(no, 'abnormal', 30_000);
    await untilSettled();
    assert.deepEqual(await orderState(order.orderId), ['paid', 'paid']);
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'settled'], [2, 'settled']]);
    assert.deepEqual(await moneyOf(chain[1].userId), ['10.00', '0.00', '0.00', '0.00']);

    const [abnormal] = await refundsOfOrder(order.orderId, refunder.token);
    assert.deepEqual([abnormal.status, abnormal.needsAction], ['abnormal', true]);
    assert.match(abnormal.guidance, /^退款异常/);
    for (const part of ['注销或被冻结', '商户平台', '交易中心', 'apply-abnormal-refund', no]) assert.ok(abnormal.guidance.includes(part), part);

    const listed = await call('GET', '/api/v1/orders/refunds?needsAction=true&pageSize=100', undefined, refunder.token);
    assert.equal(listed.status, 200, JSON.stringify(listed.body));
    const mine = listed.body.data.items.find((r: any) => r.outRefundNo === no);
    assert.deepEqual([mine?.orderId, mine?.orderNo, mine?.brandId, mine?.status, mine?.needsAction], [order.orderId, order.orderNo, brandId, 'abnormal', true]);
    const byStatus = await call('GET', '/api/v1/orders/refunds?status=abnormal', undefined, refunder.token);
    assert.deepEqual(byStatus.body.data.items.map((r: any) => r.outRefundNo), [no], 'its brand has this one abnormal refund');
    const foreign = await call('GET', '/api/v1/orders/refunds?status=abnormal', undefined, otherAdmin.token);
    assert.deepEqual([foreign.status, foreign.body.data.items.some((r: any) => r.outRefundNo === no)], [200, false], "another brand's admin does not see it");
    const noPermission = await userWithPermissions(['order:refund'], [brandId]);
    assert.equal((await call('GET', '/api/v1/orders/refunds', undefined, noPermission.token)).status, 403, 'the list needs order:read');
    const bad = await call('GET', '/api/v1/orders/refunds?status=lost', undefined, refunder.token);
    assert.deepEqual([bad.status, bad.body.data.errors[0].field], [400, 'query.status']);
    await assertInvariants();

    // The merchant redirects the money in the merchant platform: WeChat then notifies REFUND.SUCCESS for the same refund.
    assert.equal((await sendRefundCallback(refundEndNotification(order.orderNo, no, 'SUCCESS'))).status, 200);
    await untilSettled();
    assert.equal(await refundStatus(no), 'success');
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'reversed'], [2, 'reversed']]);
    assert.deepEqual(await moneyOf(chain[1].userId), ['0.00', '0.00', '0.00', '0.00']);
    const after = await call('GET', '/api/v1/orders/refunds?needsAction=true&pageSize=100', undefined, refunder.token);
    assert.equal(after.body.data.items.some((r: any) => r.outRefundNo === no), false, 'no longer needs action');
    await assertInvariants();
  });

  test('a refund still in process past REFUND_STUCK_AFTER_SECONDS is listed as needing action; asking again re-sends the same refund', async () => {
    const { order, refunder } = await paidWithRefunder();
    await sandboxControl({ out_trade_no: order.orderNo, refund: { status: 'PROCESSING', notify_after_ms: 600_000 }, notification: { drop: true } });
    const no = (await askRefund(order.orderId, refunder.token)).refund.outRefundNo;
    const needingAction = async () =>
      (await call('GET', '/api/v1/orders/refunds?needsAction=true&status=processing', undefined, refunder.token)).body.data.items.find((r: any) => r.outRefundNo === no);
    assert.equal(await needingAction(), undefined, 'not at first');
    const stuck = await waitFor('the refund to be listed as stuck', needingAction, 30_000, 500);
    assert.match(stuck.guidance, new RegExp(`^退款处理中已超过 ${REFUND_TEST_ENV.REFUND_STUCK_AFTER_SECONDS} 秒`));
    assert.equal(await refundStatus(no), 'processing', 'queried, still PROCESSING at WeChat');

    const again = await askRefund(order.orderId, refunder.token);
    assert.deepEqual([again.refund.outRefundNo, again.refund.status], [no, 'processing'], 'the refund in flight, asked again under its number');
    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM refunds WHERE order_id = ?', [order.orderId])).n), 1);

    // WeChat closes it in the end: no money moved, and the watch stops at its next firing.
    assert.equal((await sendRefundCallback(refundEndNotification(order.orderNo, no, 'CLOSED'))).status, 200);
    assert.equal(await refundStatus(no), 'closed');
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'settled'], [2, 'settled']]);
    assert.equal(await needingAction(), undefined);
    await assertInvariants();
  });

});
