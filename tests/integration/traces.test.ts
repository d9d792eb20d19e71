import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Stack } from '../../scripts/stack/stack';
import { createOrder, waitFor } from './support/api-client';
import { rows } from './support/db';
import { nextPhone } from './support/factories';
import { paidNotification, sendCallback } from './support/payer';
import { setCurrentStack } from './support/suite';
import { startTestStack, stopTestStack } from './support/test-stack';
import { brandWithCampaign } from './sync/sync-helpers';

/**
 * Tracing (issue 14): the stack with tracing on (DMH_TRACING=1: Zipkin, every sidecar sampling everything and
 * exporting to it, every app recording its spans) and one paid order. Its trace, read back from Zipkin's own
 * API, runs from the WeChat Pay callback through the API's sidecar, the actor host's sidecar and the
 * BalanceActor turns, and through the RabbitMQ binding to the sync worker's write into the brand's database:
 * one trace id, every parent present. The other suites run with tracing off.
 */
let stack: Stack | undefined;

before(async () => {
  stack = await startTestStack({ DMH_TRACING: '1' });
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

describe('traces: one paid order, one trace', () => {
  test('from the callback through the API\'s and the actor host\'s sidecars, the BalanceActor turns and the sync write, parent links intact', async () => {
    const b = await brandWithCampaign();
    const order = await createOrder(b.campaignId, nextPhone(), b.referrerId);
    const answer = await sendCallback(paidNotification(order.orderNo, 9900));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    await waitFor('the order synced to the brand\'s database', async () => {
      const jobs = await rows<{ status: string }>('SELECT status FROM sync_jobs WHERE entity_id = ?', [order.orderId]);
      return jobs.length === 1 && jobs[0].status === 'done';
    }, 60_000, 200);

    // The settlement span names its order; its trace is the callback's. Spans reach Zipkin in batches (the apps
    // every second, daprd every few seconds): wait until the sync worker's upsert is in too.
    const query = `/api/v2/traces?serviceName=dmh-api&spanName=settle%20paid%20order&annotationQuery=${encodeURIComponent(`order.id=${order.orderId}`)}&limit=10`;
    const traceId = await waitFor('the paid order\'s trace in Zipkin, up to the sync write', async () => {
      const traces = await zipkin<ZipkinSpan[][]>(query);
      if (traces.length !== 1) return false;
      const spans = await zipkin<ZipkinSpan[]>(`/api/v2/trace/${traces[0][0].traceId}`);
      const complete = spans.some((s) => service(s) === 'dmh-sync' && s.name.startsWith('upsert into'))
        && spans.filter((s) => service(s) === 'dmh-actors' && s.name === 'BalanceActor.creditRewards').length === 3;
      return complete && traces[0][0].traceId;
    }, 60_000, 500);

    const spans = await zipkin<ZipkinSpan[]>(`/api/v2/trace/${traceId}`);
    assert.ok(spans.every((s) => s.traceId === traceId));
    const byId = new Map(spans.map((s) => [s.id, s]));

    // The root: the API's span for WeChat Pay's notification (WeChat sends no traceparent).
    const roots = spans.filter((s) => !s.parentId);
    assert.deepEqual(roots.map((s) => [service(s), s.kind, s.name]), [['dmh-api', 'SERVER', 'POST /api/v1/orders/payment/callback']]);
    const [root] = roots;
    assert.equal(root.tags?.['http.status_code'], '200');
    // Every other span's parent is in the trace.
    for (const span of spans) ancestors(span, byId);

    const settle = spans.find((s) => service(s) === 'dmh-api' && s.name === 'settle paid order');
    assert.ok(settle, 'the settlement span');
    assert.equal(settle.parentId, root.id, 'the fast path settles inside the callback\'s trace');
    assert.equal(settle.tags?.path, 'fast');

    // One BalanceActor turn per reward level (three beneficiaries), each reached through both sidecars.
    const turns = spans.filter((s) => service(s) === 'dmh-actors' && s.name === 'BalanceActor.creditRewards');
    assert.equal(turns.length, 3);
    for (const turn of turns) {
      assert.equal(turn.kind, 'SERVER');
      const chain = ancestors(turn, byId);
      const via = chain.slice(0, chain.indexOf(settle));
      assert.ok(chain.includes(settle), 'the turn descends from the settlement');
      assert.ok(via.some((s) => service(s) === 'dmh-actors'), `the actor host's sidecar is on the way: ${via.map((s) => `${service(s)} ${s.name}`).join(' < ')}`);
      assert.ok(via.some((s) => service(s) === 'dmh-api'), `the API's sidecar is on the way: ${via.map((s) => `${service(s)} ${s.name}`).join(' < ')}`);
    }

    // The sync job went through the binding (RabbitMQ) to the sync worker, whose attempt wrote the order.
    const attempt = spans.find((s) => service(s) === 'dmh-sync' && s.name === 'sync attempt');
    assert.ok(attempt, 'the sync attempt span');
    assert.equal(attempt.tags?.['order.id'], order.orderId);
    assert.equal(attempt.tags?.outcome, 'done');
    const upsert = spans.find((s) => service(s) === 'dmh-sync' && s.name.startsWith('upsert into'));
    assert.equal(upsert?.parentId, attempt.id);
    const chain = ancestors(attempt, byId);
    assert.ok(chain.includes(settle), 'the sync attempt descends from the settlement');
    const via = chain.slice(0, chain.indexOf(settle));
    assert.ok(via.some((s) => service(s) === 'dmh-sync' && s.kind === 'SERVER' && s.name === 'POST /sync-jobs'), 'the delivery to the sync worker');
    assert.ok(via.some((s) => service(s) === 'dmh-sync' && s !== attempt && !s.name.startsWith('POST')), `the sync worker's sidecar is on the way: ${via.map((s) => `${service(s)} ${s.name}`).join(' < ')}`);
  });
});
