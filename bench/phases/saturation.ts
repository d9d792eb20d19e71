import type { Stack } from '../../scripts/stack/stack';
import type { BenchCampaign } from '../lib/fixtures';
import { round } from '../lib/stats';
import { spreadPhase, type SpreadResult } from './spread';

export interface SaturationOptions {
  campaign: BenchCampaign;
  referrers: readonly string[];
  /** How many rewards each order credits (spreadPhase; default 3). */
  levels?: number;
  /** Seconds per step. */
  seconds: number;
  /** First rate tried; the previous repeat's saturation when there is one. */
  startRate: number;
  /** Each step up multiplies the rate by this until a step fails. */
  factor: number;
  /** Bisections between the last rate kept up with and the first one not. */
  bisections: number;
  /** A step is kept up with when its credit p99 (due → credited) stays within this. */
  p99LimitMs: number;
  log: (line: string) => void;
}

/**
 * Kept up: every callback accepted, every order credited, credit p99 (from the due times) within the limit,
 * and the client kept the offered rate over the step (sent ≥ 97 % of it). A client late by a few ms on some
 * sends does not disqualify a step: its lateness is inside every latency already; the table marks it.
 */
export function keptUp(step: SpreadResult, p99LimitMs: number): boolean {
  return step.shed === 0 && step.errors === 0 && step.incomplete === 0 && step.sentRate >= 0.97 * step.offeredRate
    && step.creditLatencyMs.n === step.callbacks && step.creditLatencyMs.p99 <= p99LimitMs && step.invariants === 'ok';
}

/**
 * The saturation rate, searched: open-loop steps of `seconds` each (the system settles between steps),
 * the rate multiplied by `factor` while the system keeps up, then `bisections` bisections (geometric
 * mean) between the highest rate kept up with and the lowest one not; if the first rate already fails, it
 * is divided by `factor` until one passes. The saturation rate is the highest offered rate kept up with
 * (every order of that step credited, so its credited rate is that rate); `maxCreditedRate` is the most
 * credited per second in any step (above saturation, from the queue).
 */
export async function saturationSearch(stack: Stack, o: SaturationOptions) {
  const steps: SpreadResult[] = [];
  const step = async (rate: number) => {
    const r = round(rate, 0);
    o.log(`  saturation step ${r}/s for ${o.seconds} s …`);
    const result = await spreadPhase(stack, { rate: r, seconds: o.seconds, campaign: o.campaign, referrers: o.referrers, levels: o.levels, label: `saturation step ${r}/s` });
    const ok = keptUp(result, o.p99LimitMs);
    o.log(`    ${ok ? 'kept up' : 'NOT kept up'}: ${JSON.stringify({ shed: result.shed, errors: result.errors, credited: result.creditedRate, p99: result.creditLatencyMs.p99, late99: result.clientLateMs.p99, cpuPerOrderMs: result.cpuPerOrderMs })}`);
    if (result.invariants !== 'ok') throw new Error(`invariants after saturation step ${r}/s: ${result.invariants}`);
    steps.push(result);
    return ok;
  };
  let pass: number | null = null;
  let fail: number | null = null;
  let rate = o.startRate;
  if (await step(rate)) {
    pass = rate;
    for (;;) {
      rate *= o.factor;
      if (!(await step(rate))) {
        fail = rate;
        break;
      }
      pass = rate;
    }
  } else {
    fail = rate;
    while (pass === null && rate > 5) {
      rate /= o.factor;
      if (await step(rate)) pass = rate;
      else fail = rate;
    }
  }
  for (let i = 0; i < o.bisections && pass !== null && fail !== null; i++) {
    const mid = Math.sqrt(pass * fail);
    if (Math.round(mid) === Math.round(pass) || Math.round(mid) === Math.round(fail)) break;
    if (await step(mid)) pass = mid;
    else fail = mid;
  }
  const kept = steps.filter((s) => keptUp(s, o.p99LimitMs)).sort((a, b) => b.offeredRate - a.offeredRate)[0];
  return {
    phase: 'saturation',
    method: `stepped then bisected: ${o.seconds}-s open-loop steps from ${round(o.startRate, 0)}/s ×${o.factor} until one is not kept up with, then ${o.bisections} bisections; kept up = 0 refused, 0 errors, every order credited, credit p99 ≤ ${o.p99LimitMs} ms, client kept ≥ 97 % of the offered rate`,
    saturationRate: kept ? kept.offeredRate : Number.NaN,
    firstNotKeptUp: fail === null ? Number.NaN : round(fail, 0),
    maxCreditedRate: Math.max(...steps.map((s) => s.creditedRate)),
    /** CPU per order at the saturation step (the machine nearly busy: the most batching). */
    cpuPerOrderMsAtSaturation: kept ? kept.cpuPerOrderMs : Number.NaN,
    steps: steps.map((s) => ({
      offeredRate: s.offeredRate, keptUp: keptUp(s, o.p99LimitMs), shed: s.shed, errors: s.errors, creditedRate: s.creditedRate,
      creditP99Ms: s.creditLatencyMs.p99, syncP99Ms: s.syncLagMs.p99, clientLateP99Ms: s.clientLateMs.p99, clientBehind: s.clientBehind, otherBusyPct: s.otherBusyPct, cpuPerOrderMs: s.cpuPerOrderMs, machineBusyPct: s.machineBusyPct,
    })),
    invariants: steps.every((s) => s.invariants === 'ok') ? 'ok' : steps.find((s) => s.invariants !== 'ok')?.invariants,
  };
}

export type SaturationResult = Awaited<ReturnType<typeof saturationSearch>>;
