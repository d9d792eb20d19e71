// The hand-written fixed-window counter DMH used before issue 14 (api/src/common/rate-limit.ts at ae26537:
// `hit` and the verdict of `enforceRateLimit`), kept only for bench/limits.bench.ts. Not used by the product.
import type Redis from 'ioredis';

/** One counted call: INCR + EXPIRE of the wall-clock window's key in one MULTI; true when over the limit. */
export async function oldEnforce(redis: Redis, name: string, subject: string, limit: number, windowSeconds: number): Promise<boolean> {
  const key = `dmh:rl:${name}:${subject}:${Math.floor(Date.now() / 1000 / windowSeconds)}`;
  const [[, n]] = (await redis.multi().incr(key).expire(key, windowSeconds + 1).exec()) as [[Error | null, number]];
  return n > limit;
}
