export interface RetryPolicyOptions {
  /** Retries after the first attempt (3: four attempts in all, then dead). */
  maxRetries: number;
  baseMs: number;
  maxMs: number;
  /** [0, 1): jitter source, injectable for tests. */
  random?: () => number;
}

export type NextStep = { status: 'retrying'; delayMs: number } | { status: 'dead' };

/**
 * What happens after a failed attempt: retry `n` (1-based) waits base · 2^(n-1), ±20 % jitter, capped at
 * maxMs, and never less than the target's circuit needs before it lets a probe through; once the retries
 * of this round are used up the job is dead. `attemptInRound` counts the failed attempt (1 = first try).
 */
export function nextStep(o: RetryPolicyOptions, attemptInRound: number, circuitRetryInMs = 0, permanent = false): NextStep {
  if (permanent || attemptInRound > o.maxRetries) return { status: 'dead' };
  return { status: 'retrying', delayMs: Math.max(backoffMs(o, attemptInRound), circuitRetryInMs) };
}

export function backoffMs(o: RetryPolicyOptions, retry: number): number {
  const exponential = Math.min(o.maxMs, o.baseMs * 2 ** Math.max(0, retry - 1));
  const jitter = 0.8 + 0.4 * (o.random ?? Math.random)();
  return Math.min(o.maxMs, Math.round(exponential * jitter));
}
