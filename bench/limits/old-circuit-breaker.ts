// The hand-written breaker DMH used before issue 14 (sync/src/targets/circuit-breaker.ts at ae26537), kept
// only for bench/limits.bench.ts to measure opossum against. Not used by the product.
import type { CircuitSnapshot, CircuitState } from '@dmh/shared';

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  threshold: number;
  /** How long it stays open before one probe is let through (half-open). */
  cooldownMs: number;
  now?: () => number;
}

/**
 * One per target database. Closed: every attempt goes through. After `threshold` consecutive failures it
 * opens: attempts fail at once without touching the database. After the cool-down one attempt at a time
 * probes (half-open): a success closes it, a failure opens it for another cool-down.
 */
export class CircuitBreaker {
  private state: CircuitState = 'closed';
  private failures = 0;
  private openedAt: number | null = null;
  private probing = false;
  private lastError: string | null = null;
  private readonly now: () => number;

  constructor(private readonly options: BreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Whether an attempt may go to the database now; a true answer in half-open reserves the single probe. */
  tryAcquire(): boolean {
    if (this.state === 'open' && this.now() - (this.openedAt ?? 0) >= this.options.cooldownMs) {
      this.state = 'half_open';
      this.probing = false;
    }
    if (this.state === 'closed') return true;
    if (this.state === 'half_open' && !this.probing) {
      this.probing = true;
      return true;
    }
    return false;
  }

  onSuccess(): void {
    this.state = 'closed';
    this.failures = 0;
    this.openedAt = null;
    this.probing = false;
  }

  onFailure(error: string): void {
    this.failures += 1;
    this.lastError = error;
    this.probing = false;
    if (this.state === 'half_open' || this.failures >= this.options.threshold) {
      this.state = 'open';
      this.openedAt = this.now();
    }
  }

  /** Milliseconds until an open circuit lets a probe through (0 when not open). */
  retryInMs(): number {
    if (this.state !== 'open') return 0;
    return Math.max(0, this.options.cooldownMs - (this.now() - (this.openedAt ?? 0)));
  }

  snapshot(): CircuitSnapshot {
    if (this.state === 'open' && this.retryInMs() === 0) {
      // Report what the next attempt will find, without reserving the probe.
      return { state: 'half_open', consecutiveFailures: this.failures, openedAt: iso(this.openedAt), lastError: this.lastError };
    }
    return { state: this.state, consecutiveFailures: this.failures, openedAt: iso(this.openedAt), lastError: this.lastError };
  }
}


function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}
