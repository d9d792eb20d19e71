import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** A fresh six-digit code, uniformly drawn (leading zeros kept). */
export function newSmsCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * What is stored instead of the code: an HMAC over phone and code under the server's secret, so a Redis
 * dump reveals no code and a code is bound to its phone.
 */
export function hashSmsCode(secret: string, phone: string, code: string): string {
  return createHmac('sha256', secret).update(`${phone}:${code}`).digest('hex');
}

/** A code waiting to be used, as the store keeps it. */
export interface StoredCode {
  hash: string;
  /** Epoch milliseconds after which the code is refused. */
  expiresAt: number;
  /** Tries made on this code, the one being judged included. */
  attempts: number;
}

export type SmsVerdict =
  | { kind: 'match' }
  | { kind: 'wrong'; attemptsLeft: number }
  | { kind: 'locked' }
  | { kind: 'expired' }
  /** No code waiting, and the one presented is the last code used: a replay. */
  | { kind: 'used' };

/**
 * Judges a presented code (by its hash) against what is stored. Attempts are counted before judging (the
 * store adds one atomically), so concurrent guesses cannot share one try. A code past its expiry is refused
 * whatever it is; past `maxAttempts` even the right code is refused (the holder must ask for a new one).
 */
export function judgeSmsCode(
  stored: StoredCode | null,
  presentedHash: string,
  lastUsedHash: string | null,
  now: number,
  maxAttempts: number,
): SmsVerdict {
  if (!stored) return lastUsedHash !== null && sameHash(lastUsedHash, presentedHash) ? { kind: 'used' } : { kind: 'expired' };
  if (now >= stored.expiresAt) return { kind: 'expired' };
  if (stored.attempts > maxAttempts) return { kind: 'locked' };
  if (sameHash(stored.hash, presentedHash)) return { kind: 'match' };
  const attemptsLeft = maxAttempts - stored.attempts;
  return attemptsLeft > 0 ? { kind: 'wrong', attemptsLeft } : { kind: 'locked' };
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
