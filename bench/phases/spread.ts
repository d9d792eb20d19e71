import type { Stack } from '../../scripts/stack/stack';
import { cpuBetween, cpuSnapshot, machineBusy, toggleProfilers } from '../lib/cpu';
import { type BenchCampaign, pendingOrders } from '../lib/fixtures';
import { openLoop, signNotifications } from '../lib/load';
import { distribution, round } from '../lib/stats';
import { timelines } from '../lib/timeline';
import { settleAndCheck } from './settle';

export interface SpreadOptions {
  rate: number;
  seconds: number;
  campaign: BenchCampaign;
  /** The deepest distributor of each chain: every order pays three levels, chains taken round-robin. */
  referrers: readonly string[];
}

/**
 * Spread load: paid callbacks at a fixed offered rate for `seconds`, each order referred by a different
 * chain (no two orders in flight share a balance), so this measures the path, not a hot key.
 * Latency = callback sent → the last of the order's rewards credited (its `settled_at`);
 * sync lag = callback sent → the order's row written in the external database.
 */
export async function spreadPhase(stack: Stack, o: SpreadOptions) {
  const count = Math.round(o.rate * o.seconds);
  const orders = await pendingOrders(o.campaign, count, o.referrers, `s${o.rate}`);
  const notifications = signNotifications(orders, o.campaign.amountFen);

  const cpu0 = cpuSnapshot(stack);
  const busy0 = machineBusy();
  toggleProfilers(stack);
  const run = await openLoop(orders, notifications, o.rate);
  const answeredBy = Math.max(...run.shots.map((s) => s.answeredMs));
  const cpu1 = cpuSnapshot(stack);
  const busy1 = machineBusy();
  toggleProfilers(stack);
  const settle = await settleAndCheck();

  const line = await timelines(orders.map((x) => x.orderNo));
  const ok = run.shots.filter((s) => s.ok);
  const creditLatency: number[] = [];
  const syncLag: number[] = [];
  const answer: number[] = [];
  const stages = { callbackTx: [] as number[], creditAfterCommit: [] as number[], outboxDoneAfterCredit: [] as number[], syncPickup: [] as number[], syncWrite: [] as number[] };
  let incomplete = 0;
  for (const s of ok) {
    answer.push(s.answeredMs - s.sentMs);
    const t = line.get(s.orderNo);
    if (!t || t.creditedMs === null || t.settledRewards !== t.rewards || t.rewards !== 3) {
      incomplete += 1;
      continue;
    }
    creditLatency.push(t.creditedMs - s.sentMs);
    if (t.externalMs !== null) syncLag.push(t.externalMs - s.sentMs);
    if (t.committedMs !== null) {
      stages.callbackTx.push(t.committedMs - s.sentMs);
      stages.creditAfterCommit.push(t.creditedMs - t.committedMs);
    }
    if (t.outboxDoneMs !== null) stages.outboxDoneAfterCredit.push(t.outboxDoneMs - t.creditedMs);
    if (t.syncReceivedMs !== null && t.outboxDoneMs !== null) stages.syncPickup.push(t.syncReceivedMs - t.outboxDoneMs);
    if (t.syncReceivedMs !== null && t.externalMs !== null) stages.syncWrite.push(t.externalMs - t.syncReceivedMs);
  }
  const lastCredit = Math.max(...[...line.values()].map((t) => t.creditedMs ?? 0));
  return {
    phase: `spread ${o.rate}/s`,
    offeredRate: o.rate,
    seconds: o.seconds,
    callbacks: count,
    answeredOk: ok.length,
    /** Refused at once with 503 + Retry-After (overload): not applied, WeChat would re-send them. */
    shed: run.shots.filter((s) => s.shed).length,
    shedAnswerMs: distribution(run.shots.filter((s) => s.shed).map((s) => s.answeredMs - s.sentMs)),
    /** Anything else that was not SUCCESS: a 5xx without a retry hint, a timeout, a broken connection. */
    errors: run.shots.filter((s) => !s.ok && !s.shed).length,
    errorSamples: [...new Set(run.shots.filter((s) => !s.ok && !s.shed).map((s) => s.error))].slice(0, 5),
    incomplete,
    clientLateMs: round(run.lateMs),
    achievedRate: round(ok.length / ((answeredBy - run.start) / 1000)),
    creditedRate: round(creditLatency.length / ((lastCredit - run.start) / 1000)),
    answerMs: distribution(answer),
    creditLatencyMs: distribution(creditLatency),
    syncLagMs: distribution(syncLag),
    stagesMs: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, distribution(v)])),
    settleMs: settle.settleMs,
    invariants: settle.invariants,
    cpu: cpuBetween(cpu0, cpu1, answeredBy - run.start),
    /** Everything that ran on the machine (the stack, the client, and anything else), % of all cores. */
    machineBusyPct: round(((busy1.busy - busy0.busy) / (busy1.total - busy0.total)) * 100),
  };
}
