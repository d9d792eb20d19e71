// `npm run bench` (builds, then runs this): the settlement benchmark of issue 5 on the real local stack (its own databases
// dmh_bench / dmh_bench_external). Prints a table and writes bench/results/<time>.json.
//   BENCH_SECONDS=60       seconds per spread-load rate (shorter for a quick check)
//   BENCH_RATES=50,100,200,400
//   BENCH_PHASES=spread,hot,live
//   BENCH_HOT_ORDERS=3000 BENCH_HOT_CONCURRENCY=64 BENCH_LIVE_TRIALS=20 BENCH_CHAINS=1000 BENCH_WARMUP_SECONDS=20
import './bench-env';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Stack } from '../scripts/stack/stack';
import { startTestStack, stopTestStack } from '../tests/integration/support/test-stack';
import { BENCH_DB, BENCH_EXTERNAL_DB } from './bench-env';
import { cpuBetween, cpuSnapshot } from './lib/cpu';
import { benchCampaign, distributorChains } from './lib/fixtures';
import { report } from './lib/report';
import { clockSkewMs } from './lib/timeline';
import { createToLivePhase } from './phases/create-to-live';
import { hotKeyPhase } from './phases/hot-key';
import { spreadPhase } from './phases/spread';

const env = process.env;
const list = (v: string | undefined, d: string) => (v ?? d).split(',').map((s) => s.trim()).filter(Boolean);
const opts = {
  seconds: Number(env.BENCH_SECONDS ?? 60),
  rates: list(env.BENCH_RATES, '50,100,200,400').map(Number),
  phases: new Set(list(env.BENCH_PHASES, 'spread,hot,live')),
  hotOrders: Number(env.BENCH_HOT_ORDERS ?? 3000),
  hotConcurrency: Number(env.BENCH_HOT_CONCURRENCY ?? 64),
  liveTrials: Number(env.BENCH_LIVE_TRIALS ?? 20),
  chains: Number(env.BENCH_CHAINS ?? 1000),
  /** Long enough at 50/s to pay one order of every chain, so every phase finds its actors already activated. */
  warmupSeconds: Number(env.BENCH_WARMUP_SECONDS ?? Math.max(10, Math.ceil(Number(env.BENCH_CHAINS ?? 1000) / 50))),
};

const log = (line: string) => console.log(`[bench] ${line}`);

async function main(): Promise<void> {
  const started = new Date();
  let stack: Stack | undefined;
  const phases: any[] = [];
  let failed = false;
  try {
    log(`starting the stack on ${BENCH_DB} / ${BENCH_EXTERNAL_DB} …`);
    const profiling = env.BENCH_PROFILE === '1' ? { NODE_OPTIONS: `--require ${path.join(__dirname, 'profiling', 'cpu-profile-preload.cjs')}` } : {};
    // The hot-key phase hands thousands of outbox rows to the relay at once (see phases/actor-credit.ts): let
    // it poll every 100 ms (default 1 s) so they drain in seconds. The fast path never waits for the relay.
    const relay = opts.phases.has('hot') ? { OUTBOX_POLL_MS: '100' } : {};
    stack = await startTestStack({ LOG_LEVEL: 'warn', ...relay, ...profiling, ...(env.BENCH_STACK_ENV ? JSON.parse(env.BENCH_STACK_ENV) : {}) });
    log(`clock skew (DB − client, ms): ${JSON.stringify(await clockSkewMs())}`);

    if (opts.phases.has('spread')) {
      const campaign = await benchCampaign();
      const referrers = await distributorChains(campaign.brandId, opts.chains, 3);
      if (opts.warmupSeconds > 0) {
        // Not reported: JIT, connection pools, actor activations, as on a system that has been running.
        log(`warm-up: 50/s for ${opts.warmupSeconds} s …`);
        const warm = await spreadPhase(stack, { rate: 50, seconds: opts.warmupSeconds, campaign, referrers });
        if (warm.invariants !== 'ok') throw new Error(`invariants after the warm-up: ${warm.invariants}`);
      }
      // The stack's own background work (pollers, health checks, placement), with no load at all.
      const idle0 = cpuSnapshot(stack);
      await new Promise((r) => setTimeout(r, 10_000));
      const idle = cpuBetween(idle0, cpuSnapshot(stack), 10_000).filter((c) => c.process !== 'bench client');
      phases.push({ phase: 'idle', seconds: 10, cpu: idle, machinePct: Math.round(idle.reduce((a, c) => a + c.machinePct, 0) * 10) / 10, invariants: 'ok' });
      log(`  idle stack: ${phases[phases.length - 1].machinePct} % of the machine`);
      for (const rate of opts.rates) {
        log(`spread load ${rate}/s for ${opts.seconds} s over ${opts.chains} distributor chains …`);
        const result = await spreadPhase(stack, { rate, seconds: opts.seconds, campaign, referrers });
        phases.push(result);
        log(`  ${JSON.stringify({ achieved: result.achievedRate, credit: result.creditLatencyMs, sync: result.syncLagMs, errors: result.errors, invariants: result.invariants })}`);
      }
    }
    if (opts.phases.has('hot')) {
      const campaign = await benchCampaign();
      const [distributorId] = await distributorChains(campaign.brandId, 1, 1);
      log(`hot key: ${opts.hotOrders} orders of one distributor, ${opts.hotConcurrency} callbacks in flight …`);
      const result = await hotKeyPhase(stack, { orders: opts.hotOrders, concurrency: opts.hotConcurrency, campaign, distributorId });
      phases.push(result);
      log(`  ${JSON.stringify({ endToEnd: result.endToEnd.creditsPerSecond, actor: result.actor?.creditsPerSecond, unbatched: result.actorUnbatched?.creditsPerSecond, baseline: result.baseline.creditsPerSecond, limit: result.limit.updatesPerSecond, invariants: result.invariants })}`);
    }
    if (opts.phases.has('live')) {
      const campaign = await benchCampaign();
      log(`create-to-live: ${opts.liveTrials} campaigns published …`);
      phases.push(await createToLivePhase(campaign.brandId, opts.liveTrials));
    }
  } catch (err) {
    failed = true;
    console.error('[bench] failed:', err);
  } finally {
    await stopTestStack(stack).catch((err) => console.error('[bench] stack stop failed:', err));
  }

  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), kernel: os.release(), node: process.version };
  const result = { startedAt: started.toISOString(), finishedAt: new Date().toISOString(), options: { ...opts, phases: [...opts.phases] }, machine, phases };
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `settlement-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(result, null, 2));
  console.log(`\n${report(phases)}\n`);
  log(`results: ${path.relative(process.cwd(), file)}`);
  const broken = phases.some((p) => p.invariants !== 'ok');
  if (broken) console.error('[bench] an invariant did not hold after a phase: see the table');
  process.exit(failed || broken ? 1 : 0);
}

void main();
