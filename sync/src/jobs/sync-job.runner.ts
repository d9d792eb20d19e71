import type { TraceContext, Tracer } from '@dmh/shared/dist/tracing';
import { type MappedRow, checksum, mapOrder, mapReward } from '../mapping/field-mapping';
import { logger } from '../runtime/logger';
import { tracer as processTracer } from '../runtime/tracing';
import type { ResolvedTarget, TargetRegistry } from '../targets/target-registry';
import type { DmhOrdersRepository } from './dmh-orders.repository';
import { errorText, withTimeout } from './error-text';
import { nextStep, type RetryPolicyOptions } from './retry-policy';
import type { ClaimedJob } from './sync-jobs.repository';
import type { SyncOutcomeRepository } from './sync-outcome.repository';

/** What the runner records of each attempt (metrics/sync-metrics.ts implements it; jobs do not depend on metrics). */
export interface AttemptRecorder {
  recordAttempt(target: string, kind: string, outcome: 'success' | 'failed' | 'dead', durationMs: number): void;
  recordWritten(lagMs: number): void;
}

export interface RunnerDeps {
  orders: DmhOrdersRepository;
  outcomes: SyncOutcomeRepository;
  targets: TargetRegistry;
  metrics: AttemptRecorder;
  retry: RetryPolicyOptions;
  attemptTimeoutMs: number;
  /**
   * How long, from the start of an attempt, recording its outcome is tried again while DMH's database does
   * not answer (restarting, failing over). Past it the job waits for its lease to expire. Keep it under the lease.
   */
  recordRetryMs?: number;
  /** Where the attempts' spans go; default: this process's tracer (runtime/tracing). */
  tracer?: Tracer;
}

/** A failure no retry can fix (the order is gone or was never paid): dead at once. */
class PermanentFailure extends Error {}

/**
 * One attempt of a claimed job: read the order and its rewards from DMH as they are now, map them with the
 * brand's mapping, upsert them into the brand's target in one transaction (through its circuit breaker),
 * then record the outcome in DMH. A failure is scheduled for a retry with backoff, or dead-lettered.
 */
export class SyncJobRunner {
  private readonly tracer: Tracer;

  constructor(private readonly deps: RunnerDeps) {
    this.tracer = deps.tracer ?? processTracer();
  }

  /**
   * One attempt, as a span (when tracing is on). `parent` omitted: a child of the current span (the delivery's,
   * for a job just taken in); a context: its child (a later attempt continuing the trace the job was taken in);
   * null: a trace of its own.
   */
  run(job: ClaimedJob, parent?: TraceContext | null): Promise<'done' | 'retrying' | 'dead'> {
    const tags = { 'job.id': job.jobId, 'order.id': job.orderId, attempt: job.attempts + 1 };
    return this.tracer.inSpan('sync attempt', { ...(parent !== undefined && { parent }), tags }, async (span) => {
      const outcome = await this.attempt(job);
      span?.tag('outcome', outcome);
      return outcome;
    });
  }

  private async attempt(job: ClaimedJob): Promise<'done' | 'retrying' | 'dead'> {
    const started = Date.now();
    let target: ResolvedTarget | undefined;
    let rows: MappedRow[];
    let orderId: string;
    try {
      const data = await this.deps.orders.load(job.orderId);
      if (!data) throw new PermanentFailure(`order ${job.orderId} does not exist or was never paid`);
      orderId = data.order.id;
      target = await this.deps.targets.forBrand(job.brandId);
      if (!target.enabled) throw new Error(`the sync target ${target.name} is disabled`);
      const mapping = target.mapping;
      rows = [mapOrder(mapping, data.order), ...data.rewards.map((r) => mapReward(mapping, r))];
      await this.write(target, rows);
    } catch (err) {
      return this.failed(job, started, target, err);
    }
    // Written and committed in the target; recording it in DMH may still fail (DMH down): then the job is
    // delivered or claimed again later, and the upsert is repeated harmlessly.
    const durationMs = Date.now() - started;
    await this.record(job, started, () => this.deps.outcomes.succeeded(job, {
      target: target.kind, durationMs, orderId,
      entities: rows.map((row, i) => ({ entityType: i === 0 ? 'order' : 'reward', id: row.key, checksum: checksum(row) })),
    }));
    this.deps.metrics.recordAttempt(target.name, target.kind, 'success', durationMs);
    this.deps.metrics.recordWritten(Date.now() - job.requestedAt.getTime());
    return 'done';
  }

  private async failed(job: ClaimedJob, started: number, target: ResolvedTarget | undefined, err: unknown): Promise<'retrying' | 'dead'> {
    const error = errorText(err);
    const next = nextStep(this.deps.retry, job.roundAttempts + 1, target?.breaker.retryInMs() ?? 0, err instanceof PermanentFailure);
    const durationMs = Date.now() - started;
    await this.record(job, started, () => this.deps.outcomes.failed(job, { target: target?.kind ?? 'unknown', durationMs, error, next }));
    this.deps.metrics.recordAttempt(target?.name ?? 'unknown', target?.kind ?? 'unknown', next.status === 'dead' ? 'dead' : 'failed', durationMs);
    logger.warn({ jobId: job.jobId, attempt: job.attempts + 1, target: target?.name, next, error }, 'sync attempt failed');
    return next.status;
  }

  /**
   * Records an outcome, trying again with backoff (0.25 s doubling to 4 s) while DMH's database is away, so a
   * job caught by a restart finishes seconds after it is back instead of after its lease. A repeat is safe:
   * recording is guarded by the lease token.
   */
  private async record(job: ClaimedJob, started: number, what: () => Promise<boolean>): Promise<void> {
    const deadline = started + (this.deps.recordRetryMs ?? 0);
    for (let delay = 250; ; delay = Math.min(delay * 2, 4_000)) {
      try {
        await what();
        return;
      } catch (err) {
        if (Date.now() + delay > deadline) throw err;
        logger.warn({ jobId: job.jobId, error: errorText(err), retryInMs: delay }, 'recording the sync outcome failed: trying again');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  /** The upsert through the target's breaker: an open circuit fails at once without touching the database. */
  private async write(target: ResolvedTarget, rows: MappedRow[]): Promise<void> {
    const write = () => withTimeout(target.adapter.upsert(rows), this.deps.attemptTimeoutMs, `writing to ${target.name}`);
    await target.breaker.run(() => this.tracer.inSpan(`upsert into ${target.kind}`, { kind: 'CLIENT', tags: { target: target.name, rows: rows.length } }, write));
  }
}
