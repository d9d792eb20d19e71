import { cpuBetween, cpuSnapshot } from './lib/cpu';
import { benchCampaign, distributorChains } from './lib/fixtures';
import type { BenchOptions } from './lib/options';
import type { StackSettings } from './lib/settings';
import { round, sleep } from './lib/stats';
import { startSystem, type SystemUnderTest } from './lib/system';
import { clockSkewMs } from './lib/timeline';
import { createToLivePhase } from './phases/create-to-live';
import { hotKeyPhase } from './phases/hot-key';
import { saturationSearch } from './phases/saturation';
import { useChecks } from './phases/settle';
import { spreadPhase } from './phases/spread';

/** What one system's run of one repeat found: every phase in full, and its saturation for the next phases. */
export interface SystemRun {
  label: SystemUnderTest['label'];
  repeat: number;
  revision: { rev: string; sha: string; subject: string; dirty?: boolean };
  startedAt: string;
  finishedAt: string;
  clockSkewMs?: unknown;
  phases: any[];
  failed?: string;
}

export interface RunContext {
  opts: BenchOptions;
  settings: StackSettings;
  repeat: number;
  /** The baseline's saturation rate in this repeat: the `target` phase offers it. */
  baselineSaturation: number | null;
  /** This system's saturation in the previous repeat: where the search starts. */
  previousSaturation: number | null;
  log: (line: string) => void;
}

export async function runSystem(sut: SystemUnderTest, ctx: RunContext): Promise<SystemRun> {
  const { opts, log } = ctx;
  const run: SystemRun = {
    label: sut.label, repeat: ctx.repeat, revision: { rev: sut.tree.rev, sha: sut.tree.sha, subject: sut.tree.subject, ...('dirty' in sut.tree ? { dirty: (sut.tree as any).dirty } : {}) },
    startedAt: new Date().toISOString(), finishedAt: '', phases: [],
  };
  let mark = Date.now();
  const push = (p: any) => {
    // Wall time of the phase including its set-up and the wait for the system to settle (planning a run).
    p.wallSeconds = Math.round((Date.now() - mark) / 1000);
    mark = Date.now();
    run.phases.push(p);
    if (p.invariants !== undefined && p.invariants !== 'ok') throw new Error(`invariants after ${p.phase}: ${p.invariants}`);
  };
  log(`[${sut.label} r${ctx.repeat}] starting the stack of ${sut.tree.sha.slice(0, 9)} (${sut.tree.root}) …`);
  const system = await startSystem(sut, ctx.settings.env);
  log(`[${sut.label} r${ctx.repeat}] stack up in ${Math.round((Date.now() - Date.parse(run.startedAt)) / 1000)} s`);
  useChecks(system);
  const { stack } = system;
  try {
    run.clockSkewMs = await clockSkewMs();
    const campaign = await benchCampaign();
    const referrers = await distributorChains(campaign.brandId, opts.chains, opts.levels);
    if (opts.warmupSeconds > 0) {
      // Not reported: JIT, connection pools, actor activations, as on a system that has been running.
      log(`[${sut.label} r${ctx.repeat}] warm-up: 50/s for ${opts.warmupSeconds} s …`);
      const warm = await spreadPhase(stack, { rate: 50, seconds: opts.warmupSeconds, campaign, referrers, levels: opts.levels });
      if (warm.invariants !== 'ok') throw new Error(`invariants after the warm-up: ${warm.invariants}`);
    }
    // The stack's own background work (pollers, health checks, placement), with no load at all.
    mark = Date.now();
    const idle0 = cpuSnapshot(stack);
    await sleep(10_000);
    const idle = cpuBetween(idle0, cpuSnapshot(stack), 10_000).filter((c) => c.process !== 'bench client');
    const idleCpuPerSecond = idle.reduce((a, c) => a + c.cpuSeconds, 0) / 10;
    push({ phase: 'idle', seconds: 10, cpu: idle, machinePct: round(idle.reduce((a, c) => a + c.machinePct, 0)), cpuSecondsPerSecond: round(idleCpuPerSecond, 3) });

    const spread = async (label: string, rate: number) => {
      log(`[${sut.label} r${ctx.repeat}] ${label}: ${rate}/s for ${opts.seconds} s …`);
      const result = await spreadPhase(stack, { rate, seconds: opts.seconds, campaign, referrers, levels: opts.levels, label, idleCpuPerSecond });
      log(`  ${JSON.stringify({ shed: result.shed, errors: result.errors, credit99: result.creditLatencyMs.p99, sync99: result.syncLagMs.p99, answer99: result.answerMs.p99, late99: result.clientLateMs.p99, cpuPerOrderMs: result.cpuPerOrderMs })}`);
      push(result);
      return result;
    };
    let saturation: number | null = null;
    if (opts.phases.has('saturation')) {
      log(`[${sut.label} r${ctx.repeat}] saturation search …`);
      const hinted = ctx.previousSaturation !== null && Number.isFinite(ctx.previousSaturation);
      const result = await saturationSearch(stack, {
        campaign, referrers, levels: opts.levels, seconds: opts.satSeconds, log,
        startRate: hinted ? (ctx.previousSaturation as number) / 1.25 : opts.satStart,
        factor: hinted ? 1.25 : opts.satFactor, bisections: opts.satBisections, p99LimitMs: opts.satP99Ms,
      });
      push(result);
      saturation = Number.isFinite(result.saturationRate) ? result.saturationRate : null;
      log(`  saturation: ${result.saturationRate}/s (first not kept up with: ${result.firstNotKeptUp}/s)`);
    }
    if (opts.phases.has('cpu')) {
      // Both systems at the same rate, below either one's saturation: half the baseline's (or this system's own).
      const reference = ctx.baselineSaturation ?? saturation;
      const rate = opts.cpuRate ?? (reference ? Math.max(5, round(reference / 2, 0)) : 50);
      await spread('cpu', rate);
    }
    if (opts.phases.has('target')) {
      const rate = ctx.baselineSaturation ?? opts.targetRate ?? saturation;
      const isBaselineRate = ctx.baselineSaturation !== null || (sut.label === 'baseline' && opts.targetRate === null);
      if (rate) await spread(isBaselineRate ? 'at the baseline saturation rate' : 'at the target rate', rate);
      else log('  target: no rate (no baseline saturation, no BENCH_TARGET_RATE, no saturation phase): skipped');
    }
    if (opts.phases.has('overload')) {
      if (saturation) await spread(`overload ${opts.overloadFactor}× own saturation`, round(saturation * opts.overloadFactor, 0));
      else log('  overload: no saturation rate found (run the saturation phase): skipped');
    }
    if (opts.phases.has('spread')) for (const rate of opts.rates) await spread(`spread ${rate}/s`, rate);
    if (opts.phases.has('hot')) {
      const hotCampaign = await benchCampaign();
      const [distributorId] = await distributorChains(hotCampaign.brandId, 1, 1);
      log(`[${sut.label} r${ctx.repeat}] hot key: ${opts.hotOrders} orders of one distributor, ${opts.hotConcurrency} callbacks in flight …`);
      const result = await hotKeyPhase(stack, { orders: opts.hotOrders, concurrency: opts.hotConcurrency, campaign: hotCampaign, distributorId, root: sut.tree.root });
      log(`  ${JSON.stringify({ endToEnd: result.endToEnd.creditsPerSecond, actor: result.actor?.creditsPerSecond, unbatched: result.actorUnbatched?.creditsPerSecond, seed: result.baseline.creditsPerSecond, limit: result.limit.updatesPerSecond, limitBatched: result.limit.batchedIncrementsPerSecond })}`);
      push(result);
    }
    if (opts.phases.has('live')) {
      log(`[${sut.label} r${ctx.repeat}] create-to-live: ${opts.liveTrials} campaigns published …`);
      push(await createToLivePhase(campaign.brandId, opts.liveTrials));
    }
  } catch (err) {
    run.failed = (err as Error).stack ?? String(err);
    console.error(`[bench] ${sut.label} r${ctx.repeat} failed:`, err);
  } finally {
    await system.stop().catch((err) => console.error('[bench] stack stop failed:', err));
    run.finishedAt = new Date().toISOString();
  }
  return run;
}
