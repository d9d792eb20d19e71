import './support/api-modules-on-test-db';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { DataSource } from 'typeorm';
import type { Stack } from '../../scripts/stack/stack';
import { closeLeanPool } from '../../api/src/common/lean-sql';
import { type PaidTransaction, SettlementRepository } from '../../api/src/settlement/settlement.repository';
import { BalanceRepository } from '../../actors/src/balance/balance.repository';
import { openDatabase } from '../../actors/src/runtime/database';
import { closeLeanPool as closeActorsLeanPool } from '../../actors/src/runtime/lean-sql';
import { createOrder } from './support/api-client';
import { db } from './support/db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from './support/factories';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * The credits of several balances in one transaction (BalanceRepository.creditTogether, which the actor host uses
 * for BalanceActor turns that arrive within a couple of milliseconds of each other), against the stack's MariaDB:
 * each balance is credited exactly as alone (ledger row per reward, balance, rewards settled, the distributor's
 * rows and earnings), a replay and a reward of another user are answered as alone, and a balance with debt is
 * left untouched for the general path. Then the same through creditRewards, concurrently, as the turns call it.
 */
let stack: Stack | undefined;
let actorsDb: DataSource | undefined;
const LEASE_MS = 600_000; // the stack's relay leaves these orders' outbox rows alone: this test credits them
const settlement = new SettlementRepository();
const balances = new BalanceRepository();

before(async () => {
  stack = await startTestStack();
  actorsDb = await openDatabase();
}, { timeout: 600_000 });

after(async () => {
  await actorsDb?.destroy();
  await Promise.all([closeLeanPool(), closeActorsLeanPool()]);
  await stopTestStack(stack);
});

/** Three-level orders paid (rewards pending, nobody credits them): their reward ids by level. */
async function paidOrders(n: number) {
  const brandId = await createBrand({ rewardLevels: 3 });
  const chain = await createDistributorChain(brandId, 3);
  const campaignId = await createCampaign(brandId);
  const orders = [];
  for (let i = 0; i < n; i++) {
    const order = await createOrder(campaignId, nextPhone(), chain[2]!.distributorId);
    const tx: PaidTransaction = { outTradeNo: order.orderNo, transactionId: `T-${order.orderNo}`, amountFen: 9900, paidAt: new Date() };
    const outcome = await settlement.markPaid(tx, LEASE_MS);
    assert.equal(outcome.kind, 'paid');
    const rewards = (outcome as Extract<typeof outcome, { kind: 'paid' }>).data.rewards;
    orders.push(Object.fromEntries(rewards.map((r) => [r.level, { rewardId: r.id, amount: r.amount }])) as Record<1 | 2 | 3, { rewardId: string; amount: string }>);
  }
  // chain[2] is paid level 1 (10.00), chain[1] level 2 (5.00), chain[0] level 3 (2.00).
  return { users: { l1: chain[2]!.userId, l2: chain[1]!.userId, l3: chain[0]!.userId }, distributors: chain.map((c) => c.distributorId), orders };
}

/** A balance, its ledger and its distributor's figures (orders: those it referred itself, its level-1 rewards), as the books hold them. */
async function books(userId: string) {
  const [[balance]] = await db().query<any>('SELECT balance, total_reward, debt FROM user_balances WHERE user_id = ?', [userId]);
  const [[ledger]] = await db().query<any>("SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS sum FROM balance_ledger WHERE user_id = ? AND entry_type = 'reward_credit'", [userId]);
  const [[earned]] = await db().query<any>(
    `SELECT d.total_earnings, d.order_count, (SELECT COUNT(*) FROM distributor_rewards dr WHERE dr.distributor_id = d.id) AS counted
     FROM distributors d WHERE d.user_id = ?`, [userId],
  );
  return { balance: balance?.balance, totalReward: balance?.total_reward, debt: balance?.debt, ledgerRows: Number(ledger.n), ledgerSum: Number(ledger.sum).toFixed(2), earnings: earned.total_earnings, orders: Number(earned.order_count), counted: Number(earned.counted) };
}

const rewardStatus = async (rewardId: string) => (await db().query<any>('SELECT status FROM rewards WHERE id = ?', [rewardId]))[0][0].status;

test('several balances in one transaction: each credited as alone; a replay and a stranger answered as alone; a balance with debt left to the general path', async () => {
  const { users, orders: [a, b, c] } = await paidOrders(3);
  // Order a credited the usual way first: every balance has its row.
  for (const [user, level] of [[users.l1, 1], [users.l2, 2], [users.l3, 3]] as const) await balances.creditRewards(user, [a![level]]);
  await db().query("UPDATE user_balances SET debt = '1.00' WHERE user_id = ?", [users.l3]); // as a refund after a withdrawal leaves it
  const before = await books(users.l3);

  const outcomes = await balances.creditTogether([
    { userId: users.l1, requests: [b![1], c![1]] },
    { userId: users.l2, requests: [b![2], a![2], c![1]] }, // a's is a replay; c's level-1 reward is not theirs
    { userId: users.l3, requests: [b![3]] },
  ]);
  assert.deepEqual(outcomes.map((o) => o?.map((d) => d.kind) ?? null), [['credit', 'credit'], ['credit', 'unchanged', 'refused'], null]);

  assert.deepEqual(await books(users.l1), { balance: '30.00', totalReward: '30.00', debt: '0.00', ledgerRows: 3, ledgerSum: '30.00', earnings: '30.00', orders: 3, counted: 3 });
  assert.deepEqual(await books(users.l2), { balance: '10.00', totalReward: '10.00', debt: '0.00', ledgerRows: 2, ledgerSum: '10.00', earnings: '10.00', orders: 0, counted: 2 });
  assert.deepEqual(await books(users.l3), before, 'the balance with debt: nothing written by the group');
  assert.deepEqual(await Promise.all([b![1], c![1], b![2], b![3]].map((r) => rewardStatus(r.rewardId))), ['settled', 'settled', 'settled', 'pending']);

  // The turn then takes the general path (its repayment linked to the ledger row).
  const [item] = await balances.creditRewards(users.l3, [b![3]]);
  assert.deepEqual(item, { rewardId: b![3].rewardId, applied: true, credited: true, balance: '3.00', debtRepaid: '1.00' });

  // The same group again: nothing changes twice.
  const replay = await balances.creditTogether([{ userId: users.l1, requests: [b![1], c![1]] }, { userId: users.l2, requests: [b![2]] }]);
  assert.deepEqual(replay.map((o) => o?.map((d) => d.kind)), [['unchanged', 'unchanged'], ['unchanged']]);
  assert.equal((await books(users.l1)).balance, '30.00');
});

test("three orders' credits at once, as the turns call them (each balance thrice in a window: its first in the group, the others alone after it): each credited once, the books agree", async () => {
  const { users, orders } = await paidOrders(4);
  for (const [user, level] of [[users.l1, 1], [users.l2, 2], [users.l3, 3]] as const) await balances.creditRewards(user, [orders[0]![level]]);
  const answers = await Promise.all(orders.slice(1).flatMap((o) => [
    balances.creditRewards(users.l1, [o[1]]), balances.creditRewards(users.l2, [o[2]]), balances.creditRewards(users.l3, [o[3]]),
  ]));
  assert.ok(answers.every(([item]) => 'applied' in item! && item.applied), 'every credit applied');
  assert.deepEqual(await books(users.l1), { balance: '40.00', totalReward: '40.00', debt: '0.00', ledgerRows: 4, ledgerSum: '40.00', earnings: '40.00', orders: 4, counted: 4 });
  assert.deepEqual(await books(users.l2), { balance: '20.00', totalReward: '20.00', debt: '0.00', ledgerRows: 4, ledgerSum: '20.00', earnings: '20.00', orders: 0, counted: 4 });
  assert.deepEqual(await books(users.l3), { balance: '8.00', totalReward: '8.00', debt: '0.00', ledgerRows: 4, ledgerSum: '8.00', earnings: '8.00', orders: 0, counted: 4 });
});
