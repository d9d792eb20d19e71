import { doublingDelay } from '../jobs/backoff';

/**
 * When an order's payment is queried (pure, so the rule has its own tests): the first query a fixed delay
 * after the prepay, then at doubling intervals up to a cap, the last at the order's expiry plus a margin
 * (where the expiry step takes over). Everything in milliseconds from "now".
 */
export interface WatchTiming {
  firstDelayMs: number;
  maxIntervalMs: number;
  expiryMarginMs: number;
}

/** The first query's delay; null when the order has no expiry is treated as never expiring. */
export function firstQueryDelayMs(msToExpiry: number | null, t: WatchTiming): number {
  if (msToExpiry === null) return t.firstDelayMs;
  return Math.max(0, Math.min(t.firstDelayMs, msToExpiry + t.expiryMarginMs));
}

/**
 * After query `attempt` (1 = the first), the delay until the next one, or null when none is due: the order
 * is past its expiry (the expiry step runs now instead). Never later than the expiry plus the margin.
 */
export function nextQueryDelayMs(attempt: number, msToExpiry: number | null, t: WatchTiming): number | null {
  if (msToExpiry !== null && msToExpiry <= 0) return null;
  const interval = doublingDelay(t.firstDelayMs, attempt, t.maxIntervalMs);
  return msToExpiry === null ? interval : Math.min(interval, msToExpiry + t.expiryMarginMs);
}
