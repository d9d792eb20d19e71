/** The benchmark's knobs, all from the environment (bench/README.md lists them). */
const env = process.env;
const list = (v: string | undefined, d: string) => (v ?? d).split(',').map((s) => s.trim()).filter(Boolean);
const num = (name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name}=${raw} must be a non-negative number`);
  return n;
};

export const PHASES = ['cpu', 'saturation', 'target', 'overload', 'hot', 'live', 'spread'] as const;

export function benchOptions() {
  const chains = num('BENCH_CHAINS', 1000);
  const phases = new Set(list(env.BENCH_PHASES, 'cpu,saturation,target,overload,hot'));
  for (const p of phases) if (!(PHASES as readonly string[]).includes(p)) throw new Error(`BENCH_PHASES: unknown phase ${p} (known: ${PHASES.join(', ')})`);
  return {
    /** A git revision to run side by side with this checkout (e.g. 9d41a85), or none. */
    baseline: env.BENCH_BASELINE || null,
    repeats: Math.max(1, Math.round(num('BENCH_REPEATS', 3))),
    phases,
    /** Seconds of each fixed-rate phase (cpu, target, overload, spread). */
    seconds: num('BENCH_SECONDS', 30),
    /** The rate at which CPU per order is compared; default half the baseline's saturation rate (this system's own without one). */
    cpuRate: env.BENCH_CPU_RATE ? num('BENCH_CPU_RATE', 0) : null,
    /** Offered rate of the `target` phase when there is no baseline (default: this system's own saturation). */
    targetRate: env.BENCH_TARGET_RATE ? num('BENCH_TARGET_RATE', 0) : null,
    overloadFactor: num('BENCH_OVERLOAD_FACTOR', 2),
    satSeconds: num('BENCH_SAT_SECONDS', 15),
    satStart: num('BENCH_SAT_START', 40),
    satFactor: num('BENCH_SAT_FACTOR', 1.5),
    satBisections: Math.round(num('BENCH_SAT_BISECT', 3)),
    satP99Ms: num('BENCH_SAT_P99_MS', 1000),
    rates: list(env.BENCH_RATES, '50,100,200,400').map(Number),
    hotOrders: num('BENCH_HOT_ORDERS', 3000),
    hotConcurrency: num('BENCH_HOT_CONCURRENCY', 64),
    liveTrials: num('BENCH_LIVE_TRIALS', 20),
    chains,
    /**
     * Levels each order of the fixed-rate phases pays (1–3; default 3): the referrer chains are this deep. Below 3
     * the cpu phase's "3-level" figure is of orders of this many levels: comparing runs at 1 and 3 gives the cost
     * of two credits (bench/README.md, "what one credit costs").
     */
    levels: levelsOf(env.BENCH_LEVELS),
    /** Long enough at 50/s to pay one order of every chain, so every phase finds its actors already activated. */
    warmupSeconds: num('BENCH_WARMUP_SECONDS', Math.max(10, Math.ceil(chains / 50))),
  };
}

function levelsOf(raw: string | undefined): number {
  const levels = num('BENCH_LEVELS', 3);
  if (![1, 2, 3].includes(levels)) throw new Error(`BENCH_LEVELS=${raw} must be 1, 2 or 3`);
  return levels;
}

export type BenchOptions = ReturnType<typeof benchOptions>;
