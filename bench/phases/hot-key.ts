import type { Stack } from '../../scripts/stack/stack';
import { one } from '../../tests/integration/support/db';
import { cpuBetween, cpuSnapshot } from '../lib/cpu';
import { type BenchCampaign, distributorChains, pendingOrders, userOf } from '../lib/fixtures';
import { closedLoop, signNotifications } from '../lib/load';
import { distribution, round } from '../lib/stats';
import { timelines } from '../lib/timeline';
import { actorCreditStep, creditBatching } from './actor-credit';
import { optimisticBaseline, rawUpdateLimit } from './optimistic-baseline';
import { settleAndCheck } from './settle';

export interface HotKeyOptions {
  orders: number;
  concurrency: number;
  campaign: BenchCampaign;
  /** One level-1 distributor (no parent): each order is one reward, all to the same balance. */
  distributorId: string;
  /** The system under test's checkout (its credit batching constants). */
  root: string;
}

/**
 * Hot key: every order referred by ONE distributor.
 *  1. End to end: paid callbacks `concurrency` at a time, as fast as the system takes them; credits/s =
 *     rewards credited / (first callback sent → last credit). This is the whole product with a hot key.
 *  2. The credit step alone, `concurrency` credits at a time, as many: through the actor path as the
 *     dispatcher runs it (coalesced into creditRewards turns), then (BENCH_HOT_UNBATCHED=1) one creditReward turn per credit; each
 *     on a distributor of its own, and the relay is handed their orders only after both were measured.
 *  3. The same step as the seed designed it (optimistic lock, retries) and the raw single-row UPDATE, one
 *     per commit and batched per transaction as the actor batched them in step 2.
 * The headline is step 1 against the seed's design; step 2 is shown beside it.
 */
export async function hotKeyPhase(stack: Stack, o: HotKeyOptions) {
  const orders = await pendingOrders(o.campaign, o.orders, [o.distributorId], 'h');
  const notifications = signNotifications(orders, o.campaign.amountFen);
  const userId = await userOf(o.distributorId);

  const cpu0 = cpuSnapshot(stack);
  const run = await closedLoop(orders, notifications, o.concurrency);
  const cpu1 = cpuSnapshot(stack);
  const settle = await settleAndCheck();
  const line = await timelines(orders.map((x) => x.orderNo));
  const credited = [...line.values()].filter((t) => t.creditedMs !== null && t.settledRewards === 1);
  const lastCredit = Math.max(...credited.map((t) => t.creditedMs as number));
  const actorWallMs = lastCredit - run.start;
  const sent = new Map(run.shots.map((s) => [s.orderNo, s.sentMs]));
  const latency = [...line.entries()].filter(([, t]) => t.creditedMs !== null).map(([no, t]) => (t.creditedMs as number) - (sent.get(no) as number));
  const balance = await one<{ balance: string; n: string }>(
    "SELECT b.balance, (SELECT COUNT(*) FROM balance_ledger WHERE user_id = b.user_id AND entry_type = 'reward_credit') AS n FROM user_balances b WHERE b.user_id = ?",
    [userId],
  );

  const endToEnd = {
    credits: credited.length,
    creditsPerSecond: round(credited.length / (actorWallMs / 1000)),
    callbacksPerSecond: round(run.shots.filter((s) => s.ok).length / (run.wallMs / 1000)),
    errors: run.shots.filter((s) => !s.ok).length,
    /** Refused with 503 + Retry-After (the in-flight limit) and sent again until accepted. */
    resent: run.shots.reduce((n, s) => n + (s.resent ?? 0), 0),
    creditLatencyMs: distribution(latency),
    hotBalance: balance.balance,
    hotLedgerEntries: Number(balance.n),
    cpu: cpuBetween(cpu0, cpu1, run.wallMs),
  };
  // BENCH_ACTOR_STEP=0 skips the isolated step (for a tree without creditRewards: the ratios then use step 1).
  const step = process.env.BENCH_ACTOR_STEP !== '0';
  const batching = await creditBatching(o.root);
  let actor = null;
  let actorUnbatched = null;
  let batchSizes: number[] = [];
  if (step) {
    const [batchedDistributor, unbatchedDistributor] = await distributorChains(o.campaign.brandId, 2, 1);
    const batched = await actorCreditStep(stack, o.campaign, batchedDistributor, await userOf(batchedDistributor), o.orders, o.concurrency, batching);
    // BENCH_HOT_UNBATCHED=1: also one creditReward turn per credit (the relay then has twice as many orders to finish).
    const unbatched = process.env.BENCH_HOT_UNBATCHED === '1'
      ? await actorCreditStep(stack, o.campaign, unbatchedDistributor, await userOf(unbatchedDistributor), o.orders, o.concurrency, null)
      : null;
    await batched.handOff();
    await unbatched?.handOff();
    actor = { ...batched.result, batching };
    actorUnbatched = unbatched?.result ?? null;
    batchSizes = batched.batchSizes;
  }
  const afterStep = await settleAndCheck();
  const baseline = await optimisticBaseline(o.orders, o.concurrency);
  const limit = await rawUpdateLimit(o.orders, o.concurrency, batchSizes);
  return {
    phase: 'hot key',
    orders: o.orders,
    concurrency: o.concurrency,
    endToEnd,
    actor,
    actorUnbatched,
    baseline,
    limit,
    actorOverBaseline: round((actor ?? endToEnd).creditsPerSecond / baseline.creditsPerSecond, 2),
    actorOverLimit: round((actor ?? endToEnd).creditsPerSecond / limit.updatesPerSecond, 3),
    actorOverBatchedLimit: round((actor ?? endToEnd).creditsPerSecond / limit.batchedIncrementsPerSecond, 3),
    endToEndOverBaseline: round(endToEnd.creditsPerSecond / baseline.creditsPerSecond, 2),
    settleMs: settle.settleMs,
    invariants: settle.invariants === 'ok' ? afterStep.invariants : settle.invariants,
  };
}
