import { ACTOR_AUTH_HEADER, signActorCall } from '@dmh/shared';
import { Tracer } from '@dmh/shared/dist/tracing';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { ActorFailure } from './actor-error';
import { leanActorMethods } from './actor-method-route';

const secret = 'actor-call-secret-0123456789abcdef0123456789';

describe('actor method calls on node:http, in front of the SDK app', () => {
  const calls: { type: string; id: string; method: string; body: string }[] = [];
  let outcome: () => Promise<unknown> = async () => ({ ok: true });
  let fallback: string[] = [];
  let server: http.Server;
  let base = '';

  before(async () => {
    const route = leanActorMethods({
      secret,
      // Tracing off here: the span of each turn is traceRequests' (its spec), seen end to end in the traces suite.
      tracer: new Tracer('dmh-actors-test', null),
      maxBodyBytes: 1024,
      invoke: async (type, id, method, body) => {
        calls.push({ type, id, method, body: body.toString('utf8') });
        return outcome();
      },
    });
    server = http.createServer((req, res) => {
      if (route(req, res)) return;
      fallback.push(`${req.method} ${req.url}`);
      req.resume();
      res.end('sdk');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    calls.length = 0;
    fallback = [];
    outcome = async () => ({ ok: true });
  });

  const signed = (type: string, id: string, method: string) => ({ [ACTOR_AUTH_HEADER]: signActorCall(secret, { actorType: type, actorId: id, method }) });
  const put = (path: string, headers: Record<string, string>, body?: string) =>
    fetch(`${base}${path}`, { method: 'PUT', headers: { 'content-type': 'application/json', ...headers }, body });

  test('runs a signed call with its JSON body and answers the turn’s object as JSON', async () => {
    outcome = async () => ({ results: [{ rewardId: '9', credited: true, balance: '13.50' }] });
    const res = await put('/actors/BalanceActor/7/method/creditRewards', signed('BalanceActor', '7', 'creditRewards'), '{"credits":[{"rewardId":"9"}]}');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(await res.json(), { results: [{ rewardId: '9', credited: true, balance: '13.50' }] });
    assert.deepEqual(calls, [{ type: 'BalanceActor', id: '7', method: 'creditRewards', body: '{"credits":[{"rewardId":"9"}]}' }]);
    assert.deepEqual(fallback, []);
  });

  test('hands an empty body over as {} (what the SDK route made of it) and answers a non-object as text', async () => {
    outcome = async () => 42;
    const res = await put('/actors/BalanceActor/7/method/getBalance', signed('BalanceActor', '7', 'getBalance'));
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '42');
    assert.equal(calls[0]?.body, '{}');
  });

  test('refuses with 403 an unsigned call or one signed for another actor, and runs nothing', async () => {
    for (const headers of [{}, signed('BalanceActor', '8', 'creditRewards'), signed('BalanceActor', '7', 'withdraw')]) {
      const res = await put('/actors/BalanceActor/7/method/creditRewards', headers, '{}');
      assert.equal(res.status, 403, JSON.stringify(headers));
      assert.equal(((await res.json()) as { error: string }).error, 'actor_call_refused');
    }
    assert.deepEqual(calls, []);
  });

  test('answers a failed turn 500 with the failure’s code, so daprd’s resiliency policy retries it', async () => {
    outcome = async () => {
      throw new ActorFailure('creditRewards_failed', 'BalanceActor/7', new Error('connection lost'));
    };
    const res = await put('/actors/BalanceActor/7/method/creditRewards', signed('BalanceActor', '7', 'creditRewards'), '{}');
    assert.equal(res.status, 500);
    const body = (await res.json()) as { code: string; detail: string };
    assert.equal(body.code, 'creditRewards_failed');
    assert.equal(body.detail, 'connection lost');
  });

  test('refuses a body over the limit with 413 and runs nothing', async () => {
    const res = await put('/actors/BalanceActor/7/method/creditRewards', signed('BalanceActor', '7', 'creditRewards'), JSON.stringify({ pad: 'x'.repeat(2000) }));
    assert.equal(res.status, 413);
    assert.deepEqual(calls, []);
  });

  test('leaves timers, reminders, deactivations and the SDK’s own routes to the SDK app', async () => {
    await put('/actors/CampaignActor/3/method/timer/expire', {}, '{}');
    await put('/actors/CampaignActor/3/method/remind/expire', {}, '{}');
    await fetch(`${base}/actors/BalanceActor/7`, { method: 'DELETE' });
    await fetch(`${base}/dapr/config`);
    await fetch(`${base}/actors/BalanceActor/7/method/creditRewards`);
    assert.deepEqual(fallback, [
      'PUT /actors/CampaignActor/3/method/timer/expire', 'PUT /actors/CampaignActor/3/method/remind/expire', 'DELETE /actors/BalanceActor/7',
      'GET /dapr/config', 'GET /actors/BalanceActor/7/method/creditRewards',
    ]);
    assert.deepEqual(calls, []);
  });
});
