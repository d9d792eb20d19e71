import assert from 'node:assert/strict';
import { after, describe, mock, test } from 'node:test';
import Redis from 'ioredis';
import { AppError } from './app-error';
import { logger } from './logger';
import { RateLimits, type RateLimitRule } from './rate-limit';

/**
 * What rate-limiter-flexible asks of an ioredis client (its increment script, GET + PTTL in a MULTI), kept
 * in memory with a clock the test moves: the key's TTL starts at its first increment, as the script does.
 */
class FakeRedis {
  status = 'ready';
  now = 1_000_000;
  readonly store = new Map<string, { value: number; expiresAt: number }>();

  defineCommand(): void {}

  async rlflxIncr([key, points, secDuration]: string[]): Promise<[number, number]> {
    const entry = this.live(key) ?? { value: 0, expiresAt: this.now + Number(secDuration) * 1000 };
    entry.value += Number(points);
    this.store.set(key, entry);
    return [entry.value, entry.expiresAt - this.now];
  }

  multi() {
    const keys: string[] = [];
    const chain = {
      get: (key: string) => (keys.push(key), chain),
      pttl: () => chain,
      exec: async () => {
        const entry = this.live(keys[0]);
        return [[null, entry ? String(entry.value) : null], [null, entry ? entry.expiresAt - this.now : -2]];
      },
    };
    return chain;
  }

  private live(key: string) {
    const entry = this.store.get(key);
    return entry && entry.expiresAt > this.now ? entry : undefined;
  }
}

function setup() {
  const redis = new FakeRedis();
  return { redis, limits: new RateLimits(() => redis as unknown as Redis) };
}

const RULE: RateLimitRule = { name: 'login', limit: 3, windowSeconds: 60, by: 'ip', exemptIps: ['127.0.0.1'] };
const who = (ip: string, userId: string | null = null) => ({ ip, userId });

async function refusal(p: Promise<void>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof AppError, String(err));
    return err;
  }
  assert.fail('not refused');
}

describe('rate limits (rate-limiter-flexible on Redis)', () => {
  test('the call over the limit is refused with RATE_LIMITED and the seconds left in the window; the window starts at the first call', async () => {
    const { redis, limits } = setup();
    redis.now += 45_000; // not on a wall-clock boundary: the window is the caller's own
    for (let i = 0; i < 3; i++) await limits.enforce(RULE, who('198.18.0.1'));
    redis.now += 20_500;
    const err = await refusal(limits.enforce(RULE, who('198.18.0.1')));
    assert.equal(err.errorName, 'RATE_LIMITED');
    assert.equal(err.http, 429);
    assert.equal(err.retryAfterSeconds, 40, '39.5 s left, rounded up');
    assert.deepEqual([...redis.store.keys()], ['dmh:rl:login:ip:198.18.0.1']);
    redis.now += 39_500;
    await limits.enforce(RULE, who('198.18.0.1')); // a new window
  });

  test('Retry-After is at least 1 s', async () => {
    const { redis, limits } = setup();
    for (let i = 0; i < 3; i++) await limits.enforce(RULE, who('198.18.0.1'));
    redis.now += 59_990;
    assert.equal((await refusal(limits.enforce(RULE, who('198.18.0.1')))).retryAfterSeconds, 1);
  });

  test('per address, per user (one user from many addresses), exempt addresses not counted unless by user', async () => {
    const { redis, limits } = setup();
    for (let i = 0; i < 3; i++) await limits.enforce(RULE, who('198.18.0.1'));
    await limits.enforce(RULE, who('198.18.0.2'));
    for (let i = 0; i < 10; i++) await limits.enforce(RULE, who('127.0.0.1'));
    assert.equal(redis.store.has('dmh:rl:login:ip:127.0.0.1'), false);

    const byUser: RateLimitRule = { ...RULE, name: 'refund', by: 'user' };
    for (let i = 0; i < 3; i++) await limits.enforce(byUser, who(`198.18.1.${i}`, '42'));
    assert.equal((await refusal(limits.enforce(byUser, who('127.0.0.1', '42')))).errorName, 'RATE_LIMITED', 'an exempt address does not exempt a user');
    await limits.enforce(byUser, who('198.18.1.9', '43'));
    await limits.enforce(byUser, who('198.18.1.9')); // signed out: counted by address
    assert.ok(redis.store.has('dmh:rl:refund:u:42') && redis.store.has('dmh:rl:refund:ip:198.18.1.9'));
  });

  test('rules of the same name with another limit or window are separate limiters on the same keys', async () => {
    const { limits } = setup();
    for (let i = 0; i < 3; i++) await limits.enforce(RULE, who('198.18.0.1'));
    await refusal(limits.enforce(RULE, who('198.18.0.1')));
    await limits.enforce({ ...RULE, limit: 10 }, who('198.18.0.1')); // the 5th call: under the larger limit
  });

  test('hit counts without refusing, peek reads without counting (the login guard\'s failures)', async () => {
    const { redis, limits } = setup();
    const failures = { name: 'login-fail', limit: 2, windowSeconds: 900 };
    assert.deepEqual(await limits.peek(failures, '198.18.0.1'), { count: 0, msBeforeNext: 0 });
    for (let i = 1; i <= 4; i++) assert.equal((await limits.hit(failures, '198.18.0.1')).count, i);
    redis.now += 100_000;
    assert.deepEqual(await limits.peek(failures, '198.18.0.1'), { count: 4, msBeforeNext: 800_000 });
    assert.equal((await limits.peek(failures, '198.18.0.1')).count, 4, 'peeking did not count');
    redis.now += 800_000;
    assert.deepEqual(await limits.peek(failures, '198.18.0.1'), { count: 0, msBeforeNext: 0 });
  });

  describe('with Redis unreachable', () => {
    const down = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => null });
    after(() => down.disconnect());

    test('the call is let through and the outage logged; counters read 0', async () => {
      const warn = mock.method(logger, 'warn', () => undefined);
      try {
        const limits = new RateLimits(() => down);
        for (let i = 0; i < 5; i++) await limits.enforce(RULE, who('198.18.0.1'));
        assert.deepEqual(await limits.hit({ name: 'login-fail', limit: 2, windowSeconds: 900 }, '198.18.0.1'), { count: 0, msBeforeNext: 0 });
        assert.deepEqual(await limits.peek({ name: 'login-fail', limit: 2, windowSeconds: 900 }, '198.18.0.1'), { count: 0, msBeforeNext: 0 });
        assert.equal(warn.mock.callCount(), 7);
        const [fields, message] = warn.mock.calls[0].arguments as unknown as [{ err: unknown; counter: string }, string];
        assert.equal(fields.counter, 'login');
        assert.ok(fields.err instanceof Error);
        assert.match(message, /rate limiter unavailable: letting the call through/);
      } finally {
        warn.mock.restore();
      }
    });
  });
});
