import { redisClient } from '../../common/redis';
import type { StoredCode } from './sms-code';

const codeKey = (phone: string) => `dmh:sms:code:${phone}`;
const usedKey = (phone: string) => `dmh:sms:used:${phone}`;
const resendKey = (phone: string) => `dmh:sms:resend:${phone}`;
const dayKey = (phone: string, day: string) => `dmh:sms:day:${phone}:${day}`;

/** Adds one try to the waiting code and answers it, atomically; nothing (and no key created) when none waits. */
const CLAIM_ATTEMPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
return redis.call('HMGET', KEYS[1], 'hash', 'expiresAt', 'attempts')`;

/** Removes the code only if it is still the one judged, and remembers it as used (replays are told apart). */
const CONSUME = `
if redis.call('HGET', KEYS[1], 'hash') ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('SET', KEYS[2], ARGV[1], 'EX', ARGV[2])
return 1`;

/** Login codes in Redis: hashed, one per phone, living past their expiry only as long as the store needs. */
export class SmsCodeStore {
  constructor(private readonly redis = redisClient) {}

  /** Takes the resend slot for `seconds`; false (and the seconds left) when a code was sent more recently. */
  async takeResendSlot(phone: string, seconds: number): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
    const taken = await this.redis().set(resendKey(phone), '1', 'EX', seconds, 'NX');
    if (taken === 'OK') return { ok: true };
    const ttl = await this.redis().ttl(resendKey(phone));
    return { ok: false, retryAfter: Math.max(1, ttl) };
  }

  releaseResendSlot(phone: string): Promise<number> {
    return this.redis().del(resendKey(phone));
  }

  /** Counts a code sent today (China day) to the phone and answers the count. */
  async countSentToday(phone: string, day: string): Promise<number> {
    const [[, n]] = (await this.redis().multi().incr(dayKey(phone, day)).expire(dayKey(phone, day), 2 * 86_400).exec()) as [[Error | null, number]];
    return n;
  }

  /** Replaces any waiting code of the phone (its tries start again at zero). */
  async save(phone: string, hash: string, expiresAt: number, keepSeconds: number): Promise<void> {
    await this.redis().multi()
      .del(codeKey(phone))
      .hset(codeKey(phone), 'hash', hash, 'expiresAt', String(expiresAt), 'attempts', '0')
      .expire(codeKey(phone), keepSeconds)
      .exec();
  }

  async claimAttempt(phone: string): Promise<StoredCode | null> {
    const row = (await this.redis().eval(CLAIM_ATTEMPT, 1, codeKey(phone))) as [string, string, string] | null;
    return row ? { hash: row[0], expiresAt: Number(row[1]), attempts: Number(row[2]) } : null;
  }

  /** Uses the code up: true for the one caller that removed it (two concurrent right answers: one wins). */
  async consume(phone: string, hash: string, keepSeconds: number): Promise<boolean> {
    return (await this.redis().eval(CONSUME, 2, codeKey(phone), usedKey(phone), hash, keepSeconds)) === 1;
  }

  lastUsed(phone: string): Promise<string | null> {
    return this.redis().get(usedKey(phone));
  }
}
