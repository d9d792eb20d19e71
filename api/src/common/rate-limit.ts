import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from './app-error';
import { logger } from './logger';
import { redisClient } from './redis';

/**
 * A limit kept in Redis by rate-limiter-flexible: at most `limit` calls per `windowSeconds` per caller key.
 *
 * The window starts at a caller's first counted call and lasts `windowSeconds` (the key's TTL), it is not
 * aligned to the wall clock as the hand-written fixed-window counter before it was: a burst can no longer
 * straddle a boundary and get nearly twice the limit, and Retry-After is the rest of that caller's window.
 */
export interface RateLimitRule {
  /** Names the counter: `order-create`, `login`… (Redis keys `dmh:rl:<name>:<subject>`). */
  name: string;
  limit: number;
  windowSeconds: number;
  /** Count per client address, or per signed-in user (falls back to the address). */
  by: 'ip' | 'user';
  /** Client addresses this rule does not count (configuration, e.g. a test runner on loopback). */
  exemptIps?: readonly string[];
}

/** A named counter read or moved without a verdict (the login guard's failures per address). */
export type Counter = Pick<RateLimitRule, 'name' | 'limit' | 'windowSeconds'>;

/** A counter's value and how long until its window ends (0 and 0 when there is none, or Redis is unreachable). */
export interface Tally {
  count: number;
  msBeforeNext: number;
}

const NOTHING: Tally = { count: 0, msBeforeNext: 0 };

/** One limiter per rule (name, limit, window) on one Redis client. */
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterRedis>();

  constructor(private readonly client: () => Redis = redisClient) {}

  /**
   * Counts this call and refuses it with 429 (and Retry-After) over the limit. With Redis unreachable the
   * call is let through and the outage logged: a limiter must not take the product down with it. (No
   * insurance limiter: an in-memory one per replica would refuse by a count nobody else sees.)
   */
  async enforce(rule: RateLimitRule, who: { ip: string; userId: string | null }): Promise<void> {
    const byUser = rule.by === 'user' && who.userId;
    if (!byUser && rule.exemptIps?.includes(who.ip)) return;
    const subject = byUser ? `u:${who.userId}` : `ip:${who.ip}`;
    try {
      await this.limiter(rule).consume(subject);
    } catch (outcome) {
      // rate-limiter-flexible rejects with a RateLimiterRes over the limit, with an Error when Redis fails.
      if (outcome instanceof RateLimiterRes) throw tooMany(rule, outcome.msBeforeNext);
      unavailable(outcome, rule.name);
    }
  }

  /** Adds one to a counter, never refusing, and answers its new value. */
  async hit(counter: Counter, subject: string): Promise<Tally> {
    try {
      return tally(await this.limiter(counter).penalty(subject));
    } catch (err) {
      unavailable(err, counter.name);
      return NOTHING;
    }
  }

  /** A counter's current value, without counting. */
  async peek(counter: Counter, subject: string): Promise<Tally> {
    try {
      const res = await this.limiter(counter).get(subject);
      return res ? tally(res) : NOTHING;
    } catch (err) {
      unavailable(err, counter.name);
      return NOTHING;
    }
  }

  private limiter(c: Counter): RateLimiterRedis {
    const id = `${c.name}|${c.limit}|${c.windowSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiterRedis({ storeClient: this.client(), keyPrefix: `dmh:rl:${c.name}`, points: c.limit, duration: c.windowSeconds });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}

const shared = new RateLimits();

export function enforceRateLimit(rule: RateLimitRule, who: { ip: string; userId: string | null }): Promise<void> {
  return shared.enforce(rule, who);
}

export function hit(counter: Counter, subject: string): Promise<Tally> {
  return shared.hit(counter, subject);
}

export function peek(counter: Counter, subject: string): Promise<Tally> {
  return shared.peek(counter, subject);
}

/** The 429 a limit answers with, Retry-After the whole seconds left in the caller's window (at least 1). */
export function tooMany(rule: Counter, msBeforeNext: number): AppError {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError('RATE_LIMITED', `too many requests: at most ${rule.limit} per ${rule.windowSeconds} s`, [], retryAfter);
}

function tally(res: RateLimiterRes): Tally {
  return { count: res.consumedPoints, msBeforeNext: Math.max(0, res.msBeforeNext) };
}

function unavailable(err: unknown, counter: string): void {
  logger.warn({ err, counter }, 'rate limiter unavailable: letting the call through');
}
