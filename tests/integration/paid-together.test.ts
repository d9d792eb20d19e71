import './support/api-modules-on-test-db';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Stack } from '../../scripts/stack/stack';
import { closeLeanPool } from '../../api/src/common/lean-sql';
import { config } from '../../api/src/config';
import { type BatchedPaidOutcome, type PaidTransaction, SETTLE_KIND, SettlementRepository } from '../../api/src/settlement/settlement.repository';
import { createOrder } from './support/api-client';
import { db } from './support/db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from './support/factories';
import { TEST_DB } from './support/test-databases';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * The paid transition of several notifications in one transaction (SettlementRepository.markPaidTogether, which
 * settlement.service uses for the notifications that arrive while others are applied), against the stack's
 * MariaDB: each payable order is paid exactly as markPaid pays it (status, trade number, payment time, one
 * reward per level, one settlement outbox row), and every other notification of the batch is left untouched
 * for markPaid, which then says what it is: a replay in the same batch, an order paid before, an unknown
 * order, another amount.
 */
let stack: Stack | undefined;
const repository = new SettlementRepository();
const onTestDb = () => assert.equal(config().DB_NAME, TEST_DB, "the API's modules use the test stack's database");
const LEASE_MS = 600_000; // the stack's relay leaves these outbox rows alone while the test reads them

before(async () => {
  onTestDb();
  stack = await startTestStack();
}, { timeout: 600_000 });

after(async () => {
  await closeLeanPool();
  await stopTestStack(stack);
});

async function orderRow(orderNo: string) {
  const [[row]] = await db().query<any>('SELECT id, status, pay_status, trade_no, paid_at FROM orders WHERE order_no = ?', [orderNo]);
  return row;
}

test('several notifications in one transaction: the payable ones paid with their rewards and outbox rows, the others left to markPaid', async () => {
  const brandId = await createBrand({ rewardLevels: 3 });
  const chain = await createDistributorChain(brandId, 3);
  const campaignId = await createCampaign(brandId);
  const referrer = chain[2]!.distributorId; // its chain pays three levels
  const [a, b, c, d, e] = await Promise.all(Array.from({ length: 5 }, () => createOrder(campaignId, nextPhone(), referrer)));
  const paidAt = new Date('2026-12-05T10:00:00.000Z');
  const tx = (orderNo: string, tradeNo: string, amountFen = 9900): PaidTransaction => ({ outTradeNo: orderNo, transactionId: tradeNo, amountFen, paidAt });

  // e was paid before, alone.
  assert.equal((await repository.markPaid(tx(e!.orderNo, 'T-e'), LEASE_MS)).kind, 'paid');

  const batch = [
    tx(a!.orderNo, 'T-a'), tx(b!.orderNo, 'T-b'), tx(a!.orderNo, 'T-a'), tx(e!.orderNo, 'T-e'),
    tx('DMH-NO-SUCH-ORDER', 'T-x'), tx(c!.orderNo, 'T-c', 9800), tx(d!.orderNo, 'T-d'),
  ];
  const outcomes = await repository.markPaidTogether(batch, LEASE_MS);
  assert.deepEqual(outcomes.map((o) => o.kind), ['paid', 'paid', 'alone', 'alone', 'alone', 'alone', 'paid']);

  const paid = outcomes.filter((o): o is Extract<BatchedPaidOutcome, { kind: 'paid' }> => o.kind === 'paid');
  assert.equal(new Set(paid.map((p) => p.outboxId)).size, 3, 'one outbox row each');
  for (const [i, order] of [[0, a!], [1, b!], [6, d!]] as const) {
    const outcome = outcomes[i] as Extract<BatchedPaidOutcome, { kind: 'paid' }>;
    const row = await orderRow(order.orderNo);
    assert.equal(outcome.orderId, String(row.id));
    assert.deepEqual([row.status, row.pay_status, row.trade_no, new Date(row.paid_at).toISOString()], ['paid', 'paid', batch[i]!.transactionId, paidAt.toISOString()]);
    assert.deepEqual(outcome.data.order, {
      id: String(row.id), orderNo: order.orderNo, campaignId, brandId, amount: '99.00', tradeNo: batch[i]!.transactionId, paidAt: paidAt.toISOString(),
    });
    assert.deepEqual(outcome.data.rewards.map((r) => [r.level, r.amount, r.status, r.userId]), [
      [1, '10.00', 'pending', chain[2]!.userId], [2, '5.00', 'pending', chain[1]!.userId], [3, '2.00', 'pending', chain[0]!.userId],
    ]);
    const [rewards] = await db().query<any>('SELECT id FROM rewards WHERE order_id = ? ORDER BY level', [row.id]);
    assert.deepEqual(rewards.map((r: any) => String(r.id)), outcome.data.rewards.map((r) => r.id), 'the rewards written are the ones handed over');
    const [[outbox]] = await db().query<any>('SELECT kind, aggregate_id, done_at FROM outbox WHERE id = ?', [outcome.outboxId]);
    assert.deepEqual([outbox.kind, String(outbox.aggregate_id), outbox.done_at], [SETTLE_KIND, String(row.id), null]);
  }
  const untouched = await orderRow(c!.orderNo);
  assert.deepEqual([untouched.status, untouched.pay_status, untouched.trade_no], ['pending', 'unpaid', null], 'another amount changes nothing');

  // What markPaid makes of those left to it, one by one, as the service takes them.
  assert.equal((await repository.markPaid(batch[2]!, LEASE_MS)).kind, 'replay');
  assert.equal((await repository.markPaid(batch[3]!, LEASE_MS)).kind, 'replay');
  assert.equal((await repository.markPaid(batch[4]!, LEASE_MS)).kind, 'unknown_order');
  assert.equal((await repository.markPaid(batch[5]!, LEASE_MS)).kind, 'amount_mismatch');
  const [[counts]] = await db().query<any>(
    'SELECT COUNT(*) AS rewards, COUNT(DISTINCT order_id) AS orders FROM rewards WHERE order_id IN (SELECT id FROM orders WHERE order_no IN (?))',
    [[a!.orderNo, b!.orderNo, c!.orderNo, d!.orderNo, e!.orderNo]],
  );
  assert.deepEqual([Number(counts.rewards), Number(counts.orders)], [12, 4], 'three rewards for each of the four paid orders, none twice');
});

test('a batch with nothing payable writes nothing', async () => {
  const brandId = await createBrand();
  const campaignId = await createCampaign(brandId);
  const order = await createOrder(campaignId, nextPhone());
  const before = await db().query<any>('SELECT COUNT(*) AS n FROM outbox');
  const outcomes = await repository.markPaidTogether([
    { outTradeNo: order.orderNo, transactionId: 'T-1', amountFen: 1, paidAt: new Date() },
    { outTradeNo: 'DMH-NOTHING', transactionId: 'T-2', amountFen: 9900, paidAt: new Date() },
  ], LEASE_MS);
  assert.deepEqual(outcomes.map((o) => o.kind), ['alone', 'alone']);
  const afterCount = await db().query<any>('SELECT COUNT(*) AS n FROM outbox');
  assert.equal(Number(afterCount[0][0].n), Number(before[0][0].n));
  assert.deepEqual(Object.values(await orderRow(order.orderNo)).slice(1, 3), ['pending', 'unpaid']);
});
