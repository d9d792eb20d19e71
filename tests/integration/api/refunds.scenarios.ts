import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, test } from 'node:test';
import Redis from 'ioredis';
import { call, createOrder, login, waitFor } from '../support/api-client';
import { one, rows } from '../support/db';
import { nextPhone } from '../support/factories';
import { assertInvariants } from '../support/invariants';
import { paidNotification, sandbox, sendCallback } from '../support/payer';
import { currentStack, untilSettled } from '../support/suite';
import { externalOne, externalRows } from '../support/external-db';
import {
  ledgerOf, moneyOf, outboxOf, paidByCallback, paidOrder, platformAdmin, refundNotification, rewardSetup, sandboxControl, sandboxRefund,
  sendRefundCallback, untilOutboxDone, update, userWithPermissions,
} from './money.helpers';

const rewardsOf = async (orderId: string) =>
  (await rows<any>('SELECT level, status FROM rewards WHERE order_id = ? ORDER BY level', [orderId])).map((r) => [r.level, r.status]);
const distributor = async (id: string) => {
  const d = await one<any>('SELECT total_earnings, order_count FROM distributors WHERE id = ?', [id]);
  return [d.total_earnings, Number(d.order_count)];
};
const externalOrder = async (orderId: string) =>
  (await externalOne<any>('SELECT status FROM crm_orders WHERE dmh_order_id = ?', [orderId]))?.status;
const externalRewards = async (orderId: string) =>
  (await externalRows<any>('SELECT level, status FROM crm_rewards WHERE dmh_order_id = ? ORDER BY level', [orderId])).map((r) => [r.level, r.status]);
const untilExternal = (orderId: string, status: string) =>
  waitFor(`the external copy of ${orderId} to be ${status}`, async () => (await externalOrder(orderId)) === status, 30_000, 100);

describe('refunds reverse rewards through the actors', () => {
  test('a full refund after settlement: balances, ledger, distributor counters and the external copy all go back', async () => {
    const { chain, campaignId } = await rewardSetup(3);
    const order = await paidOrder(campaignId, chain[2].distributorId);
    assert.deepEqual([await moneyOf(chain[2].userId), await moneyOf(chain[0].userId)], [['10.00', '0.00', '0.00', '0.00'], ['2.00', '0.00', '0.00', '0.00']]);
    assert.deepEqual(await distributor(chain[2].distributorId), ['10.00', 1]);

    const refundedFrom = new Date().toISOString();
    const answer = await sandboxRefund(order.orderNo); // REFUND.SUCCESS to the payment callback URL
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    await untilSettled();
    await untilExternal(order.orderId, 'refunded');

    const row = await one<any>('SELECT status, pay_status FROM orders WHERE id = ?', [order.orderId]);
    assert.deepEqual([row.status, row.pay_status], ['refunded', 'refunded']);
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'reversed'], [2, 'reversed'], [3, 'reversed']]);
    for (const member of chain) assert.deepEqual(await moneyOf(member.userId), ['0.00', '0.00', '0.00', '0.00'], `balance of ${member.username} back to 0`);
    assert.deepEqual((await ledgerOf(chain[2].userId)).map(([type, amount]) => [type, amount]), [['reward_credit', '10.00'], ['reward_reversal', '-10.00']]);
    for (const member of chain) assert.deepEqual(await distributor(member.distributorId), ['0.00', 0], 'earnings and order count back');
    const counted = await rows<any>('SELECT status FROM distributor_rewards WHERE order_id = ?', [order.orderId]);
    assert.deepEqual(counted.map((r) => r.status), ['reversed', 'reversed', 'reversed']);
    assert.deepEqual(await externalRewards(order.orderId), [[1, 'reversed'], [2, 'reversed'], [3, 'reversed']]);

    const redis = new Redis(currentStack().urls.redis, { lazyConnect: true });
    await redis.connect();
    try {
      const refunded = JSON.stringify(await redis.xrange('order.refunded', '-', '+'));
      assert.match(refunded, new RegExp(order.orderNo), 'order.refunded published');
      const reversed = (await redis.xrange('reward.reversed', '-', '+')).map(([, fields]) => JSON.parse(fields[fields.indexOf('data') + 1]));
      // Streams outlive the test database (ids start again each run): only this run's events count.
      const ours = reversed.map((e) => e.data ?? e).filter((e) => e.orderId === order.orderId && e.reversedAt >= refundedFrom);
      assert.deepEqual(ours.map((e) => [e.level, e.outcome, e.clawedBack]).sort(), [[1, 'reversed', '10.00'], [2, 'reversed', '5.00'], [3, 'reversed', '2.00']]);
    } finally {
      redis.disconnect();
    }

    const platform = await platformAdmin();
    const detail = await call('GET', `/api/v1/orders/${order.orderId}`, undefined, platform.token);
    assert.deepEqual(detail.body.data.refunds.map((r: any) => [r.amount, r.status]), [['99.00', 'success']]);
    const again = await sandboxRefund(order.orderNo);
    assert.notEqual(again.status, 200, 'nothing is left to refund');
    await assertInvariants();
  });

  test('10 concurrent replays of one refund notification: one refund, one reversal per reward', async () => {
    const { chain, campaignId } = await rewardSetup(2);
    const order = await paidByCallback(campaignId, chain[1].distributorId);
    await untilSettled();
    const notification = refundNotification(order.orderNo, 9900, 9900);
    const answers = await Promise.all(Array.from({ length: 10 }, () => sendRefundCallback(notification)));
    assert.deepEqual(new Set(answers.map((a) => `${a.status} ${a.body?.code}`)), new Set(['200 SUCCESS']), 'every replay answers success');
    await untilSettled();

    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM refunds WHERE order_id = ?', [order.orderId])).n), 1);
    const reversals = await rows<any>(
      "SELECT l.ref_id FROM balance_ledger l JOIN rewards r ON r.id = l.ref_id WHERE l.entry_type = 'reward_reversal' AND r.order_id = ?",
      [order.orderId],
    );
    assert.equal(reversals.length, 2, 'one reversal per reward');
    assert.deepEqual([await moneyOf(chain[1].userId), await moneyOf(chain[0].userId)], [['0.00', '0.00', '0.00', '0.00'], ['0.00', '0.00', '0.00', '0.00']]);
    assert.equal(Number((await one<any>("SELECT COUNT(*) AS n FROM outbox WHERE kind = 'order.refund' AND aggregate_id = ?", [order.orderId])).n), 1);
    assert.equal((await sendRefundCallback(notification)).status, 200, 'a later replay still answers success');
    await assertInvariants();
  });

  test('forged, unknown or mismatched refund notifications are refused and change nothing', async () => {
    const { chain, campaignId } = await rewardSetup(1);
    const order = await paidByCallback(campaignId, chain[0].distributorId);
    await untilSettled();
    const eventsBefore = Number((await one<any>('SELECT COUNT(*) AS n FROM security_events')).n);
    const genuine = refundNotification(order.orderNo, 9900, 9900);
    const forged = { ...genuine, headers: { ...genuine.headers, 'Wechatpay-Signature': Buffer.alloc(256, 9).toString('base64') } };
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const wrongKey = refundNotification(order.orderNo, 9900, 9900, `RT${order.orderNo}`, sandbox({ platformPrivateKey: otherKey }));
    const cases: [string, { headers: Record<string, string>; body: Buffer }, number][] = [
      ['forged signature', forged, 401],
      ['signed by another key', wrongKey, 401],
      ['body changed after signing', { headers: genuine.headers, body: Buffer.from(genuine.body.toString().replace('REFUND.SUCCESS', 'REFUND.CLOSED')) }, 401],
      ['unknown order', refundNotification('D20990101000000ZZZZZZZZZZZZ', 9900, 9900), 404],
      ['order total differs', refundNotification(order.orderNo, 19_900, 9900, `RX${order.orderNo}`), 400],
    ];
    for (const [name, message, status] of cases) {
      const answer = await sendRefundCallback(message);
      assert.deepEqual([answer.status, answer.body?.code], [status, 'FAIL'], name);
    }
    const row = await one<any>('SELECT status, pay_status FROM orders WHERE id = ?', [order.orderId]);
    assert.deepEqual([row.status, row.pay_status], ['paid', 'paid'], 'the order did not change');
    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM refunds WHERE order_id = ?', [order.orderId])).n), 0);
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'settled']]);
    assert.deepEqual(await moneyOf(chain[0].userId), ['10.00', '0.00', '0.00', '0.00']);
    const eventsAfter = Number((await one<any>('SELECT COUNT(*) AS n FROM security_events')).n);
    assert.equal(eventsAfter - eventsBefore, cases.length, 'each refusal is a security event');
    assert.equal((await sendRefundCallback(genuine)).status, 200, 'the genuine notification still works afterwards');
    await untilSettled();
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'reversed']]);
  });

  test('a partial refund leaves the rewards; the refund that completes it reverses them', async () => {
    const { chain, campaignId } = await rewardSetup(1);
    const order = await paidOrder(campaignId, chain[0].distributorId);
    assert.equal((await sandboxRefund(order.orderNo, { amount: 2000 })).status, 200);
    await untilSettled();
    let row = await one<any>('SELECT status, pay_status FROM orders WHERE id = ?', [order.orderId]);
    assert.deepEqual([row.status, row.pay_status], ['paid', 'paid'], 'a partial refund leaves the sign-up standing');
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'settled']]);
    assert.deepEqual(await moneyOf(chain[0].userId), ['10.00', '0.00', '0.00', '0.00']);

    assert.equal((await sandboxRefund(order.orderNo)).status, 200, 'the rest (79.00)');
    await untilSettled();
    row = await one<any>('SELECT status, pay_status FROM orders WHERE id = ?', [order.orderId]);
    assert.deepEqual([row.status, row.pay_status], ['refunded', 'refunded']);
    const refunds = await rows<any>('SELECT amount, status FROM refunds WHERE order_id = ? ORDER BY id', [order.orderId]);
    assert.deepEqual(refunds.map((r) => [r.amount, r.status]), [['20.00', 'success'], ['79.00', 'success']]);
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'reversed']]);
    assert.deepEqual(await moneyOf(chain[0].userId), ['0.00', '0.00', '0.00', '0.00']);
    await untilExternal(order.orderId, 'refunded');
    await assertInvariants();
  });

  test('an admin refunds through the provider: permission, brand scope, amount checked; two at once make one refund', async () => {
    const { brandId, chain, campaignId } = await rewardSetup(2);
    const other = await rewardSetup(1);
    const order = await paidOrder(campaignId, chain[1].distributorId);
    const reader = await userWithPermissions(['order:read'], [brandId]);
    const asReader = await call('POST', `/api/v1/orders/${order.orderId}/refund`, {}, reader.token);
    assert.equal(asReader.status, 403, 'refunds need order:refund');
    const otherRefunder = await userWithPermissions(['order:refund', 'order:read'], [other.brandId]);
    const foreign = await call('POST', `/api/v1/orders/${order.orderId}/refund`, {}, otherRefunder.token);
    assert.equal(foreign.status, 404, "another brand's refunder does not find the order");

    const refunder = await userWithPermissions(['order:refund', 'order:read'], [brandId]);
    const tooMuch = await call('POST', `/api/v1/orders/${order.orderId}/refund`, { amount: '99.01' }, refunder.token);
    assert.deepEqual([tooMuch.status, tooMuch.body.code, tooMuch.body.data.errors[0].field], [409, 40991, 'body.amount']);
    const extra = await call('POST', `/api/v1/orders/${order.orderId}/refund`, { balance: '1' }, refunder.token);
    assert.deepEqual([extra.status, extra.body.data.errors[0].field], [400, 'body.balance']);

    // The provider is told to refund at once (refunds in process have their own scenarios below).
    await sandboxControl({ out_trade_no: order.orderNo, refund: { status: 'SUCCESS' } });
    const answers = await Promise.all([1, 2].map(() => call('POST', `/api/v1/orders/${order.orderId}/refund`, { reason: '顾客取消' }, refunder.token)));
    const ok = answers.filter((a) => a.status === 200);
    assert.ok(ok.length >= 1, JSON.stringify(answers.map((a) => a.body)));
    // The second either joined the refund in flight (same refund number) or found the order already refunded.
    for (const a of answers) {
      if (a.status === 200) assert.equal(a.body.data.refund.outRefundNo, ok[0].body.data.refund.outRefundNo, 'one refund');
      else assert.deepEqual([a.status, a.body.code], [409, 40990]);
    }
    assert.deepEqual([ok[0].body.data.refund.status, ok[0].body.data.refund.amount, ok[0].body.data.order.status], ['success', '99.00', 'refunded']);
    await untilSettled();
    assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM refunds WHERE order_id = ?', [order.orderId])).n), 1);
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'reversed'], [2, 'reversed']]);
    assert.deepEqual(await moneyOf(chain[1].userId), ['0.00', '0.00', '0.00', '0.00']);
    const audit = await rows<any>("SELECT user_id FROM audit_logs WHERE action = 'order.refund' AND resource_id = ?", [order.orderId]);
    assert.deepEqual(audit.map((a) => String(a.user_id)), [refunder.userId], 'the refund is audited once');
    const again = await call('POST', `/api/v1/orders/${order.orderId}/refund`, {}, refunder.token);
    assert.deepEqual([again.status, again.body.code], [409, 40990], 'a refunded order cannot be refunded again');
    await assertInvariants();
  });

  test('a refund of an already withdrawn balance becomes debt, repaid from the next reward', async () => {
    const { chain, campaignId } = await rewardSetup(1, '30.00');
    const [member] = chain;
    const first = await paidOrder(campaignId, member.distributorId);
    const token = await login(member.username, member.password);
    const platform = await platformAdmin();
    const w = await call('POST', '/api/v1/withdrawals', { amount: '30.00' }, token);
    assert.equal(w.status, 201, JSON.stringify(w.body));
    assert.equal((await call('POST', `/api/v1/withdrawals/${w.body.data.id}/approve`, undefined, platform.token)).status, 200);
    assert.equal((await call('POST', `/api/v1/withdrawals/${w.body.data.id}/paid`, {}, platform.token)).status, 200);
    assert.deepEqual(await moneyOf(member.userId), ['0.00', '0.00', '0.00', '30.00']);

    assert.equal((await sandboxRefund(first.orderNo)).status, 200);
    await untilSettled();
    assert.deepEqual(await moneyOf(member.userId), ['0.00', '0.00', '30.00', '30.00'], 'nothing to take back: all of it is debt');
    assert.deepEqual((await ledgerOf(member.userId)).at(-1), ['reward_reversal', '0.00', '30.00']);
    const balance = await call('GET', `/api/v1/rewards/balance/${member.userId}`, undefined, token);
    assert.deepEqual([balance.body.data.balance, balance.body.data.debt], ['0.00', '30.00']);

    await paidOrder(campaignId, member.distributorId); // +30.00, all of it repays the debt
    assert.deepEqual(await moneyOf(member.userId), ['0.00', '0.00', '0.00', '30.00']);
    assert.deepEqual((await ledgerOf(member.userId)).slice(-2), [['reward_credit', '30.00', '30.00'], ['debt_repayment', '-30.00', '0.00']]);
    await paidOrder(campaignId, member.distributorId);
    assert.deepEqual(await moneyOf(member.userId), ['30.00', '0.00', '0.00', '30.00'], 'debt repaid: new rewards reach the balance');
    const ledger = await call('GET', `/api/v1/rewards/${member.userId}/ledger?pageSize=3`, undefined, token);
    assert.deepEqual(ledger.body.data.items.map((e: any) => [e.entryType, e.amount, e.debtAfter]), [
      ['reward_credit', '30.00', '0.00'], ['debt_repayment', '-30.00', '0.00'], ['reward_credit', '30.00', '30.00'],
    ]);
    assert.equal(ledger.body.data.total, 7);
    await assertInvariants();
  });

  test('a refund before the rewards settled cancels them: never credited, even when the settlement runs later', async () => {
    const stack = currentStack();
    const { chain, campaignId } = await rewardSetup(2);
    const order = await createOrder(campaignId, nextPhone(), chain[1].distributorId);
    await stack.kill('actors', 'SIGKILL');
    try {
      // Paid while the actor host is down: accepted and recorded, the credits cannot happen yet.
      assert.equal((await sendCallback(paidNotification(order.orderNo, 9900))).status, 200);
      const orderId = order.orderId;
      await waitFor('the settlement to be held back', async () => {
        const held = await update(
          `UPDATE outbox SET status = 'held' WHERE kind = 'order.settle' AND aggregate_id = ? AND status = 'pending'
              AND attempts >= 1 AND (locked_until IS NULL OR locked_until < NOW(3))`,
          [orderId],
        );
        return held === 1;
      }, 90_000, 200);
    } finally {
      await stack.startProcess('actors');
    }
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'pending'], [2, 'pending']]);

    assert.equal((await sendRefundCallback(refundNotification(order.orderNo, 9900, 9900))).status, 200);
    await untilOutboxDone('order.refund', order.orderId, 90_000);
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'cancelled'], [2, 'cancelled']]);

    await update("UPDATE outbox SET status = 'pending', next_attempt_at = NOW(3), locked_until = NULL WHERE kind = 'order.settle' AND aggregate_id = ?", [order.orderId]);
    await untilSettled();
    assert.equal((await outboxOf('order.settle', order.orderId))?.status, 'done', 'the late settlement ran');
    assert.deepEqual(await rewardsOf(order.orderId), [[1, 'cancelled'], [2, 'cancelled']], 'and credited nothing');
    const credits = await rows("SELECT l.id FROM balance_ledger l JOIN rewards r ON r.id = l.ref_id AND l.entry_type LIKE 'reward_%' WHERE r.order_id = ?", [order.orderId]);
    assert.deepEqual(credits, [], 'no ledger entry at all');
    for (const member of chain) {
      assert.deepEqual(await moneyOf(member.userId), ['0.00', '0.00', '0.00', '0.00']);
      assert.deepEqual(await distributor(member.distributorId), ['0.00', 0]);
    }
    await untilExternal(order.orderId, 'refunded');
    assert.deepEqual(await externalRewards(order.orderId), [[1, 'cancelled'], [2, 'cancelled']]);
    await assertInvariants();
  });
});
