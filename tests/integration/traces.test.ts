import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Stack } from '../../scripts/stack/stack';
import { call, createOrder, login, waitFor } from './support/api-client';
import { rows } from './support/db';
import { createUser, nextPhone } from './support/factories';
import { paidNotification, sendCallback } from './support/payer';
import { currentStack, setCurrentStack } from './support/suite';
import { startTestStack, stopTestStack } from './support/test-stack';
import { attemptsOf, brandWithCampaign, SYNC_TEST_ENV } from './sync/sync-helpers';

/**
 * Tracing (issue 14): the stack with tracing on (DMH_TRACING=1: Zipkin, every sidecar sampling everything and
 * exporting to it, every app recording its spans) and one paid order. Its trace, read back from Zipkin's own
 * API, runs from the WeChat Pay callback through the API's sidecar, the actor host's sidecar and the
 * BalanceActor turns, and through the RabbitMQ binding to the sync worker's write into the brand's database:
 * one trace id, every parent present; a retried write (the brand's database was down at the first) too. The
 * other suites run with tracing off. The brand's database runs on the sync suite's port, not the default one, so
 * that this stack owns it and can stop it (a server already running on the default port would be reused).
 */
let stack: Stack | undefined;
// The test process reads the external database where this suite's stack runs it.
process.env.EXTERNAL_DB_PORT = SYNC_TEST_ENV.EXTERNAL_DB_PORT;

before(async () => {
  stack = await startTestStack({ DMH_TRACING: '1', EXTERNAL_DB_PORT: SYNC_TEST_ENV.EXTERNAL_DB_PORT });
  setCurrentStack(stack);
}, { timeout: 900_000 });

after(async () => {
  await stopTestStack(stack);
}, { timeout: 120_000 });

interface ZipkinSpan {
  traceId: string;
  id: string;
  parentId?: string;
  name: string;
  kind?: string;
  localEndpoint?: { serviceName?: string };
  tags?: Record<string, string>;
}

async function zipkin<T>(path: string): Promise<T> {
  const response = await fetch(`${stack!.urls.zipkin}${path}`, { signal: AbortSignal.timeout(10_000) });
  assert.equal(response.status, 200, `GET ${path}`);
  return (await response.json()) as T;
}

const service = (s: ZipkinSpan) => s.localEndpoint?.serviceName ?? '';
/** Zipkin keeps span names in lower case. */
const named = (s: ZipkinSpan, name: string) => s.name === name.toLowerCase();
const describeSpans = (spans: ZipkinSpan[]) =>
  spans.map((s) => `${service(s)} ${s.kind ?? '-'} "${s.name}" ${s.id}<${s.parentId ?? 'root'}${s.tags?.outcome ? ` (${s.tags.outcome})` : ''}`).join('; ');

/** The sync worker's attempts of the job in the trace, the first first (their `attempt` tag). */
const syncAttempts = (spans: ZipkinSpan[]) => spans
  .filter((s) => service(s) === 'dmh-sync' && named(s, 'sync attempt'))
  .sort((a, b) => Number(a.tags?.attempt) - Number(b.tags?.attempt));
/** The write into the brand's database made in this attempt. */
const upsertIn = (spans: ZipkinSpan[], attempt: ZipkinSpan) => spans.find((s) => service(s) === 'dmh-sync' && s.name.startsWith('upsert into') && s.parentId === attempt.id);

/** The span's ancestors, nearest first, up to the root; throws at a parent that is not in the trace. */
function ancestors(span: ZipkinSpan, byId: Map<string, ZipkinSpan>): ZipkinSpan[] {
  const chain: ZipkinSpan[] = [];
  for (let at = span; at.parentId; ) {
    const parent = byId.get(at.parentId);
    assert.ok(parent, `the parent ${at.parentId} of ${service(at)} "${at.name}" is in the trace`);
    chain.push(parent);
    at = parent;
  }
  return chain;
}

/** Waits until the order is paid, credited and written into the brand's database. */
async function untilSynced(orderId: string): Promise<void> {
  await waitFor('the order synced to the brand\'s database', async () => {
    const jobs = await rows<{ status: string }>('SELECT status FROM sync_jobs WHERE entity_id = ?', [orderId]);
    return jobs.length === 1 && jobs[0].status === 'done';
  }, 120_000, 200);
}

/**
 * The one trace holding the order's settlement spans (they name the order), once Zipkin has it up to the sync
 * worker's upsert with every parent in it: spans arrive in batches (the apps every second, daprd every few
 * seconds). A span whose parent never arrives (a broken link) keeps it incomplete until the wait fails, and so
 * does `until` (more the trace must hold) while it answers false.
 */
async function orderTrace(orderId: string, until: (spans: ZipkinSpan[]) => boolean = () => true): Promise<ZipkinSpan[]> {
  const query = `/api/v2/traces?serviceName=dmh-api&spanName=settle%20paid%20order&annotationQuery=${encodeURIComponent(`order.id=${orderId}`)}&limit=10`;
  let seen = 'nothing yet';
  const traceId = await waitFor('the paid order\'s trace in Zipkin, up to the sync write', async () => {
    const traces = await zipkin<ZipkinSpan[][]>(query);
    if (traces.length !== 1) {
      const services = await zipkin<string[]>('/api/v2/services');
      seen = `${traces.length} traces for the query; services ${services.join(', ')}; dmh-api's span names ${(await zipkin<string[]>('/api/v2/spans?serviceName=dmh-api')).join(', ')}`;
      return false;
    }
    const spans = await zipkin<ZipkinSpan[]>(`/api/v2/trace/${traces[0][0].traceId}`);
    seen = describeSpans(spans);
    const ids = new Set(spans.map((s) => s.id));
    const complete = spans.some((s) => service(s) === 'dmh-sync' && s.name.startsWith('upsert into'))
      && spans.filter((s) => service(s) === 'dmh-actors' && named(s, 'BalanceActor.creditRewards')).length >= 3
      && spans.every((s) => !s.parentId || ids.has(s.parentId))
      && until(spans);
    return complete && traces[0][0].traceId;
  }, 60_000, 500).catch((err: Error) => assert.fail(`${err.message}; last seen: ${seen}`));
  const spans = await zipkin<ZipkinSpan[]>(`/api/v2/trace/${traceId}`);
  assert.ok(spans.every((s) => s.traceId === traceId));
  console.log(`# ${spans.length} spans: ${describeSpans(spans)}`);
  return spans;
}

/**
 * One trace, rooted at the API's span for WeChat Pay's notification (WeChat sends no traceparent), every parent
 * present; from `settle` (the settlement that succeeded) down: the three BalanceActor turns (one per rewarded
 * level) through both sidecars, and the sync worker's (first) attempt and upsert through its sidecar's binding
 * delivery, with the attempt's outcome `firstOutcome`.
 */
function assertOneTrace(spans: ZipkinSpan[], orderId: string, settle: ZipkinSpan, firstOutcome = 'done'): ZipkinSpan {
  const byId = new Map(spans.map((s) => [s.id, s]));
  const roots = spans.filter((s) => !s.parentId);
  assert.deepEqual(roots.map((s) => [service(s), s.kind, s.name]), [['dmh-api', 'SERVER', 'post /api/v1/orders/payment/callback']]);
  const [root] = roots;
  assert.equal(root.tags?.['http.status_code'], '200');
  for (const span of spans) ancestors(span, byId);

  const path = (chain: ZipkinSpan[]) => chain.map((s) => `${service(s)} ${s.name}`).join(' < ');
  const turns = spans.filter((s) => service(s) === 'dmh-actors' && named(s, 'BalanceActor.creditRewards') && ancestors(s, byId).includes(settle));
  assert.equal(turns.length, 3, 'one BalanceActor turn per rewarded level, from the settlement');
  for (const turn of turns) {
    assert.equal(turn.kind, 'SERVER');
    const chain = ancestors(turn, byId);
    const via = chain.slice(0, chain.indexOf(settle));
    assert.ok(via.some((s) => service(s) === 'dmh-actors'), `the actor host's sidecar is on the way: ${path(via)}`);
    assert.ok(via.some((s) => service(s) === 'dmh-api'), `the API's sidecar is on the way: ${path(via)}`);
  }

  const [attempt] = syncAttempts(spans);
  assert.ok(attempt, 'the sync attempt span');
  assert.equal(attempt.tags?.attempt, '1');
  assert.equal(attempt.tags?.['order.id'], orderId);
  assert.equal(attempt.tags?.outcome, firstOutcome);
  assert.ok(upsertIn(spans, attempt), 'the write into the brand\'s database, in the attempt');
  const chain = ancestors(attempt, byId);
  assert.ok(chain.includes(settle), `the sync attempt descends from the settlement: ${path(chain)}`);
  const via = chain.slice(0, chain.indexOf(settle));
  assert.ok(via.some((s) => service(s) === 'dmh-sync' && s.kind === 'SERVER' && named(s, 'POST /sync-jobs')), `the delivery to the sync worker: ${path(via)}`);
  assert.ok(via.some((s) => service(s) === 'dmh-sync' && s !== attempt && !s.name.startsWith('post')), `the sync worker's sidecar is on the way: ${path(via)}`);
  assert.ok(via.some((s) => service(s) === 'dmh-api' && s !== settle), `the API's sidecar (the output binding) is on the way: ${path(via)}`);
  return root;
}

describe('traces: one paid order, one trace', () => {
  test('from the callback through the API\'s and the actor host\'s sidecars, the BalanceActor turns and the sync write, parent links intact', async () => {
    const b = await brandWithCampaign();
    const order = await createOrder(b.campaignId, nextPhone(), b.referrerId);
    const answer = await sendCallback(paidNotification(order.orderNo, 9900));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    await untilSynced(order.orderId);

    const spans = await orderTrace(order.orderId);
    const settles = spans.filter((s) => service(s) === 'dmh-api' && named(s, 'settle paid order'));
    assert.equal(settles.length, 1, 'settled once, on the fast path');
    const [settle] = settles;
    assert.equal(settle.tags?.path, 'fast');
    assert.equal(settle.tags?.outcome, 'done');
    const root = assertOneTrace(spans, order.orderId, settle);
    assert.equal(settle.parentId, root.id, 'the fast path settles inside the callback\'s trace');

    // The console's order page links to it: the link's search, asked of Zipkin's API, finds this trace.
    const admin = await createUser('platform_admin', 'Trace@12345');
    const detail = await call<{ traceUrl: string | null }>('GET', `/api/v1/orders/${order.orderId}`, undefined, await login(admin.username, admin.password));
    assert.equal(detail.status, 200, JSON.stringify(detail.body));
    const link = new URL(detail.body.data.traceUrl ?? assert.fail('a paid order has a trace link when tracing is on'));
    assert.equal(`${link.origin}${link.pathname}`, `${stack!.urls.zipkin}/zipkin/`);
    const search = new URLSearchParams(['serviceName', 'spanName', 'annotationQuery', 'limit'].map((k): [string, string] => [k, link.searchParams.get(k) ?? '']));
    const found = await zipkin<ZipkinSpan[][]>(`/api/v2/traces?${search.toString()}`);
    assert.deepEqual(found.map((t) => t[0]!.traceId), [root.traceId]);
  });

  test('a settlement the outbox relay finishes (the actor host was down) continues the callback\'s trace', async () => {
    const stack = currentStack();
    const b = await brandWithCampaign();
    const order = await createOrder(b.campaignId, nextPhone(), b.referrerId);
    await stack.kill('actors', 'SIGKILL');
    try {
      const answer = await sendCallback(paidNotification(order.orderNo, 9900));
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      await waitFor('the fast path to fail and leave the settlement to the relay', async () => {
        const row = await rows<{ attempts: number }>("SELECT attempts FROM outbox WHERE kind = 'order.settle' AND aggregate_id = ?", [order.orderId]);
        return row.length === 1 && Number(row[0].attempts) > 0;
      }, 60_000, 200);
    } finally {
      await stack.startProcess('actors');
    }
    await untilSynced(order.orderId);

    const spans = await orderTrace(order.orderId);
    const settles = spans.filter((s) => service(s) === 'dmh-api' && named(s, 'settle paid order'));
    const fast = settles.find((s) => s.tags?.path === 'fast');
    const relayed = settles.filter((s) => s.tags?.path === 'relay' && s.tags?.outcome === 'done');
    assert.equal(fast?.tags?.outcome, 'retrying', `the fast path failed: ${describeSpans(settles)}`);
    assert.ok(fast?.tags?.error, 'marked as an error');
    assert.equal(relayed.length, 1, `one relayed settlement succeeded: ${describeSpans(settles)}`);
    const root = assertOneTrace(spans, order.orderId, relayed[0]);
    assert.equal(relayed[0].parentId, root.id, 'the relay continues the callback\'s trace, from the context its outbox row kept');
  });

  test('a write into the brand\'s database retried after its backoff (the database was down at the first) is in the order\'s trace', async () => {
    const stack = currentStack();
    const b = await brandWithCampaign();
    const order = await createOrder(b.campaignId, nextPhone(), b.referrerId);
    await stack.kill('external-db', 'SIGTERM');
    try {
      const answer = await sendCallback(paidNotification(order.orderNo, 9900));
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      // The default backoff (15 s, ±20 %) leaves the database time to come back before the retry is due.
      await waitFor('the first write into the brand\'s database to fail', async () => {
        const jobs = await rows<{ status: string }>('SELECT status FROM sync_jobs WHERE entity_id = ?', [order.orderId]);
        return jobs.length === 1 && jobs[0].status === 'retrying';
      }, 60_000, 200);
    } finally {
      await stack.startProcess('external-db');
    }
    await untilSynced(order.orderId);
    assert.deepEqual((await attemptsOf(order.orderId)).map((a) => [a.attempt, a.status]), [[1, 'failed'], [2, 'success']], 'one retry, by the poller');

    const spans = await orderTrace(order.orderId, (all) => syncAttempts(all).some((a) => a.tags?.outcome === 'done' && upsertIn(all, a)));
    const [settle] = spans.filter((s) => service(s) === 'dmh-api' && named(s, 'settle paid order'));
    assertOneTrace(spans, order.orderId, settle, 'retrying');
    const byId = new Map(spans.map((s) => [s.id, s]));
    const [first, retry, ...more] = syncAttempts(spans);
    assert.deepEqual([retry?.tags?.attempt, retry?.tags?.outcome, more.length], ['2', 'done', 0], describeSpans(spans));
    const delivery = byId.get(first.parentId ?? '');
    assert.deepEqual([service(delivery!), delivery?.kind, delivery?.name], ['dmh-sync', 'SERVER', 'post /sync-jobs'], 'the first attempt, in the delivery');
    assert.equal(retry.parentId, delivery!.id, 'the retry continues the trace the job was taken in: the delivery\'s child, beside the first attempt');
    assert.ok(upsertIn(spans, first)?.tags?.error, 'the first write failed, and says so');
    const written = upsertIn(spans, retry);
    assert.ok(written, 'the retried write into the brand\'s database, in the retry');
    assert.equal(written.tags?.error, undefined);
    // What the ledger kept: the delivery's context, the parent the retry was started under.
    const [job] = await rows<{ traceparent: string | null }>('SELECT traceparent FROM sync_jobs WHERE entity_id = ?', [order.orderId]);
    assert.equal(job.traceparent, `00-${delivery!.traceId}-${delivery!.id}-01`);
  });
});
