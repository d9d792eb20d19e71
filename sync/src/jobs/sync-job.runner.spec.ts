import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseTraceparent, Tracer } from '@dmh/shared/dist/tracing';
import { aReward, anOrder, CRM_MAPPING } from '../mapping/sample-data';
import type { MappedRow } from '../mapping/field-mapping';
import { SyncMetrics } from '../metrics/sync-metrics';
import { CircuitBreaker } from '../targets/circuit-breaker';
import type { TargetAdapter } from '../targets/target-adapter';
import type { ResolvedTarget, TargetRegistry } from '../targets/target-registry';
import type { DmhOrdersRepository } from './dmh-orders.repository';
import { errorText } from './error-text';
import { SyncJobRunner } from './sync-job.runner';
import type { ClaimedJob } from './sync-jobs.repository';
import type { FailureOutcome, SuccessOutcome, SyncOutcomeRepository } from './sync-outcome.repository';

/** In-memory collaborators: the runner's decisions, without databases (those are the integration suite's). */
function setup(opts: { write?: (rows: MappedRow[]) => Promise<void>; order?: boolean; threshold?: number; recordFailures?: number; recordRetryMs?: number; tracer?: Tracer } = {}) {
  let recordFailures = opts.recordFailures ?? 0;
  let recordCalls = 0;
  const writes: MappedRow[][] = [];
  const recorded: { success?: SuccessOutcome; failure?: FailureOutcome }[] = [];
  const adapter = {
    kind: 'oracle',
    upsert: async (rows: MappedRow[]) => {
      writes.push(rows);
      await opts.write?.(rows);
    },
  } as unknown as TargetAdapter;
  const target: ResolvedTarget = {
    name: 'brand:7', kind: 'oracle', mapping: CRM_MAPPING, adapter, enabled: true,
    breaker: new CircuitBreaker('brand:7', { threshold: opts.threshold ?? 5, cooldownMs: 30_000, describeError: errorText }),
  };
  const runner = new SyncJobRunner({
    orders: { load: async () => (opts.order === false ? null : { order: anOrder(), rewards: [aReward(), aReward({ id: '502', level: 2 })] }) } as unknown as DmhOrdersRepository,
    outcomes: {
      succeeded: async (_job: ClaimedJob, o: SuccessOutcome) => {
        recordCalls += 1;
        if (recordFailures-- > 0) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
        recorded.push({ success: o });
        return true;
      },
      failed: async (_job: ClaimedJob, o: FailureOutcome) => void recorded.push({ failure: o }),
    } as unknown as SyncOutcomeRepository,
    targets: { forBrand: async () => target } as unknown as TargetRegistry,
    metrics: new SyncMetrics(),
    retry: { maxRetries: 3, baseMs: 1_000, maxMs: 60_000, random: () => 0.5 },
    attemptTimeoutMs: 60_000,
    recordRetryMs: opts.recordRetryMs,
    tracer: opts.tracer,
  });
  return { runner, writes, recorded, target, recordCalls: () => recordCalls };
}

const job = (roundAttempts = 0): ClaimedJob => ({
  id: '1', jobId: 'order:42:paid', brandId: '7', orderId: '42', status: 'queued', attempts: roundAttempts, roundAttempts,
  requestedAt: new Date(), lockToken: 't', traceparent: null,
});

/** What a span processor is handed of a finished span (OpenTelemetry SDK 2.x's ReadableSpan), as far as read here. */
interface FinishedSpan {
  name: string;
  spanContext(): { traceId: string; spanId: string };
  parentSpanContext?: { spanId: string };
  status: { code: number };
}

/** Tracing on, its finished spans kept here: [name, trace id, span id, parent span id, error]. */
function spanSink() {
  const spans: { name: string; traceId: string; id: string; parentId: string | undefined; error: boolean }[] = [];
  const processor = {
    onStart: () => undefined,
    onEnd: (s: FinishedSpan) => void spans.push({
      name: s.name, traceId: s.spanContext().traceId, id: s.spanContext().spanId, parentId: s.parentSpanContext?.spanId, error: s.status.code === 2,
    }),
    forceFlush: async () => undefined,
    shutdown: async () => undefined,
  };
  return { tracer: new Tracer('dmh-sync', processor as unknown as ConstructorParameters<typeof Tracer>[1]), spans };
}

/** The traceparent a delivery left with its job (the sync worker's span of POST /sync-jobs, in the order's trace). */
const TAKEN_IN = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('sync job runner', () => {
  test('success: the order and its rewards in one upsert, then recorded with a checksum per row', async () => {
    const { runner, writes, recorded } = setup();
    assert.equal(await runner.run(job()), 'done');
    assert.deepEqual(writes[0].map((r) => [r.table, r.key]), [['CRM.DMH_ORDERS', '42'], ['CRM.DMH_REWARDS', '501'], ['CRM.DMH_REWARDS', '502']]);
    assert.deepEqual(recorded[0].success?.entities.map((e) => [e.entityType, e.id]), [['order', '42'], ['reward', '501'], ['reward', '502']]);
    assert.equal(recorded[0].success?.target, 'oracle');
  });

  test('a failure is scheduled for a retry with backoff; the fourth failure is dead', async () => {
    const { runner, recorded } = setup({ write: async () => { throw Object.assign(new Error('connection to host 127.0.0.1 port 1 could not be established.'), { code: 'NJS-503' }); } });
    assert.equal(await runner.run(job(0)), 'retrying');
    assert.deepEqual(recorded[0].failure?.next, { status: 'retrying', delayMs: 1_000 });
    assert.match(recorded[0].failure!.error, /^NJS-503: connection to host/);
    assert.equal(await runner.run(job(2)), 'retrying');
    assert.deepEqual(recorded[1].failure?.next, { status: 'retrying', delayMs: 4_000 });
    assert.equal(await runner.run(job(3)), 'dead');
    assert.deepEqual(recorded[2].failure?.next, { status: 'dead' });
  });

  test('an open circuit fails at once without touching the database, and the retry waits for the cool-down', async () => {
    const { runner, writes, recorded } = setup({ threshold: 2, write: async () => { throw new Error('ESOCKET'); } });
    await runner.run(job(0));
    await runner.run(job(0));
    assert.equal(writes.length, 2);
    assert.equal(await runner.run(job(0)), 'retrying');
    assert.equal(writes.length, 2, 'not attempted');
    assert.match(recorded[2].failure!.error, /circuit open for target brand:7/);
    assert.ok((recorded[2].failure!.next as { delayMs: number }).delayMs > 29_000);
  });

  test('a mapping problem is not blamed on the database (the breaker stays closed)', async () => {
    const { runner, target, writes } = setup();
    target.mapping = { ...CRM_MAPPING, orders: { ...CRM_MAPPING.orders, columns: [{ column: 'STATE', from: 'status', transform: { type: 'enumMap', map: {} } }] } };
    for (let i = 0; i < 6; i++) assert.equal(await runner.run(job(0)), 'retrying');
    assert.equal(writes.length, 0);
    assert.equal(target.breaker.snapshot().state, 'closed');
  });

  test('an order that is gone or unpaid is dead at once', async () => {
    const { runner, recorded } = setup({ order: false });
    assert.equal(await runner.run(job(0)), 'dead');
    assert.match(recorded[0].failure!.error, /does not exist or was never paid/);
  });

  test("DMH's database away while the outcome is recorded: tried again until it answers, the target written once", async () => {
    const { runner, writes, recorded, recordCalls } = setup({ recordFailures: 2, recordRetryMs: 10_000 });
    assert.equal(await runner.run(job()), 'done');
    assert.equal(writes.length, 1);
    assert.equal(recordCalls(), 3);
    assert.equal(recorded.length, 1);
  });

  test('recording that keeps failing past its window throws, leaving the job to its lease', async () => {
    const { runner, recorded, recordCalls } = setup({ recordFailures: 100, recordRetryMs: 600 });
    await assert.rejects(runner.run(job()), /ECONNREFUSED/);
    assert.ok(recordCalls() >= 2 && recordCalls() <= 3, `calls ${recordCalls()}`);
    assert.equal(recorded.length, 0);
  });

  describe('spans', () => {
    test('a later attempt continues the trace its job was taken in: the stored span\'s child, the upsert the attempt\'s', async () => {
      const { tracer, spans } = spanSink();
      const { runner } = setup({ tracer });
      // Run from a poll that is itself traced: the stored context wins over whatever is current.
      await tracer.inSpan('poll', {}, () => runner.run({ ...job(1), traceparent: TAKEN_IN }, parseTraceparent(TAKEN_IN)));
      const attempt = spans.find((s) => s.name === 'sync attempt')!;
      const upsert = spans.find((s) => s.name === 'upsert into oracle')!;
      assert.deepEqual([attempt.traceId, attempt.parentId], ['4bf92f3577b34da6a3ce929d0e0e4736', '00f067aa0ba902b7']);
      assert.deepEqual([upsert.traceId, upsert.parentId], [attempt.traceId, attempt.id]);
    });

    test('a failed attempt in the stored trace too, marked as an error', async () => {
      const { tracer, spans } = spanSink();
      const { runner } = setup({ tracer, write: async () => { throw new Error('ECONNREFUSED'); } });
      assert.equal(await runner.run(job(1), parseTraceparent(TAKEN_IN)), 'retrying');
      const upsert = spans.find((s) => s.name === 'upsert into oracle')!;
      assert.equal(upsert.traceId, '4bf92f3577b34da6a3ce929d0e0e4736');
      assert.equal(upsert.error, true);
    });

    test('no stored context (null): a trace of its own, as before, even inside another span', async () => {
      const { tracer, spans } = spanSink();
      const { runner } = setup({ tracer });
      await tracer.inSpan('poll', {}, () => runner.run(job(1), null));
      const attempt = spans.find((s) => s.name === 'sync attempt')!;
      const poll = spans.find((s) => s.name === 'poll')!;
      assert.equal(attempt.parentId, undefined);
      assert.notEqual(attempt.traceId, poll.traceId);
    });

    test('no parent given (a job just taken in): the current span\'s child, the delivery\'s', async () => {
      const { tracer, spans } = spanSink();
      const { runner } = setup({ tracer });
      await tracer.inSpan('POST /sync-jobs', { kind: 'SERVER' }, () => runner.run(job()));
      const attempt = spans.find((s) => s.name === 'sync attempt')!;
      const delivery = spans.find((s) => s.name === 'POST /sync-jobs')!;
      assert.deepEqual([attempt.traceId, attempt.parentId], [delivery.traceId, delivery.id]);
    });
  });
});
