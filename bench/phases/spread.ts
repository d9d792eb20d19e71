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
  /** The deepest distributor of each chain: every order pays every level of its chain, chains taken round-robin. */
  referrers: readonly string[];
  /** How deep the chains are, so how many rewards each order credits (default 3). */
  levels?: number;
  /** How the phase is named in the table (default `spread <rate>/s`). */
  label?: string;
  /** The idle stack's CPU seconds per second (its pollers and health checks), for the figure net of them. */
  idleCpuPerSecond?: number;
}

/** A phase whose client sent later than this (p99 of sent − due) did not offer its rate: it is marked behind. */
export const BEHIND_P99_MS = Number(process.env.BENCH_BEHIND_P99_MS ?? 10);

/**
 * Spread load: paid callbacks at a fixed offered rate for `seconds`, each order referred by a different
 * chain (no two orders in flight share a balance), so this measures the path, not a hot key.
 * Every latency is timed from the callback's due time (start + i / rate): answer = due → answer received;
 * credit latency = due → the last of the order's rewards credited (its `settled_at`); sync lag = due → the
 * order's row written in the external database. CPU is counted from the first callback until the system
 * has settled (the work a backlog leaves for after the last answer included), per order credited.
 */
export async function spreadPhase(stack: Stack, o: SpreadOptions) {
  const count = Math.max(1, Math.round(o.rate * o.seconds));
  const orders = await pendingOrders(o.campaign, count, o.referrers, `s${Math.round(o.rate)}`);
  const notifications = signNotifications(orders, o.campaign.amountFen);

  const cpu0 = cpuSnapshot(stack);
  const busy0 = machineBusy();
  toggleProfilers(stack, o.seconds);
  const run = await openLoop(orders, notifications, o.rate);
  const answeredBy = Math.max(...run.shots.map((s) => s.answeredMs));
  const busy1 = machineBusy();
  const cpuSent = cpuSnapshot(stack);
  toggleProfilers(stack);
  const settle = await settleAndCheck();
  const cpu1 = cpuSnapshot(stack);
  const settledBy = Math.max(answeredBy, performance.timeOrigin + performance.now());

  const line = await timelines(orders.map((x) => x.orderNo));
  const ok = run.shots.filter((s) => s.ok);
  const creditLatency: number[] = [];
  const syncLag: number[] = [];
  const stages = { callbackTx: [] as number[], creditAfterCommit: [] as number[], outboxDoneAfterCredit: [] as number[], syncPickup: [] as number[], syncWrite: [] as number[] };
  let incomplete = 0;
  for (const s of ok) {
    const t = line.get(s.orderNo);
    if (!t || t.creditedMs === null || t.settledRewards !== t.rewards || t.rewards !== (o.levels ?? 3)) {
      incomplete += 1;
      continue;
    }
    creditLatency.push(t.creditedMs - s.dueMs);
    if (t.externalMs !== null) syncLag.push(t.externalMs - s.dueMs);
    if (t.committedMs !== null) {
      stages.callbackTx.push(t.committedMs - s.dueMs);
      stages.creditAfterCommit.push(t.creditedMs - t.committedMs);
    }
    if (t.outboxDoneMs !== null) stages.outboxDoneAfterCredit.push(t.outboxDoneMs - t.creditedMs);
    if (t.syncReceivedMs !== null && t.outboxDoneMs !== null) stages.syncPickup.push(t.syncReceivedMs - t.outboxDoneMs);
    if (t.syncReceivedMs !== null && t.externalMs !== null) stages.syncWrite.push(t.externalMs - t.syncReceivedMs);
  }
  const lastCredit = Math.max(...[...line.values()].map((t) => t.creditedMs ?? 0));
  const late = distribution(run.lateMs);
  const cpu = cpuBetween(cpu0, cpu1, settledBy - run.start);
  const stackCpuSeconds = cpu.filter((c) => c.process !== 'bench client').reduce((a, c) => a + c.cpuSeconds, 0);
  const machineBusyPct = round(((busy1.busy - busy0.busy) / (busy1.total - busy0.total)) * 100);
  const ownPct = cpuBetween(cpu0, cpuSent, answeredBy - run.start).reduce((a, c) => a + c.machinePct, 0);
  const shed = run.shots.filter((s) => s.shed);
  const failed = run.shots.filter((s) => !s.ok && !s.shed);
  return {
    phase: o.label ?? `spread ${o.rate}/s`,
    offeredRate: o.rate,
    seconds: o.seconds,
    callbacks: count,
    answeredOk: ok.length,
    /** Refused at once with 503 + Retry-After (overload): not applied, WeChat would re-send them. */
    shed: shed.length,
    shedAnswerMs: distribution(shed.map((s) => s.answeredMs - s.dueMs)),
    /** Anything else that was not SUCCESS: a 5xx without a retry hint, a timeout, a broken connection. */
    errors: failed.length,
    timeouts: failed.filter((s) => s.failure === 'timeout').length,
    connectionErrors: failed.filter((s) => s.failure === 'connection').length,
    errorSamples: [...new Set(failed.map((s) => s.error))].slice(0, 3),
    incomplete,
    /** The client's own lateness (sent − due), and whether it fell behind (p99 over BEHIND_P99_MS). */
    clientLateMs: late,
    clientBehind: late.p99 > BEHIND_P99_MS,
    /** The rate the client actually kept over the whole phase (callbacks / first due → last sent). */
    sentRate: round(count / (run.offeredMs / 1000 + 1 / o.rate)),
    achievedRate: round(ok.length / ((answeredBy - run.start) / 1000)),
    creditedRate: round(creditLatency.length / ((lastCredit - run.start) / 1000)),
    /** Every callback answered in any way (success, 503, other status), due → answer. */
    answerMs: distribution(run.shots.filter((s) => s.status !== 0).map((s) => s.answeredMs - s.dueMs)),
    answeredWithin1s: run.shots.filter((s) => s.status !== 0 && s.answeredMs - s.dueMs <= 1000).length,
    creditLatencyMs: distribution(creditLatency),
    syncLagMs: distribution(syncLag),
    stagesMs: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, distribution(v)])),
    settleMs: settle.settleMs,
    invariants: settle.invariants,
    cpu,
    /** CPU of every stack process (not the client), first callback → settled, per order fully credited. */
    cpuPerOrderMs: creditLatency.length > 0 ? round((stackCpuSeconds * 1000) / creditLatency.length, 2) : Number.NaN,
    /** The same, less what the idle stack would have spent over that time (its background work). */
    cpuPerOrderNetMs: creditLatency.length > 0 && o.idleCpuPerSecond !== undefined
      ? round(((stackCpuSeconds - o.idleCpuPerSecond * ((settledBy - run.start) / 1000)) * 1000) / creditLatency.length, 2)
      : Number.NaN,
    cpuWindowSeconds: round((settledBy - run.start) / 1000),
    /** Everything that ran on the machine (the stack, the client, and anything else) while sending, % of all cores. */
    machineBusyPct,
    /** Of which neither the stack nor the client: other work on the machine disturbed the phase when this is not ~0. */
    otherBusyPct: round(Math.max(0, machineBusyPct - ownPct)),
  };
}

export type SpreadResult = Awaited<ReturnType<typeof spreadPhase>>;
