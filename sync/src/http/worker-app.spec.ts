import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SYNC_BINDING_IN } from '@dmh/shared';
import { isEmptyDelivery, workerApp, type WorkerAppDeps } from './worker-app';

describe('the input binding route: what is acknowledged, what the broker must deliver again', () => {
  const accepted: unknown[] = [];
  const deps = { intake: { accept: async (jobs: unknown[]) => (accepted.push(...jobs), 'accepted') } } as unknown as WorkerAppDeps;
  const server = workerApp(deps).listen(0, '127.0.0.1');
  let url = '';
  before(async () => {
    if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${SYNC_BINDING_IN}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  const post = (body: string | undefined) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, ...(body !== undefined && { body }) });

  it('an empty delivery (no body, or {}) is not acknowledged: 500, so the message comes again whole', async () => {
    for (const body of [undefined, '', '{}']) {
      const answer = await post(body);
      assert.equal(answer.status, 500, `body ${JSON.stringify(body)}`);
      assert.deepEqual(await answer.json(), { outcome: 'redeliver' });
    }
    assert.equal(accepted.length, 0);
  });

  it('a message that is there but not a job (poison) is acknowledged and dropped, not redelivered forever', async () => {
    const answer = await post(JSON.stringify({ jobId: 42, kind: 'nonsense' }));
    assert.equal(answer.status, 200);
    const body = (await answer.json()) as { outcome: string; code: string; field: string; error: string };
    assert.equal(body.outcome, 'dropped');
    assert.equal(body.code, 'MALFORMED_MESSAGE');
    assert.equal(body.field, 'jobId');
    assert.match(body.error, /kind/);
    assert.equal(accepted.length, 0);
  });

  it('a job whose one field is wrong is refused whole, naming that field, and nothing is recorded', async () => {
    const job = { jobId: 'order:7:paid', kind: 'order', orderId: '7', brandId: '1', requestedAt: '2026-11-25T00:00:00.000Z' };
    for (const [field, value] of [['orderId', '07'], ['brandId', 'x'], ['requestedAt', 'yesterday'], ['jobId', '']] as const) {
      const answer = await post(JSON.stringify({ ...job, [field]: value }));
      const body = (await answer.json()) as { outcome: string; code: string; field: string; error: string };
      assert.equal(body.outcome, 'dropped', field);
      assert.equal(body.field, field);
    }
    assert.equal(accepted.length, 0);
    const answer = await post(JSON.stringify(job));
    assert.deepEqual(await answer.json(), { outcome: 'accepted' });
    assert.deepEqual(accepted, [job]);
    accepted.length = 0;
  });

  it('a message of several jobs: the well-formed ones are taken together, a malformed one is dropped and named', async () => {
    accepted.length = 0;
    const job = (n: number) => ({ jobId: `order:${n}:paid`, kind: 'order', orderId: String(n), brandId: '1', requestedAt: '2026-11-25T00:00:00.000Z' });
    const answer = await post(JSON.stringify({ jobs: [job(8), { ...job(9), orderId: 'nine' }, job(10)] }));
    assert.equal(answer.status, 200);
    const body = (await answer.json()) as { outcome: string; dropped: { field: string; error: string }[] };
    assert.equal(body.outcome, 'accepted');
    assert.deepEqual(body.dropped.map((d) => d.field), ['orderId']);
    assert.deepEqual(accepted, [job(8), job(10)]);
  });

  it('an envelope that is not a list of 1 to 100 jobs is dropped whole, naming `jobs`', async () => {
    accepted.length = 0;
    for (const jobs of [[], 'x', Array.from({ length: 101 }, () => ({}))]) {
      const body = (await (await post(JSON.stringify({ jobs }))).json()) as { outcome: string; field: string };
      assert.equal(body.outcome, 'dropped');
      assert.equal(body.field, 'jobs');
    }
    assert.equal(accepted.length, 0);
  });

  it('tells an empty delivery from a message', () => {
    assert.deepEqual([undefined, null, {}].map(isEmptyDelivery), [true, true, true]);
    assert.deepEqual([[], { jobId: 'x' }, 'text', 0].map(isEmptyDelivery), [false, false, false, false]);
  });
});
