import { signActorCall } from '@dmh/shared';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { actorCallGuard } from './actor-call-guard';

const secret = 'actor-call-secret-0123456789abcdef0123456789';

function run(method: string, path: string, headers: Record<string, string> = {}) {
  let passed = false;
  let refused: { status: number; body: unknown } | null = null;
  actorCallGuard(secret)(
    { method, path, get: (name) => headers[name.toLowerCase()] },
    { status: (status) => ({ json: (body) => (refused = { status, body }) }) },
    () => (passed = true),
  );
  return { passed, refused: refused as { status: number; body: unknown } | null };
}

describe('the actor host guard', () => {
  test('lets a call signed for this actor, id and method through', () => {
    const auth = signActorCall(secret, { actorType: 'BalanceActor', actorId: '7', method: 'credit' });
    assert.deepEqual(run('PUT', '/actors/BalanceActor/7/method/credit', { 'x-dmh-actor-auth': auth }), { passed: true, refused: null });
  });

  test('refuses with 403 an unsigned call, or one signed for another actor, and runs nothing', () => {
    const other = signActorCall(secret, { actorType: 'BalanceActor', actorId: '8', method: 'credit' });
    for (const headers of [{}, { 'x-dmh-actor-auth': other }, { 'x-dmh-actor-auth': 'v1.1.x' }] as Record<string, string>[]) {
      const { passed, refused } = run('PUT', '/actors/BalanceActor/7/method/credit', headers);
      assert.equal(passed, false);
      assert.equal(refused?.status, 403, JSON.stringify(headers));
    }
  });

  test("leaves daprd's own calls alone: configuration, deactivation, health", () => {
    for (const [method, path] of [['GET', '/dapr/config'], ['DELETE', '/actors/BalanceActor/7'], ['GET', '/healthz'], ['GET', '/metrics']]) {
      assert.deepEqual(run(method!, path!), { passed: true, refused: null }, `${method} ${path}`);
    }
  });
});
