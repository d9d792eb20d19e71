// Issue 14's measurement: the hand-written Redis rate limiter and circuit breaker against
// rate-limiter-flexible and opossum, on the real Redis of the local infra.
//
//   flock /tmp/dmh/stack.lock node --import tsx scripts/stack/cli.ts infra &   # or any Redis: REDIS_URL=…
//   node --enable-source-maps --import tsx bench/limits.bench.ts
//
// Limiter: N counted calls under the limit (the login/sign-up path never refused), one at a time (the latency
// one request adds) and 64 in flight (throughput of one API process), old and new alternately, median of
// BENCH_LIMITS_ROUNDS rounds. Breaker: N no-op async calls through each, one at a time. Prints ops/s and
// new/old, and writes the same text to bench/results/limits-<date>.txt.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Redis from 'ioredis';
import { RateLimits, type RateLimitRule } from '../api/src/common/rate-limit';
import { CircuitBreaker } from '../sync/src/targets/circuit-breaker';
import { loadConfig } from '../scripts/stack/config';
import { redisUrl } from '../scripts/stack/env';
import { CircuitBreaker as OldCircuitBreaker } from './limits/old-circuit-breaker';
import { oldEnforce } from './limits/old-rate-limit';

const N = Number(process.env.BENCH_LIMITS_N ?? 20_000);
const ROUNDS = Number(process.env.BENCH_LIMITS_ROUNDS ?? 3);
const IN_FLIGHT = 64;
const SUBJECTS = 500;
const url = process.env.REDIS_URL ?? redisUrl(loadConfig());

type Op = (i: number) => Promise<unknown>;

async function timed(op: Op, n: number, inFlight: number): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: inFlight }, async () => {
    while (next < n) await op(next++);
  }));
  return n / (Number(process.hrtime.bigint() - started) / 1e9);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Old and new alternately, ROUNDS times, after one warm-up each; each op's median ops/s. */
async function compare(label: string, old: (round: string) => Op, neu: (round: string) => Op, n: number, inFlight: number): Promise<string> {
  await timed(old('warm'), Math.min(n, 2_000), inFlight);
  await timed(neu('warm'), Math.min(n, 2_000), inFlight);
  const o: number[] = [];
  const w: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    o.push(await timed(old(`r${r}`), n, inFlight));
    w.push(await timed(neu(`r${r}`), n, inFlight));
  }
  const [om, wm] = [median(o), median(w)];
  return `${label.padEnd(44)} ${fmt(om).padStart(10)} ${fmt(wm).padStart(10)} ${(wm / om).toFixed(2).padStart(8)}`;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

async function main(): Promise<void> {
  // The API's client options (api/src/common/redis.ts): no offline queue, so wait until it is ready.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  await new Promise<void>((resolve, reject) => {
    redis.once('ready', () => resolve());
    redis.once('error', reject);
  });
  const limits = new RateLimits(() => redis);
  const rule = (round: string): RateLimitRule => ({ name: `bench-new-${round}`, limit: 1e9, windowSeconds: 3600, by: 'ip' });
  const ip = (i: number) => `198.18.${(i % SUBJECTS) >> 8}.${(i % SUBJECTS) & 255}`;
  const oldLimiter = (round: string): Op => (i) => oldEnforce(redis, `bench-old-${round}`, `ip:${ip(i)}`, 1e9, 3600);
  const newLimiter = (round: string): Op => {
    const r = rule(round);
    return (i) => limits.enforce(r, { ip: ip(i), userId: null });
  };

  const noop = async () => undefined;
  const oldBreaker = (): Op => {
    const b = new OldCircuitBreaker({ threshold: 5, cooldownMs: 15_000 });
    return async () => {
      if (!b.tryAcquire()) throw new Error('open');
      try {
        await noop();
      } catch (err) {
        b.onFailure(String(err));
        throw err;
      }
      b.onSuccess();
    };
  };
  const breakers: CircuitBreaker[] = [];
  const newBreaker = (): Op => {
    const b = new CircuitBreaker('bench', { threshold: 5, cooldownMs: 15_000 });
    breakers.push(b);
    return () => b.run(noop);
  };

  const lines = [
    `limits bench ${new Date().toISOString()}  node ${process.version}  redis ${url}  N=${N}  median of ${ROUNDS} rounds`,
    `redis-server ${(await redis.info('server')).match(/redis_version:(\S+)/)?.[1] ?? '?'}; ${(await import('node:os')).cpus().length} cores (shared)`,
    '',
    `${'ops/s'.padEnd(44)} ${'old'.padStart(10)} ${'new'.padStart(10)} ${'new/old'.padStart(8)}`,
    await compare('rate limit check, 1 at a time', oldLimiter, newLimiter, N, 1),
    await compare(`rate limit check, ${IN_FLIGHT} in flight`, oldLimiter, newLimiter, N, IN_FLIGHT),
    await compare('breaker-wrapped no-op, 1 at a time', oldBreaker, newBreaker, N, 1),
    await compare('breaker-wrapped no-op, 1 at a time, N x 10', oldBreaker, newBreaker, N * 10, 1),
  ];
  for (const b of breakers) b.shutdown();
  let cursor = '0';
  do {
    const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', 'dmh:rl:bench-*', 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = nextCursor;
  } while (cursor !== '0');
  redis.disconnect();

  const text = `${lines.join('\n')}\n`;
  process.stdout.write(text);
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `limits-${new Date().toISOString().slice(0, 10)}.txt`);
  writeFileSync(file, text);
  process.stdout.write(`written to ${file}\n`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
