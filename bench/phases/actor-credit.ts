import * as path from 'node:path';
import { Coalescer } from '../../api/src/common/coalescer';
import { ACTOR_AUTH_HEADER, signActorCall } from '../../shared/src/actors/actor-call-auth';
import { CALLS_IN_FLIGHT_PER_ACTOR, CREDITS_PER_CALL } from '../../api/src/settlement/settlement-channels';
import type { Stack } from '../../scripts/stack/stack';
import { db, rows } from '../../tests/integration/support/db';
import { type BenchCampaign, pendingOrders } from '../lib/fixtures';
import { nowMs, round } from '../lib/stats';

/** How the system under test batches credits to one balance: its own constants when its tree has them. */
export async function creditBatching(root: string): Promise<{ creditsPerCall: number; callsInFlight: number; from: string }> {
  try {
    const mod: any = await import(path.join(root, 'api', 'src', 'settlement', 'settlement-channels.ts'));
    const m = { ...(mod.default ?? {}), ...mod };
    if (Number.isInteger(m.CREDITS_PER_CALL) && Number.isInteger(m.CALLS_IN_FLIGHT_PER_ACTOR)) {
      return { creditsPerCall: m.CREDITS_PER_CALL, callsInFlight: m.CALLS_IN_FLIGHT_PER_ACTOR, from: 'its api/src/settlement/settlement-channels.ts' };
    }
  } catch {
    // moved or renamed in that tree: this checkout's values
  }
  return { creditsPerCall: CREDITS_PER_CALL, callsInFlight: CALLS_IN_FLIGHT_PER_ACTOR, from: "this checkout's settlement-channels.ts" };
}

/** One credit as the settlement dispatcher sends it to BalanceActor (creditReward / each item of creditRewards). */
function creditCommand(r: { id: string; order_id: string }, distributorId: string) {
  return { rewardId: String(r.id), orderId: String(r.order_id), distributorId, level: 1, amount: '10.00' };
}

/**
 * The hot balance's credit step alone, driven like the baseline (`concurrency` workers, one credit each at
 * a time) but through the actor path: the API's sidecar → the actor host's sidecar → BalanceActor, as the
 * settlement dispatcher does it: with its Coalescer (credits that queue while a turn runs go in the next
 * `creditRewards` call: one turn, one transaction) and, for comparison, one `creditReward` call per credit.
 * Only BalanceActor is called (no DistributorActor method).
 *
 * Each step is given a distributor of its own, so no other step's work (the relay finishing an earlier
 * step's orders) reaches the same actor while it is measured. The rewards are made as the paid transaction
 * leaves them (order paid, reward pending), by SQL; `handOff` then gives each order an outbox row, so the
 * product's own relay finishes them like any interrupted settlement (the credit is then a replay; the
 * rest, events and sync, and in 9d41a85's design the count on DistributorActor, as it always does) and the
 * invariants hold: call it once every measured step is done.
 */
export async function actorCreditStep(
  stack: Stack, c: BenchCampaign, distributorId: string, userId: string, count: number, concurrency: number,
  batching: { creditsPerCall: number; callsInFlight: number } | null,
) {
  const orders = await pendingOrders(c, count, [distributorId], batching ? 'ab' : 'a1');
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
  // Signed as the API signs its actor calls (revisions before the signature ignore the header).
  const secret = stack.cfg.baseEnv.ACTOR_CALL_SECRET ?? '';
  const call = async (method: string, body: unknown) => {
    const auth = signActorCall(secret, { actorType: 'BalanceActor', actorId: userId, method });
    const res = await fetch(`${sidecar}/v1.0/actors/BalanceActor/${userId}/method/${method}`, {
      method: 'PUT', headers: { 'content-type': 'application/json', [ACTOR_AUTH_HEADER]: auth }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`BalanceActor.${method}: ${res.status} ${text.slice(0, 200)}`);
    return JSON.parse(text);
  };
  /** Credits per actor call, in the order the calls were made: the batched hardware limit replays them. */
  const batchSizes: number[] = [];
  const coalescer = batching
    ? new Coalescer<object, unknown>(async (_key, items) => {
        batchSizes.push(items.length);
        return (await call('creditRewards', { credits: items })).results;
      }, batching.creditsPerCall, batching.callsInFlight)
    : null;

  let next = 0;
  let errors = 0;
  let replayed = 0;
  const errorSamples = new Set<string>();
  const start = nowMs();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < rewards.length) {
        const command = creditCommand(rewards[next++], distributorId);
        try {
          const result: any = coalescer ? await coalescer.submit(userId, command) : (batchSizes.push(1), await call('creditReward', command));
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

  const handOff = async () => {
    await db().query(
      `INSERT INTO outbox (kind, aggregate_id, payload) SELECT 'order.settle', CAST(id AS CHAR), JSON_OBJECT('orderId', CAST(id AS CHAR)) FROM orders WHERE order_no IN (?)`,
      [orderNos],
    );
  };
  return {
    result: {
      credits: rewards.length, creditsPerSecond: round(rewards.length / (wallMs / 1000)), actorCalls: batchSizes.length,
      creditsPerCall: round(rewards.length / batchSizes.length, 1), replayed, errors, errorSamples: [...errorSamples].slice(0, 3),
    },
    batchSizes,
    handOff,
  };
}
