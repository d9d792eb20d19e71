import { AppError } from './app-error';
import { logger } from './logger';
import { redisClient } from './redis';

/** A fixed-window limit kept in Redis: at most `limit` calls per `windowSeconds` per caller key. */
export interface RateLimitRule {
  /** Names the counter: `order-create`, `login`… */
  name: string;
  limit: number;
  windowSeconds: number;
  /** Count per client address, or per signed-in user (falls back to the address). */
  by: 'ip' | 'user';
}

/**
 * Counts this call and refuses it with 429 (and Retry-After) over the limit. With Redis unreachable the
 * call is let through and the outage logged: a limiter must not take the product down with it.
 */
export async function enforceRateLimit(rule: RateLimitRule, who: { ip: string; userId: string | null }): Promise<void> {
  const subject = rule.by === 'user' && who.userId ? `u:${who.userId}` : `ip:${who.ip}`;
  const window = Math.floor(Date.now() / 1000 / rule.windowSeconds);
  const key = `dmh:rl:${rule.name}:${subject}:${window}`;
  let count: number;
  try {
    const [[, n]] = (await redisClient().multi().incr(key).expire(key, rule.windowSeconds + 1).exec()) as [[Error | null, number]];
    count = n;
  } catch (err) {
    logger.warn({ err, rule: rule.name }, 'rate limiter unavailable: letting the call through');
    return;
  }
  if (count > rule.limit) {
    const retryAfter = rule.windowSeconds - (Math.floor(Date.now() / 1000) % rule.windowSeconds);
    throw new AppError('RATE_LIMITED', `too many requests: at most ${rule.limit} per ${rule.windowSeconds} s`, [], Math.max(1, retryAfter));
  }
}
