import type { CircuitSnapshot, CircuitState } from '@dmh/shared';
import Opossum from 'opossum';

export interface BreakerOptions {
  /** Consecutive failures that open the circuit (SYNC_BREAKER_THRESHOLD). */
  threshold: number;
  /** How long it stays open before one probe is let through, half-open (SYNC_BREAKER_COOLDOWN_MS). */
  cooldownMs: number;
  /** The failure as one line for the snapshot's lastError (default: its message). */
  describeError?: (err: unknown) => string;
}

type Work = () => Promise<unknown>;

/**
 * One per target database, on opossum. Closed: every attempt goes through. After `threshold` consecutive
 * failures it opens: attempts fail at once (CircuitOpenError) without touching the database. After the
 * cool-down one attempt at a time probes (half-open): a success closes it, a failure opens it for another
 * cool-down.
 *
 * opossum opens on an error percentage over a rolling window; DMH's rule is consecutive failures, so
 * opossum's own rule is switched off (a rate can never exceed 100 %) and this class counts and calls
 * `open()`. opossum keeps the rest: the open → half-open timer (a real timer now, so `half_open` is what
 * the state says, not computed from a clock on reading), the single probe, closing on its success and
 * re-opening on its failure. Its per-attempt timeout is off: the runner times attempts out itself.
 */
export class CircuitBreaker {
  private readonly circuit: Opossum<[Work], unknown>;
  private failures = 0;
  private openedAt: number | null = null;
  private lastError: string | null = null;

  constructor(
    private readonly target: string,
    private readonly options: BreakerOptions,
  ) {
    this.circuit = new Opossum((work: Work) => work(), {
      name: target, timeout: false, resetTimeout: options.cooldownMs, errorThresholdPercentage: 100, volumeThreshold: 0,
      enableSnapshots: false, rollingPercentilesEnabled: false,
    });
    this.circuit.on('failure', (err: unknown) => {
      this.failures += 1;
      this.lastError = (options.describeError ?? message)(err);
      if (this.failures >= options.threshold) this.circuit.open();
    });
    this.circuit.on('success', () => {
      // A late success of an attempt that started before the circuit opened leaves it open (opossum closes
      // only from half-open; the hand-written breaker closed on any success).
      this.failures = 0;
      if (!this.circuit.opened) this.openedAt = null;
    });
    this.circuit.on('open', () => (this.openedAt = Date.now()));
  }

  /** Runs `work` through the circuit: CircuitOpenError at once while it is open or another attempt probes it. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return (await this.circuit.fire(work)) as T;
    } catch (err) {
      if (Opossum.isOurError(err as Error) && (err as { code?: string }).code === 'EOPENBREAKER') {
        throw new CircuitOpenError(this.target, this.retryInMs(), this.lastError);
      }
      throw err;
    }
  }

  /** Milliseconds until an open circuit lets a probe through (0 when not open). */
  retryInMs(): number {
    if (!this.circuit.opened) return 0;
    return Math.max(0, this.options.cooldownMs - (Date.now() - (this.openedAt ?? 0)));
  }

  snapshot(): CircuitSnapshot {
    return { state: this.state(), consecutiveFailures: this.failures, openedAt: iso(this.openedAt), lastError: this.lastError };
  }

  /** Stops its timers (a replaced target's breaker). */
  shutdown(): void {
    this.circuit.shutdown();
  }

  private state(): CircuitState {
    if (this.circuit.halfOpen) return 'half_open';
    return this.circuit.opened ? 'open' : 'closed';
  }
}

export class CircuitOpenError extends Error {
  override readonly name = 'CircuitOpenError';
  constructor(target: string, retryInMs: number, lastError: string | null) {
    const when = retryInMs > 0 ? `next probe in ${Math.ceil(retryInMs / 1000)} s` : 'another attempt is probing it';
    super(`circuit open for target ${target}: not attempted (${when}; last error: ${lastError ?? 'n/a'})`);
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}
