import assert from 'node:assert/strict';
import { rows, one } from './db';

import { TEST_EXTERNAL_DB as EXTERNAL_DB } from './test-databases';

/**
 * The product's invariants, checked against the real databases once the system has settled:
 * money conserved, one reward per (order, level), ledger = balance, no negative balance, no paid order
 * with unsettled rewards or a pending outbox row, and every paid order and reward in the external
 * database exactly once (primary keys there are DMH's ids) with the same amounts and statuses.
 */
export async function assertInvariants(): Promise<void> {
  const money = await one<{ held: string; settled: string }>(
    `SELECT (SELECT COALESCE(SUM(balance + frozen + total_withdrawn), 0) FROM user_balances) AS held,
            (SELECT COALESCE(SUM(amount), 0) FROM rewards WHERE status = 'settled') AS settled`,
  );
  assert.equal(money.held, money.settled, 'money conserved: balances + frozen + withdrawn = settled rewards');

  const doubled = await rows('SELECT order_id, level FROM rewards GROUP BY order_id, level HAVING COUNT(*) > 1');
  assert.deepEqual(doubled, [], 'at most one reward per (order, level)');

  const drift = await rows(
    `SELECT b.user_id, b.balance, COALESCE(l.total, 0) AS ledger FROM user_balances b
       LEFT JOIN (SELECT user_id, SUM(amount) AS total FROM balance_ledger GROUP BY user_id) l ON l.user_id = b.user_id
      WHERE b.balance <> COALESCE(l.total, 0) + 0`,
  );
  assert.deepEqual(drift, [], 'every balance equals the sum of its ledger');

  const negative = await rows('SELECT user_id FROM user_balances WHERE balance < 0 OR frozen < 0');
  assert.deepEqual(negative, [], 'no negative balance');

  const unsettled = await rows(
    "SELECT r.id FROM rewards r JOIN orders o ON o.id = r.order_id WHERE o.pay_status = 'paid' AND r.status = 'pending'",
  );
  assert.deepEqual(unsettled, [], 'no paid order with a pending reward');

  const pending = await rows("SELECT id, aggregate_id, attempts, last_error FROM outbox WHERE status <> 'done'");
  assert.deepEqual(pending, [], 'nothing left pending in the outbox');

  const missingOrders = await rows(
    `SELECT o.id FROM orders o LEFT JOIN ${EXTERNAL_DB}.crm_orders x ON x.dmh_order_id = o.id
      WHERE o.pay_status = 'paid' AND (x.dmh_order_id IS NULL OR BINARY x.status <> BINARY o.status OR x.amount <> o.amount)`,
  );
  assert.deepEqual(missingOrders, [], 'every paid order is in the external database, as it is in DMH');

  const missingRewards = await rows(
    `SELECT r.id FROM rewards r LEFT JOIN ${EXTERNAL_DB}.crm_rewards x ON x.dmh_reward_id = r.id
      WHERE r.status = 'settled' AND (x.dmh_reward_id IS NULL OR BINARY x.status <> BINARY r.status OR x.amount <> r.amount)`,
  );
  assert.deepEqual(missingRewards, [], 'every settled reward is in the external database, as it is in DMH');
}

/** True once every paid order has settled rewards, the outbox is drained and the sync caught up. */
export async function settled(): Promise<boolean> {
  const [state] = await rows<{ pending_rewards: string; outbox: string; unsynced: string }>(
    `SELECT (SELECT COUNT(*) FROM rewards r JOIN orders o ON o.id = r.order_id WHERE o.pay_status = 'paid' AND r.status = 'pending') AS pending_rewards,
            (SELECT COUNT(*) FROM outbox WHERE status <> 'done') AS outbox,
            (SELECT COUNT(*) FROM orders WHERE pay_status = 'paid' AND sync_status <> 'synced') AS unsynced`,
  );
  return Number(state.pending_rewards) === 0 && Number(state.outbox) === 0 && Number(state.unsynced) === 0;
}
