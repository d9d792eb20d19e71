import { parseTraceparent, type TraceContext, type Tracer } from '@dmh/shared/dist/tracing';
import { type MappedRow, checksum, mapOrder, mapReward } from '../mapping/field-mapping';
import { logger } from '../runtime/logger';
import { tracer as processTracer } from '../runtime/tracing';
import type { ResolvedTarget, TargetRegistry } from '../targets/target-registry';
import type { DmhOrdersRepository, OrderWithRewards } from './dmh-orders.repository';
import { errorText, withTimeout } from './error-text';
import { nextStep, type RetryPolicyOptions } from './retry-policy';
import type { ClaimedJob } from './sync-jobs.repository';
import type { SuccessOutcome, SyncOutcomeRepository } from './sync-outcome.repository';

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

const orderGone = (job: ClaimedJob) => new PermanentFailure(`order ${job.orderId} does not exist or was never paid`);

/** An order and its rewards as the brand's rows: the order first, then each reward. */
function mappedRows(mapping: ResolvedTarget['mapping'], data: OrderWithRewards): MappedRow[] {
  return [mapOrder(mapping, data.order), ...data.rewards.map((r) => mapReward(mapping, r))];
}

/** What DMH records of a written order (mappedRows: the first row is the order's). */
function successOf(target: ResolvedTarget, durationMs: number, orderId: string, rows: MappedRow[]): SuccessOutcome {
  return {
    target: target.kind, durationMs, orderId,
    entities: rows.map((row, i) => ({ entityType: i === 0 ? 'order' : 'reward', id: row.key, checksum: checksum(row) })),
  };
}

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

  /**
   * The first attempt of the jobs of one message (all held under one lease token), each continuing its own
   * trace. The jobs of one brand go together: their orders read in one round trip, written to the brand in one
   * transaction, their successes recorded in one. Anything that fails that shared attempt (the brand's database
   * away, a row it refuses) is recorded as a failed attempt of each job, whose retries (RetryPoller) then run
   * one job at a time, so one bad order cannot hold the others back. A job whose order is gone fails alone.
   */
  async runBatch(jobs: readonly ClaimedJob[]): Promise<void> {
    const byBrand = new Map<string, ClaimedJob[]>();
    for (const job of jobs) byBrand.set(job.brandId, [...(byBrand.get(job.brandId) ?? []), job]);
    await Promise.all([...byBrand.values()].map(async (group) => {
      if (group.length === 1) await this.run(group[0], parseTraceparent(group[0].traceparent ?? undefined));
      else await this.attemptTogether(group);
    }));
  }

  private async attemptTogether(jobs: ClaimedJob[]): Promise<void> {
    const spans = jobs.map((job) => this.tracer.startSpan('sync attempt', {
      parent: parseTraceparent(job.traceparent ?? undefined), tags: { 'job.id': job.jobId, 'order.id': job.orderId, attempt: job.attempts + 1, 'batch.jobs': jobs.length },
    }));
    const end = (i: number, outcome: string) => spans[i]?.tag('outcome', outcome).end(outcome === 'done' ? undefined : `sync attempt ${outcome}`);
    const started = Date.now();
    let target: ResolvedTarget | undefined;
    let loaded: Map<string, OrderWithRewards> | undefined;
    const written: { job: ClaimedJob; rows: MappedRow[]; orderId: string; span: number }[] = [];
    try {
      loaded = await this.deps.orders.loadMany(jobs.map((job) => job.orderId));
      const found = loaded;
      await Promise.all(jobs.map(async (job, span) => {
        if (!found.has(job.orderId)) end(span, await this.failed(job, started, undefined, orderGone(job)));
      }));
      if (found.size === 0) return;
      target = await this.enabledTarget(jobs[0].brandId);
      const mapping = target.mapping;
      jobs.forEach((job, span) => {
        const data = found.get(job.orderId);
        if (data) written.push({ job, span, orderId: data.order.id, rows: mappedRows(mapping, data) });
      });
      await this.write(target, written.flatMap((w) => w.rows));
    } catch (err) {
      // Each job not already failed alone (its order gone) fails with the shared attempt.
      await Promise.all(jobs.map(async (job, span) => {
        if (!loaded || loaded.has(job.orderId)) end(span, await this.failed(job, started, target, err));
      }));
      return;
    }
    const durationMs = Date.now() - started;
    const done = written.map(({ job, rows, orderId }) => ({ job, outcome: successOf(target, durationMs, orderId, rows) }));
    await this.record(jobs[0], started, async () => {
      // All or none: a lease lost meanwhile (this attempt outlived it) leaves each to be recorded on its own, guarded by its token.
      if (!(await this.deps.outcomes.succeededMany(done))) for (const d of done) await this.deps.outcomes.succeeded(d.job, d.outcome);
      return true;
    });
    for (const { job, span } of written) {
      this.recordSuccess(target, durationMs, job);
      end(span, 'done');
    }
  }

  private async attempt(job: ClaimedJob): Promise<'done' | 'retrying' | 'dead'> {
    const started = Date.now();
    let target: ResolvedTarget | undefined;
    let rows: MappedRow[];
    let orderId: string;
    try {
      const data = await this.deps.orders.load(job.orderId);
      if (!data) throw orderGone(job);
      orderId = data.order.id;
      target = await this.enabledTarget(job.brandId);
      rows = mappedRows(target.mapping, data);
      await this.write(target, rows);
    } catch (err) {
      return this.failed(job, started, target, err);
    }
    // Written and committed in the target; recording it in DMH may still fail (DMH down): then the job is
    // delivered or claimed again later, and the upsert is repeated harmlessly.
    const durationMs = Date.now() - started;
    await this.record(job, started, () => this.deps.outcomes.succeeded(job, successOf(target, durationMs, orderId, rows)));
    this.recordSuccess(target, durationMs, job);
    return 'done';
  }

  /** The brand's target; a disabled one fails the attempt (retried with backoff, as an unreachable one). */
  private async enabledTarget(brandId: string): Promise<ResolvedTarget> {
    const target = await this.deps.targets.forBrand(brandId);
    if (!target.enabled) throw new Error(`the sync target ${target.name} is disabled`);
    return target;
  }

  private recordSuccess(target: ResolvedTarget, durationMs: number, job: ClaimedJob): void {
    this.deps.metrics.recordAttempt(target.name, target.kind, 'success', durationMs);
    this.deps.metrics.recordWritten(Date.now() - job.requestedAt.getTime());
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
