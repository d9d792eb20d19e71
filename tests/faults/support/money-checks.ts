import assert from 'node:assert/strict';
import { toCents } from '@dmh/shared';
import Redis from 'ioredis';
import { waitFor } from '../../integration/support/api-client';
import { rows } from '../../integration/support/db';
import { externalRows } from '../../integration/support/external-db';
import type { ChainMember } from '../../integration/support/factories';

/** The reward rule of every fault case's campaign (fixed amounts, in cents), level 1 first. */
export const LEVEL_CENTS = [1000, 500, 200] as const;

export interface CaseOrders {
  /** orderNo → the transaction id WeChat paid it with. */
  paid: Map<string, string>;
  /** orderNo → the chain its referrer heads (level 1 = chain[2]). */
  chainOf: Map<string, ChainMember[]>;
}

/**
 * Every order WeChat was told is paid: the order is paid with that transaction, each of its three rewards is
 * settled and credited exactly once (one ledger credit per reward), and each distributor's balance is
 * exactly what its orders earned it.
 */
export async function assertPaidAndCreditedOnce(orders: CaseOrders): Promise<void> {
  const orderNos = [...orders.paid.keys()];
  const found = await rows<{ id: string; order_no: string; pay_status: string; trade_no: string | null }>(
    'SELECT id, order_no, pay_status, trade_no FROM orders WHERE order_no IN (?)', [orderNos],
  );
  const wrong = found.filter((o) => o.pay_status !== 'paid' || o.trade_no !== orders.paid.get(o.order_no)).map((o) => o.order_no);
  assert.deepEqual([found.length, wrong], [orderNos.length, []], 'every order WeChat paid is paid, with its transaction');

  const ids = found.map((o) => o.id);
  const rewards = await rows<{ id: string; order_id: string; level: number; status: string; credits: string }>(
    `SELECT r.id, r.order_id, r.level, r.status,
            (SELECT COUNT(*) FROM balance_ledger l WHERE l.entry_type = 'reward_credit' AND l.ref_id = r.id) AS credits
       FROM rewards r WHERE r.order_id IN (?)`, [ids],
  );
  assert.equal(rewards.length, ids.length * 3, 'three rewards per paid order');
  const notOnce = rewards.filter((r) => r.status !== 'settled' || Number(r.credits) !== 1);
  assert.deepEqual(notOnce, [], 'every reward settled and credited exactly once');

  // What each distributor must hold: its level's amount once per order of its chain.
  const expected = new Map<string, number>();
  for (const chain of orders.chainOf.values()) for (const m of chain) expected.set(m.userId, 0);
  for (const chain of orders.chainOf.values()) {
    [chain[2], chain[1], chain[0]].forEach((m, level) => expected.set(m.userId, (expected.get(m.userId) ?? 0) + LEVEL_CENTS[level]));
  }
  const balances = await rows<{ user_id: string; balance: string }>('SELECT user_id, balance FROM user_balances WHERE user_id IN (?)', [[...expected.keys()]]);
  const actual = new Map(balances.map((b) => [String(b.user_id), toCents(b.balance)]));
  assert.deepEqual(Object.fromEntries(actual), Object.fromEntries(expected), "each distributor's balance is exactly what its orders earned");
}

/** Every paid order and each of its rewards is in the brand's database exactly once, as in DMH; every sync job done. */
export async function assertSyncedOnce(orderNos: string[]): Promise<void> {
  const dmh = await rows<{ id: string; trade_no: string }>('SELECT id, trade_no FROM orders WHERE order_no IN (?)', [orderNos]);
  const ids = dmh.map((o) => String(o.id));
  const external = await externalRows<{ dmh_order_id: string; trade_no: string; n: string }>(
    'SELECT dmh_order_id, MAX(trade_no) AS trade_no, COUNT(*) AS n FROM crm_orders WHERE dmh_order_id IN (?) GROUP BY dmh_order_id', [ids],
  );
  const byId = new Map(external.map((x) => [String(x.dmh_order_id), x]));
  const missing = dmh.filter((o) => { const x = byId.get(String(o.id)); return !x || Number(x.n) !== 1 || x.trade_no !== o.trade_no; });
  assert.deepEqual(missing.map((o) => o.id), [], 'every paid order is in the external database once, with its transaction');
  const [rewardRows] = await externalRows<{ n: string; distinct_ids: string }>(
    'SELECT COUNT(*) AS n, COUNT(DISTINCT dmh_reward_id) AS distinct_ids FROM crm_rewards WHERE dmh_order_id IN (?)', [ids],
  );
  assert.deepEqual([Number(rewardRows.n), Number(rewardRows.distinct_ids)], [ids.length * 3, ids.length * 3], 'every reward in the external database once');
  const jobs = await rows<{ status: string; n: string }>(
    'SELECT status, COUNT(*) AS n FROM sync_jobs WHERE entity_id IN (?) GROUP BY status', [ids],
  );
  assert.deepEqual(jobs.filter((j) => j.status !== 'done'), [], 'no sync job left retrying, dead or pending');
}

/**
 * Every settled reward reached its distributor's live feed (the Redis stream `dmh:notifications:<userId>`,
 * appended by the settlement once the credits are in, deduplicated by event id) exactly once. A settlement
 * interrupted by the fault is finished by the outbox relay, so this waits (bounded) for the feeds to be
 * complete, then counts. Answers how long it waited.
 */
export async function assertAnnouncedOnce(orderNos: string[], timeoutMs = 150_000): Promise<number> {
  const rewards = await rows<{ id: string; user_id: string }>(
    'SELECT r.id, r.user_id FROM rewards r JOIN orders o ON o.id = r.order_id WHERE o.order_no IN (?)', [orderNos],
  );
  const expected = new Map<string, string[]>();
  for (const r of rewards) expected.set(String(r.user_id), [...(expected.get(String(r.user_id)) ?? []), String(r.id)]);
  const redis = new Redis({ host: '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379), lazyConnect: true, maxRetriesPerRequest: 2 });
  await redis.connect();
  const started = Date.now();
  const problems = async () => {
    const out: Record<string, { missing: string[]; twice: string[] }> = {};
    for (const [userId, ids] of expected) {
      const entries = await redis.xrange(`dmh:notifications:${userId}`, '-', '+');
      const seen = entries.map(([, fields]) => String(JSON.parse(fields[1]).rewardId));
      const missing = ids.filter((id) => !seen.includes(id));
      const twice = [...new Set(seen.filter((id, i) => seen.indexOf(id) !== i))];
      if (missing.length > 0 || twice.length > 0) out[userId] = { missing, twice };
    }
    return out;
  };
  try {
    await waitFor('every reward.settled event in its feed', async () => Object.keys(await problems()).length === 0, timeoutMs, 500).catch(() => undefined);
    const left = await problems();
    const group = Object.keys(left).length === 0 ? null : await redis.xinfo('GROUPS', 'reward.settled').catch((err: Error) => err.message);
    assert.deepEqual(left, {}, `every settled reward announced exactly once in its distributor's feed (reward.settled groups: ${JSON.stringify(group)})`);
    return (Date.now() - started) / 1000;
  } finally {
    redis.disconnect();
  }
}
