import type { CircuitState } from '@dmh/shared';
import type { QueueStats } from '../jobs/sync-jobs.repository';

export type AttemptOutcome = 'success' | 'failed' | 'dead';

interface TargetView {
  name: string;
  kind: string;
  circuit: CircuitState;
}

const CIRCUIT_VALUE: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * The worker's metrics in Prometheus text format (GET /metrics): attempts and failures per target,
 * attempt durations, job lag (request → written), queue depth and sync lag, circuit states.
 */
export class SyncMetrics {
  private readonly attempts = new Map<string, number>();
  private readonly durations = new Map<string, { sum: number; count: number }>();
  private lagSum = 0;
  private lagCount = 0;
  private lastLagSeconds = 0;

  recordAttempt(target: string, kind: string, outcome: AttemptOutcome, durationMs: number): void {
    const key = labels({ target, kind, outcome });
    this.attempts.set(key, (this.attempts.get(key) ?? 0) + 1);
    const d = this.durations.get(labels({ target, kind })) ?? { sum: 0, count: 0 };
    d.sum += durationMs / 1000;
    d.count += 1;
    this.durations.set(labels({ target, kind }), d);
  }

  /** A job reached the target `lagMs` after it was requested. */
  recordWritten(lagMs: number): void {
    this.lastLagSeconds = lagMs / 1000;
    this.lagSum += this.lastLagSeconds;
    this.lagCount += 1;
  }

  render(queue: QueueStats | null, targets: TargetView[]): string {
    const out: string[] = [];
    const family = (name: string, type: string, help: string) => out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    family('dmh_sync_attempts_total', 'counter', 'Sync attempts by target and outcome (success, failed = will retry, dead = given up).');
    for (const [l, n] of this.attempts) out.push(`dmh_sync_attempts_total{${l}} ${n}`);
    family('dmh_sync_failures_total', 'counter', 'Failed sync attempts (failed or dead) by target.');
    const failures = new Map<string, number>();
    for (const [l, n] of this.attempts) {
      if (l.includes('outcome="success"')) continue;
      const key = l.replace(/,outcome="[a-z]+"/, '');
      failures.set(key, (failures.get(key) ?? 0) + n);
    }
    for (const [l, n] of failures) out.push(`dmh_sync_failures_total{${l}} ${n}`);
    family('dmh_sync_attempt_duration_seconds', 'summary', 'Duration of sync attempts by target.');
    for (const [l, d] of this.durations) out.push(`dmh_sync_attempt_duration_seconds_sum{${l}} ${d.sum}`, `dmh_sync_attempt_duration_seconds_count{${l}} ${d.count}`);
    family('dmh_sync_job_lag_seconds', 'summary', 'Time from a job being requested to its rows being written.');
    out.push(`dmh_sync_job_lag_seconds_sum ${this.lagSum}`, `dmh_sync_job_lag_seconds_count ${this.lagCount}`);
    family('dmh_sync_last_job_lag_seconds', 'gauge', 'Lag of the most recently written job.');
    out.push(`dmh_sync_last_job_lag_seconds ${this.lastLagSeconds}`);
    if (queue) {
      family('dmh_sync_jobs', 'gauge', 'Jobs waiting (queued, retrying) or dead-lettered.');
      for (const status of ['queued', 'retrying', 'dead'] as const) out.push(`dmh_sync_jobs{status="${status}"} ${queue[status]}`);
      family('dmh_sync_lag_seconds', 'gauge', 'Age of the oldest job not yet written (0 when caught up).');
      out.push(`dmh_sync_lag_seconds ${queue.lagSeconds}`);
    }
    family('dmh_sync_circuit_state', 'gauge', 'Circuit breaker per target: 0 closed, 1 half-open, 2 open.');
    for (const t of targets) out.push(`dmh_sync_circuit_state{${labels({ target: t.name, kind: t.kind })}} ${CIRCUIT_VALUE[t.circuit]}`);
    return out.join('\n') + '\n';
  }
}

function labels(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');
}
