import type { CircuitState } from '@dmh/shared';
import { scrapeSource } from '@dmh/shared/dist/metrics';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueueStats } from '../jobs/sync-jobs.repository';

export type AttemptOutcome = 'success' | 'failed' | 'dead';

export interface TargetView {
  name: string;
  kind: string;
  circuit: CircuitState;
}

/** Where the gauges read what they report, on each scrape (none: those gauges stay empty). */
export interface SyncMetricsSources {
  /** The job queue as the database has it now (one query per scrape). */
  queue?: () => Promise<QueueStats>;
  /** The targets this worker knows and their circuit breakers. */
  targets?: () => TargetView[];
}

const CIRCUIT_VALUE: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * The sync worker's metrics (GET /metrics, in its own registry): attempts and failures per target, attempt
 * durations, job lag (requested → written), and, read on each scrape, the queue (jobs by status, the age of
 * the oldest one not yet written) and each target's circuit. Sync success rate =
 * `dmh_sync_attempts_total{outcome="success"}` / all attempts; the sync backlog = `dmh_sync_jobs{status=~"queued|retrying"}`.
 */
export class SyncMetrics {
  private readonly attempts: Counter<'target' | 'kind' | 'outcome'>;
  private readonly failures: Counter<'target' | 'kind'>;
  private readonly durations: Histogram<'target' | 'kind'>;
  private readonly jobLag: Histogram;
  private readonly lastJobLag: Gauge;

  constructor(sources: SyncMetricsSources = {}, readonly registry = new Registry()) {
    const registers = [registry];
    this.attempts = new Counter({
      name: 'dmh_sync_attempts_total', help: 'Sync attempts by target and outcome (success, failed = will retry, dead = given up).',
      labelNames: ['target', 'kind', 'outcome'], registers,
    });
    this.failures = new Counter({ name: 'dmh_sync_failures_total', help: 'Failed sync attempts (failed or dead) by target.', labelNames: ['target', 'kind'], registers });
    this.durations = new Histogram({
      name: 'dmh_sync_attempt_duration_seconds', help: 'Duration of sync attempts by target.', labelNames: ['target', 'kind'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers,
    });
    this.jobLag = new Histogram({
      name: 'dmh_sync_job_lag_seconds', help: 'Time from a job being requested to its rows being written.',
      buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800], registers,
    });
    this.lastJobLag = new Gauge({ name: 'dmh_sync_last_job_lag_seconds', help: 'Lag of the most recently written job.', registers });

    const { queue, targets } = sources;
    const stats = queue && scrapeSource(queue); // one query per scrape for both gauges
    new Gauge({
      name: 'dmh_sync_jobs', help: 'Jobs waiting (queued, retrying) or dead-lettered.', labelNames: ['status'], registers,
      async collect() {
        const q = stats ? await stats() : null;
        this.reset();
        if (q) for (const status of ['queued', 'retrying', 'dead'] as const) this.set({ status }, q[status]);
      },
    });
    new Gauge({
      name: 'dmh_sync_lag_seconds', help: 'Age of the oldest job not yet written (0 when caught up; NaN when the database did not answer).', registers,
      async collect() {
        const q = stats ? await stats() : null;
        this.set(q ? q.lagSeconds : Number.NaN);
      },
    });
    new Gauge({
      name: 'dmh_sync_circuit_state', help: 'Circuit breaker per target: 0 closed, 1 half-open, 2 open.', labelNames: ['target', 'kind'], registers,
      collect() {
        this.reset();
        for (const t of targets?.() ?? []) this.set({ target: t.name, kind: t.kind }, CIRCUIT_VALUE[t.circuit]);
      },
    });
  }

  recordAttempt(target: string, kind: string, outcome: AttemptOutcome, durationMs: number): void {
    this.attempts.inc({ target, kind, outcome });
    // At 0 from a target's first attempt on: Prometheus sees the first failure as an increase (the alert's).
    this.failures.inc({ target, kind }, outcome === 'success' ? 0 : 1);
    this.durations.observe({ target, kind }, durationMs / 1000);
  }

  /** A job reached the target `lagMs` after it was requested. */
  recordWritten(lagMs: number): void {
    this.jobLag.observe(lagMs / 1000);
    this.lastJobLag.set(lagMs / 1000);
  }

  /** The text exposition of this registry (Prometheus format) and its content type. */
  async render(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }
}
