import { AbstractActor, DaprClient } from '@dapr/dapr';
import ActorRuntime from '@dapr/dapr/actors/runtime/ActorRuntime';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { actorDeactivation, type Deactivate } from './actor-deactivation';

interface Answer {
  status: number;
  body?: unknown;
}

function run(deactivate: Deactivate, method: string, path: string): Promise<{ passed: boolean; answer: Answer | null }> {
  return new Promise((resolve) => {
    const respond = (status: number) => ({
      json: (body: unknown) => resolve({ passed: false, answer: { status, body } }),
      end: () => resolve({ passed: false, answer: { status } }),
    });
    actorDeactivation(deactivate)({ method, path }, { status: respond }, () => resolve({ passed: true, answer: null }));
  });
}

class ProbeActor extends AbstractActor {
  async ping(): Promise<string> {
    return 'pong';
  }
}

/** The SDK's own runtime (not a stand-in): what it throws for an actor it does not hold is what the route must recognise. */
async function sdkDeactivate(): Promise<{ deactivate: Deactivate; activate: (id: string) => Promise<void> }> {
  const runtime = ActorRuntime.getInstanceByDaprClient(new DaprClient({ daprHost: '127.0.0.1', daprPort: '1' }));
  await runtime.registerActor(ProbeActor);
  return {
    deactivate: (type, id) => runtime.deactivate(type, id),
    activate: async (id) => void (await runtime.invoke('ProbeActor', id, 'ping', Buffer.from(''))),
  };
}

describe("the actor host's answer to daprd's deactivations", () => {
  test('an actor not active in this process (the SDK refuses it): answered 200, as nothing is left to do', async () => {
    const { deactivate } = await sdkDeactivate();
    await assert.rejects(deactivate('ProbeActor', 'never-active'), /ACTOR_NOT_ACTIVATED/);
    assert.deepEqual(await run(deactivate, 'DELETE', '/actors/ProbeActor/never-active'), { passed: false, answer: { status: 200 } });
  });

  test('an active actor: deactivated by the SDK, answered 200; a second deactivation is answered 200 too', async () => {
    const { deactivate, activate } = await sdkDeactivate();
    await activate('7');
    assert.deepEqual(await run(deactivate, 'DELETE', '/actors/ProbeActor/7'), { passed: false, answer: { status: 200 } });
    await assert.rejects(deactivate('ProbeActor', '7'), /ACTOR_NOT_ACTIVATED/, 'the first answer did deactivate it');
    assert.deepEqual(await run(deactivate, 'DELETE', '/actors/ProbeActor/7'), { passed: false, answer: { status: 200 } });
  });

  test('any other failure: answered 500 with the reason', async () => {
    const failing: Deactivate = () => Promise.reject(new Error('onDeactivate failed: database gone'));
    const { answer } = await run(failing, 'DELETE', '/actors/BalanceActor/7');
    assert.equal(answer?.status, 500);
    assert.match(JSON.stringify(answer?.body), /database gone/);
  });

  test('the ids are decoded; every other route goes on to the SDK', async () => {
    const seen: string[] = [];
    const record: Deactivate = async (type, id) => void seen.push(`${type}/${id}`);
    await run(record, 'DELETE', '/actors/BalanceActor/a%2Fb');
    assert.deepEqual(seen, ['BalanceActor/a/b']);
    for (const [method, path] of [['PUT', '/actors/BalanceActor/7/method/credit'], ['GET', '/actors/BalanceActor/7'], ['GET', '/healthz'], ['DELETE', '/actors/BalanceActor/7/method/x']]) {
      assert.deepEqual(await run(record, method!, path!), { passed: true, answer: null }, `${method} ${path}`);
    }
    assert.equal(seen.length, 1);
  });
});
