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
  /** Client addresses this rule does not count (configuration, e.g. a test runner on loopback). */
  exemptIps?: readonly string[];
}

/**
 * Counts this call and refuses it with 429 (and Retry-After) over the limit. With Redis unreachable the
 * call is let through and the outage logged: a limiter must not take the product down with it.
 */
export async function enforceRateLimit(rule: RateLimitRule, who: { ip: string; userId: string | null }): Promise<void> {
  const byUser = rule.by === 'user' && who.userId;
  if (!byUser && rule.exemptIps?.includes(who.ip)) return;
  const subject = byUser ? `u:${who.userId}` : `ip:${who.ip}`;
  const count = await hit(rule.name, subject, rule.windowSeconds);
  if (count > rule.limit) throw tooMany(rule.limit, rule.windowSeconds);
}

/** Adds one to a named fixed-window counter and answers the new count (0 when Redis is unreachable). */
export async function hit(name: string, subject: string, windowSeconds: number): Promise<number> {
  const key = windowKey(name, subject, windowSeconds);
  try {
    const [[, n]] = (await redisClient().multi().incr(key).expire(key, windowSeconds + 1).exec()) as [[Error | null, number]];
    return n;
  } catch (err) {
    logger.warn({ err, counter: name }, 'rate limiter unavailable: letting the call through');
    return 0;
  }
}

/** The current value of a named fixed-window counter, without counting (0 when Redis is unreachable). */
export async function peek(name: string, subject: string, windowSeconds: number): Promise<number> {
  try {
    return Number((await redisClient().get(windowKey(name, subject, windowSeconds))) ?? 0);
  } catch (err) {
    logger.warn({ err, counter: name }, 'rate limiter unavailable: letting the call through');
    return 0;
  }
}

/** The 429 a limit answers with, Retry-After set to the end of the current window. */
export function tooMany(limit: number, windowSeconds: number): AppError {
  const retryAfter = windowSeconds - (Math.floor(Date.now() / 1000) % windowSeconds);
  return new AppError('RATE_LIMITED', `too many requests: at most ${limit} per ${windowSeconds} s`, [], Math.max(1, retryAfter));
}

function windowKey(name: string, subject: string, windowSeconds: number): string {
  return `dmh:rl:${name}:${subject}:${Math.floor(Date.now() / 1000 / windowSeconds)}`;
}
