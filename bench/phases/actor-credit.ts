import { Coalescer } from '../../api/src/common/coalescer';
import { CALLS_IN_FLIGHT_PER_ACTOR, CREDITS_PER_CALL } from '../../api/src/settlement/settlement-channels';
import type { Stack } from '../../scripts/stack/stack';
import { db, rows } from '../../tests/integration/support/db';
import { type BenchCampaign, pendingOrders } from '../lib/fixtures';
import { nowMs, round } from '../lib/stats';

/**
 * The hot balance's credit step alone, driven like the baseline (`concurrency` workers, one credit each at
 * a time) but through the actor path: the API's sidecar → the actor host's sidecar → BalanceActor, as the
 * settlement dispatcher does it: with its Coalescer (credits that queue while a turn runs go in the next
 * `creditRewards` call: one turn, one transaction) and, for comparison, one `creditReward` call per credit.
 *
 * The rewards are made as the paid transaction leaves them (order paid, reward pending), by SQL; afterwards
 * an outbox row per order hands them to the product's own relay, which finishes them like any interrupted
 * settlement (the credit is then a replay, counted already in its own transaction; it publishes and syncs), so the
 * invariants hold after the phase.
 */
export async function actorCreditStep(stack: Stack, c: BenchCampaign, distributorId: string, userId: string, count: number, concurrency: number, batched: boolean) {
  const orders = await pendingOrders(c, count, [distributorId], batched ? 'ab' : 'a1');
  const orderNos = orders.map((o) => o.orderNo);
  await db().query(
    "UPDATE orders SET status = 'paid', pay_status = 'paid', trade_no = CONCAT('bench-', order_no), paid_at = NOW(3) WHERE order_no IN (?)",
    [orderNos],
  );
  await db().query(
    `INSERT INTO rewards (order_id, campaign_id, brand_id, user_id, distributor_id, level, amount, status)
     SELECT id, campaign_id, brand_id, ?, ?, 1, '10.00', 'pending' FROM orders WHERE order_no IN (?)`,
    [userId, distributorId, orderNos],
  );
  const rewards = await rows<{ id: string; order_id: string }>(
    'SELECT r.id, r.order_id FROM rewards r JOIN orders o ON o.id = r.order_id WHERE o.order_no IN (?) ORDER BY r.id',
    [orderNos],
  );

  const sidecar = stack.urls.apiSidecar;
  const call = async (method: string, body: unknown) => {
    const res = await fetch(`${sidecar}/v1.0/actors/BalanceActor/${userId}/method/${method}`, {
      method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`BalanceActor.${method}: ${res.status} ${text.slice(0, 200)}`);
    return JSON.parse(text);
  };
  let calls = 0;
  const coalescer = new Coalescer<object, unknown>(async (_key, items) => {
    calls += 1;
    return (await call('creditRewards', { credits: items })).results;
  }, CREDITS_PER_CALL, CALLS_IN_FLIGHT_PER_ACTOR);

  let next = 0;
  let errors = 0;
  let replayed = 0;
  const errorSamples = new Set<string>();
  const start = nowMs();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < rewards.length) {
        const r = rewards[next++];
        const command = { rewardId: String(r.id), orderId: String(r.order_id), level: 1, amount: '10.00' };
        try {
          const result: any = batched ? await coalescer.submit(userId, command) : (calls++, await call('creditReward', command));
          // Applied by an earlier attempt of the same call (the sidecar's retry policy re-sent it): a replay.
          if (result?.credited && !result.applied) replayed += 1;
          else if (!result?.applied) {
            errors += 1;
            errorSamples.add(JSON.stringify(result).slice(0, 300));
          }
        } catch (err) {
          errors += 1;
          errorSamples.add((err as Error).message.slice(0, 300));
        }
      }
    }),
  );
  const wallMs = nowMs() - start;

  // Hand the rest of each settlement (count, publish, sync) to the product's relay.
  await db().query(
    `INSERT INTO outbox (kind, aggregate_id, payload) SELECT 'order.settle', CAST(id AS CHAR), JSON_OBJECT('orderId', CAST(id AS CHAR)) FROM orders WHERE order_no IN (?)`,
    [orderNos],
  );
  return { credits: rewards.length, creditsPerSecond: round(rewards.length / (wallMs / 1000)), actorCalls: calls, creditsPerCall: round(rewards.length / calls, 1), replayed, errors, errorSamples: [...errorSamples].slice(0, 5) };
}
