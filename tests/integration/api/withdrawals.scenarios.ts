import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { call, login } from '../support/api-client';
import { rows } from '../support/db';
import { createBrandAdmin } from '../support/factories';
import { assertInvariants } from '../support/invariants';
import { untilSettled } from '../support/suite';
import { ledgerOf, moneyOf, paidOrder, rewardSetup, userWithPermissions } from './money.helpers';

const REVIEWER = ['withdrawal:read', 'withdrawal:approve'];
const auditOf = async (withdrawalId: string) =>
  (await rows<any>("SELECT action FROM audit_logs WHERE resource = 'withdrawal' AND resource_id = ? ORDER BY id", [withdrawalId])).map((a) => a.action);

describe('withdrawals', () => {
  test('a request is refused over the balance, under the minimum or with foreign fields, naming the field; nothing is frozen', async () => {
    const { chain, campaignId } = await rewardSetup(1, '30.00');
    await paidOrder(campaignId, chain[0].distributorId);
    const token = await login(chain[0].username, chain[0].password);

    const over = await call('POST', '/api/v1/withdrawals', { amount: '30.01' }, token);
    assert.deepEqual([over.status, over.body.code, over.body.data.errors[0].field], [409, 40993, 'body.amount']);
    assert.match(over.body.message, /30\.00/, 'says what is available');
    const under = await call('POST', '/api/v1/withdrawals', { amount: '9.99' }, token);
    assert.deepEqual([under.status, under.body.code, under.body.data.errors[0].field], [400, 40090, 'body.amount']);
    const junk = await call('POST', '/api/v1/withdrawals', { amount: 'lots' }, token);
    assert.deepEqual([junk.status, junk.body.data.errors[0].field], [400, 'body.amount']);
    for (const field of ['balance', 'userId', 'status']) {
      const extra = await call('POST', '/api/v1/withdrawals', { amount: '10.00', [field]: '1' }, token);
      assert.deepEqual([extra.status, extra.body.data.errors[0].field], [400, `body.${field}`], `${field} is refused`);
    }
    const notMine = await call('POST', '/api/v1/withdrawals', { amount: '10.00', brandId: '999999' }, token);
    assert.deepEqual([notMine.status, notMine.body.data.errors[0].field], [404, 'body.brandId']);
    assert.deepEqual(await moneyOf(chain[0].userId), ['30.00', '0.00', '0.00', '0.00']);
    assert.deepEqual(await rows('SELECT id FROM withdrawals WHERE user_id = ?', [chain[0].userId]), []);
    const admin = await createBrandAdmin();
    assert.equal((await call('POST', '/api/v1/withdrawals', { amount: '10.00' }, await login(admin.username, admin.password))).status, 403, 'only distributors withdraw');
  });

  test('request → approve → paid, and request → reject: balances and ledger checked at every step, all audited', async () => {
    const { brandId, chain, campaignId } = await rewardSetup(1, '30.00');
    const [member] = chain;
    await paidOrder(campaignId, member.distributorId);
    await paidOrder(campaignId, member.distributorId);
    const token = await login(member.username, member.password);
    const reviewer = await userWithPermissions(REVIEWER, [brandId]);
    assert.deepEqual(await moneyOf(member.userId), ['60.00', '0.00', '0.00', '0.00']);

    const requested = await call('POST', '/api/v1/withdrawals', { amount: '25', accountInfo: { channel: 'wechat', name: '张三' }, idempotencyKey: 'wd-key-0001' }, token);
    assert.equal(requested.status, 201, JSON.stringify(requested.body));
    const w = requested.body.data;
    assert.deepEqual([w.status, w.amount, w.brandId, w.userId, w.accountInfo.channel], ['requested', '25.00', brandId, member.userId, 'wechat']);
    assert.deepEqual(await moneyOf(member.userId), ['35.00', '25.00', '0.00', '0.00'], 'frozen at once');
    const replay = await call('POST', '/api/v1/withdrawals', { amount: '25.00', idempotencyKey: 'wd-key-0001' }, token);
    assert.deepEqual([replay.status, replay.body.data.id], [201, w.id], 'the same key gives the same withdrawal');
    const second = await call('POST', '/api/v1/withdrawals', { amount: '10.00' }, token);
    assert.deepEqual([second.status, second.body.code], [409, 40994], 'one open request at a time');
    assert.deepEqual(await moneyOf(member.userId), ['35.00', '25.00', '0.00', '0.00']);

    assert.deepEqual([(await call('POST', `/api/v1/withdrawals/${w.id}/paid`, {}, reviewer.token)).body.code], [40995], 'no payout before approval');
    const approvals = await Promise.all(Array.from({ length: 6 }, () => call('POST', `/api/v1/withdrawals/${w.id}/approve`, undefined, reviewer.token)));
    assert.deepEqual(approvals.map((a) => [a.status, a.body.data.status]), Array(6).fill([200, 'approved']), 'concurrent approvals all answer approved');
    assert.deepEqual(await auditOf(w.id), ['withdrawal.request', 'withdrawal.approve'], 'one approval happened');
    assert.deepEqual(await moneyOf(member.userId), ['35.00', '25.00', '0.00', '0.00'], 'approval moves no money');

    const paid = await Promise.all([1, 2, 3].map(() => call('POST', `/api/v1/withdrawals/${w.id}/paid`, { payoutRef: 'WXPAY-0001' }, reviewer.token)));
    assert.deepEqual(paid.map((p) => [p.status, p.body.data.status]), Array(3).fill([200, 'paid']));
    assert.equal(paid[0].body.data.payoutRef, 'WXPAY-0001');
    assert.deepEqual(await moneyOf(member.userId), ['35.00', '0.00', '0.00', '25.00'], 'the frozen amount left for good');
    assert.deepEqual((await call('POST', `/api/v1/withdrawals/${w.id}/reject`, { reason: 'too late' }, reviewer.token)).body.code, 40995, 'a paid withdrawal cannot be rejected');

    const next = await call('POST', '/api/v1/withdrawals', { amount: '35.00' }, token);
    assert.equal(next.status, 201);
    assert.deepEqual(await moneyOf(member.userId), ['0.00', '35.00', '0.00', '25.00']);
    const noReason = await call('POST', `/api/v1/withdrawals/${next.body.data.id}/reject`, {}, reviewer.token);
    assert.deepEqual([noReason.status, noReason.body.data.errors[0].field], [400, 'body.reason']);
    const rejected = await call('POST', `/api/v1/withdrawals/${next.body.data.id}/reject`, { reason: '账户信息有误' }, reviewer.token);
    assert.deepEqual([rejected.status, rejected.body.data.status, rejected.body.data.rejectReason], [200, 'rejected', '账户信息有误']);
    assert.deepEqual(await moneyOf(member.userId), ['35.00', '0.00', '0.00', '25.00'], 'released back to the balance');
    assert.equal((await call('POST', `/api/v1/withdrawals/${next.body.data.id}/reject`, { reason: 'again' }, reviewer.token)).status, 200, 'a replay');
    assert.equal((await call('POST', `/api/v1/withdrawals/${next.body.data.id}/approve`, undefined, reviewer.token)).body.code, 40995);
    assert.deepEqual(await moneyOf(member.userId), ['35.00', '0.00', '0.00', '25.00']);

    assert.deepEqual((await ledgerOf(member.userId)).map(([type, amount]) => [type, amount]), [
      ['reward_credit', '30.00'], ['reward_credit', '30.00'], ['withdraw_freeze', '-25.00'], ['withdraw_paid', '0.00'],
      ['withdraw_freeze', '-35.00'], ['withdraw_unfreeze', '35.00'],
    ]);
    assert.deepEqual(await auditOf(w.id), ['withdrawal.request', 'withdrawal.approve', 'withdrawal.pay']);
    assert.deepEqual(await auditOf(next.body.data.id), ['withdrawal.request', 'withdrawal.reject']);
    const mine = await call('GET', '/api/v1/withdrawals?status=paid', undefined, token);
    assert.deepEqual(mine.body.data.items.map((i: any) => i.id), [w.id]);
    await untilSettled();
    await assertInvariants();
  });

  test("nobody reads or acts on someone else's withdrawal: 404 for other distributors and other brands' admins", async () => {
    const a = await rewardSetup(2, '30.00');
    const b = await rewardSetup(1, '30.00');
    await paidOrder(a.campaignId, a.chain[1].distributorId);
    const owner = a.chain[1];
    const ownerToken = await login(owner.username, owner.password);
    const created = await call('POST', '/api/v1/withdrawals', { amount: '20.00' }, ownerToken);
    assert.equal(created.status, 201);
    const id = created.body.data.id;

    const sibling = await login(a.chain[0].username, a.chain[0].password); // same brand, another distributor
    assert.equal((await call('GET', `/api/v1/withdrawals/${id}`, undefined, sibling)).status, 404);
    assert.deepEqual((await call('GET', '/api/v1/withdrawals', undefined, sibling)).body.data.items, []);
    assert.equal((await call('POST', `/api/v1/withdrawals/${id}/approve`, undefined, sibling)).status, 403, 'distributors do not review');

    const otherReviewer = await userWithPermissions(REVIEWER, [b.brandId]);
    assert.equal((await call('GET', `/api/v1/withdrawals/${id}`, undefined, otherReviewer.token)).status, 404);
    assert.equal((await call('POST', `/api/v1/withdrawals/${id}/approve`, undefined, otherReviewer.token)).status, 404);
    assert.equal((await call('POST', `/api/v1/withdrawals/${id}/reject`, { reason: 'x' }, otherReviewer.token)).status, 404);
    assert.deepEqual((await call('GET', '/api/v1/withdrawals', undefined, otherReviewer.token)).body.data.items, []);

    const brandReader = await userWithPermissions(['withdrawal:read', 'reward:read'], [a.brandId]); // reads, may not approve
    const readerToken = brandReader.token;
    assert.equal((await call('GET', `/api/v1/withdrawals/${id}`, undefined, readerToken)).status, 200, 'a reader of its brand reads it');
    assert.equal((await call('POST', `/api/v1/withdrawals/${id}/approve`, undefined, readerToken)).status, 403);
    const reviewer = await userWithPermissions(REVIEWER, [a.brandId]);
    const list = await call('GET', `/api/v1/withdrawals?status=requested&userId=${owner.userId}`, undefined, reviewer.token);
    assert.deepEqual(list.body.data.items.map((i: any) => i.id), [id]);
    assert.equal((await call('GET', `/api/v1/withdrawals/${id}`, undefined, ownerToken)).status, 200, 'the owner reads it');
    assert.deepEqual(await moneyOf(owner.userId), ['10.00', '20.00', '0.00', '0.00'], 'nothing moved');

    // Balances and ledgers are private: brand admins see a distributor's rewards in their brand only.
    assert.equal((await call('GET', `/api/v1/rewards/balance/${owner.userId}`, undefined, sibling)).status, 404);
    assert.equal((await call('GET', `/api/v1/rewards/${owner.userId}/ledger`, undefined, readerToken)).status, 404);
    const rewards = await call('GET', `/api/v1/rewards/${owner.userId}`, undefined, readerToken);
    assert.deepEqual(rewards.body.data.items.map((r: any) => [r.level, r.amount, r.brandId]), [[1, '30.00', a.brandId]]);
    const foreignAdmin = await createBrandAdmin(b.brandId);
    assert.equal((await call('GET', `/api/v1/rewards/${owner.userId}`, undefined, await login(foreignAdmin.username, foreignAdmin.password))).status, 404);
    assert.equal((await call('GET', `/api/v1/rewards/${owner.userId}/ledger`, undefined, ownerToken)).body.data.total, 2);
  });
});
