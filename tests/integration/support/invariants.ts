import assert from 'node:assert/strict';
import { OPEN_WITHDRAWAL_STATUSES } from '@dmh/shared';
import { rows, one } from './db';
import { externalByKey } from './external-db';

/**
 * The product's invariants, checked against the real databases once the system has settled:
 * money conserved (per user too, debt of clawbacks counted), one reward per (order, level), ledger =
 * balance, frozen = open withdrawals, no negative balance, frozen amount or debt, no paid order with
 * unsettled rewards, no refunded order with unreversed ones, no pending outbox row, and every paid (or
 * refunded) order and reward in the external database exactly once (primary keys there are DMH's ids)
 * with the same amounts and statuses.
 */
export async function assertInvariants(): Promise<void> {
  // A reversed reward leaves 'settled'; what its clawback could not take from the balance is debt.
  const money = await one<{ held: string; settled: string }>(
    `SELECT (SELECT COALESCE(SUM(balance + frozen + total_withdrawn - debt), 0) FROM user_balances) AS held,
            (SELECT COALESCE(SUM(amount), 0) FROM rewards WHERE status = 'settled') AS settled`,
  );
  assert.equal(money.held, money.settled, 'money conserved: balances + frozen + withdrawn − debt = settled (not reversed) rewards');

  const perUser = await rows(
    `SELECT b.user_id, b.total_reward, COALESCE(r.total, 0) AS settled FROM user_balances b
       LEFT JOIN (SELECT user_id, SUM(amount) AS total FROM rewards WHERE status = 'settled' GROUP BY user_id) r ON r.user_id = b.user_id
      WHERE b.balance + b.frozen + b.total_withdrawn - b.debt <> b.total_reward OR b.total_reward <> COALESCE(r.total, 0)`,
  );
  assert.deepEqual(perUser, [], "each user's money: balance + frozen + withdrawn − debt = total_reward = their settled rewards");

  const frozen = await rows(
    `SELECT b.user_id, b.frozen, COALESCE(w.total, 0) AS open FROM user_balances b
       LEFT JOIN (SELECT user_id, SUM(amount) AS total FROM withdrawals
                   WHERE status IN (${OPEN_WITHDRAWAL_STATUSES.map(() => '?').join(', ')}) GROUP BY user_id) w
         ON w.user_id = b.user_id
      WHERE b.frozen <> COALESCE(w.total, 0)`,
    [...OPEN_WITHDRAWAL_STATUSES],
  );
  assert.deepEqual(frozen, [], 'frozen = the open withdrawals (rejected ones released, paid ones paid out)');

  const debtDrift = await rows(
    `SELECT b.user_id, b.debt, l.debt_after FROM user_balances b
       LEFT JOIN balance_ledger l ON l.id = (SELECT MAX(id) FROM balance_ledger WHERE user_id = b.user_id)
      WHERE b.debt <> COALESCE(l.debt_after, 0) OR (b.debt > 0 AND b.balance > 0)`,
  );
  assert.deepEqual(debtDrift, [], 'debt is what the ledger says, and is repaid before money is available');

  const doubled = await rows('SELECT order_id, level FROM rewards GROUP BY order_id, level HAVING COUNT(*) > 1');
  assert.deepEqual(doubled, [], 'at most one reward per (order, level)');

  const drift = await rows(
    `SELECT b.user_id, b.balance, COALESCE(l.total, 0) AS ledger FROM user_balances b
       LEFT JOIN (SELECT user_id, SUM(amount) AS total FROM balance_ledger GROUP BY user_id) l ON l.user_id = b.user_id
      WHERE b.balance <> COALESCE(l.total, 0) + 0`,
  );
  assert.deepEqual(drift, [], 'every balance equals the sum of its ledger');

  // Counted in the credit's own transaction (and taken back in the reversal's): the distributor's figures are its rewards.
  const miscounted = await rows(
    `SELECT r.id, r.status, dr.status AS counted FROM rewards r LEFT JOIN distributor_rewards dr ON dr.reward_id = r.id
      WHERE COALESCE(dr.status, 'none') <> CASE r.status WHEN 'settled' THEN 'settled' WHEN 'reversed' THEN 'reversed' ELSE 'none' END
         OR dr.distributor_id <> r.distributor_id OR dr.amount <> r.amount`,
  );
  assert.deepEqual(miscounted, [], 'every credited reward is counted once on its distributor, every clawed-back one taken back, nothing else');
  const earnings = await rows(
    `SELECT d.id, d.total_earnings, d.order_count, COALESCE(s.amount, 0) AS settled, COALESCE(s.orders, 0) AS orders FROM distributors d
       LEFT JOIN (SELECT distributor_id, SUM(amount) AS amount, SUM(level = 1) AS orders FROM rewards WHERE status = 'settled' GROUP BY distributor_id) s
         ON s.distributor_id = d.id
      WHERE d.total_earnings <> COALESCE(s.amount, 0) OR d.order_count <> COALESCE(s.orders, 0)`,
  );
  assert.deepEqual(earnings, [], "each distributor's earnings and order count = its settled rewards");

  const negative = await rows('SELECT user_id FROM user_balances WHERE balance < 0 OR frozen < 0 OR debt < 0');
  assert.deepEqual(negative, [], 'no negative balance');

  const unsettled = await rows(
    "SELECT r.id FROM rewards r JOIN orders o ON o.id = r.order_id WHERE o.pay_status = 'paid' AND r.status = 'pending'",
  );
  assert.deepEqual(unsettled, [], 'no paid order with a pending reward');

  const unreversed = await rows(
    "SELECT r.id, r.status FROM rewards r JOIN orders o ON o.id = r.order_id WHERE o.pay_status = 'refunded' AND r.status NOT IN ('cancelled', 'reversed')",
  );
  assert.deepEqual(unreversed, [], 'every reward of a refunded order is cancelled or reversed');

  const pending = await rows("SELECT id, aggregate_id, attempts, last_error FROM outbox WHERE status <> 'done'");
  assert.deepEqual(pending, [], 'nothing left pending in the outbox');

  // The external database is on its own server (external-db): read both sides, compare here.
  const paidOrders = await rows<{ id: string; status: string; amount: string }>("SELECT id, status, amount FROM orders WHERE pay_status IN ('paid', 'refunded')");
  const externalOrders = await externalByKey<any>('crm_orders', 'dmh_order_id', paidOrders.map((o) => String(o.id)));
  const missingOrders = paidOrders
    .filter((o) => { const x = externalOrders.get(String(o.id)); return !x || x.status !== o.status || x.amount !== o.amount; })
    .map((o) => ({ id: o.id }));
  assert.deepEqual(missingOrders, [], 'every paid (or refunded) order is in the external database, as it is in DMH');

  const syncedRewards = await rows<{ id: string; status: string; amount: string }>("SELECT id, status, amount FROM rewards WHERE status IN ('settled', 'reversed')");
  const externalRewards = await externalByKey<any>('crm_rewards', 'dmh_reward_id', syncedRewards.map((r) => String(r.id)));
  const missingRewards = syncedRewards
    .filter((r) => { const x = externalRewards.get(String(r.id)); return !x || x.status !== r.status || x.amount !== r.amount; })
    .map((r) => ({ id: r.id }));
  assert.deepEqual(missingRewards, [], 'every settled (or reversed) reward is in the external database, as it is in DMH');
}

/** True once every paid order has settled rewards, the outbox is drained and the sync caught up. */
export async function settled(): Promise<boolean> {
  const [state] = await rows<{ pending_rewards: string; outbox: string; unsynced: string }>(
    `SELECT (SELECT COUNT(*) FROM rewards r JOIN orders o ON o.id = r.order_id WHERE o.pay_status = 'paid' AND r.status = 'pending') AS pending_rewards,
            (SELECT COUNT(*) FROM outbox WHERE status <> 'done') AS outbox,
            (SELECT COUNT(*) FROM orders o LEFT JOIN order_sync_states s ON s.order_id = o.id
              WHERE o.pay_status IN ('paid', 'refunded') AND COALESCE(s.status, 'pending') <> 'synced') AS unsynced`,
  );
  return Number(state.pending_rewards) === 0 && Number(state.outbox) === 0 && Number(state.unsynced) === 0;
}
