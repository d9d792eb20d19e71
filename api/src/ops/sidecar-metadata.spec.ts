import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NotSidecarMetadata, shapeSidecarMetadata } from './sidecar-metadata';

const SECRET = 'root:s3cret-Pa55@tcp(10.0.0.5:3306)/';

/** A Dapr 1.18 metadata answer as the actors' sidecar gives it, with secrets where Dapr can put them. */
function actorsMetadata() {
  return {
    id: 'dmh-actors',
    runtimeVersion: '1.18.2',
    enabledFeatures: ['HotReload', 'ActorStateTTL'],
    actors: [{ type: 'CampaignActor', count: 2 }, { type: 'BalanceActor', count: 5 }],
    components: [
      { name: 'statestore', type: 'state.mysql', version: 'v1', capabilities: ['TRANSACTIONAL', 'ETAG', 'ACTOR'], metadata: { connectionString: SECRET } },
      { name: 'envsecrets', type: 'secretstores.local.env', version: 'v1', metadata: [{ name: 'prefix', value: SECRET }] },
    ],
    extended: { appCommand: `node main.js --db ${SECRET}`, daprRuntimeVersion: '1.18.2' },
    subscriptions: [
      { pubsubname: 'pubsub', topic: 'reward.settled', metadata: { password: SECRET }, rules: [{ path: '/events/reward-settled' }], deadLetterTopic: '' },
      { pubsubname: 'pubsub', topic: 'order.paid', rules: [{ match: 'event.type == "x"', path: '/events/x' }], deadLetterTopic: 'dead' },
    ],
    httpEndpoints: [{ name: 'ext', metadata: { token: SECRET } }],
    appConnectionProperties: { port: 3001, protocol: 'http', channelAddress: '127.0.0.1', health: { healthCheckPath: '/healthz' } },
    actorRuntime: { runtimeStatus: 'RUNNING', activeActors: [{ type: 'CampaignActor', count: 2 }, { type: 'BalanceActor', count: 5 }], hostReady: true, placement: 'placement: connected' },
  };
}

describe('sidecar metadata, shaped for the ops page', () => {
  test('names, types, versions and counts, sorted; actor runtime and subscriptions', () => {
    const info = shapeSidecarMetadata(actorsMetadata());
    assert.equal(info.appId, 'dmh-actors');
    assert.equal(info.runtimeVersion, '1.18.2');
    assert.deepEqual(info.enabledFeatures, ['ActorStateTTL', 'HotReload']);
    assert.deepEqual(info.actors, [{ type: 'BalanceActor', count: 5 }, { type: 'CampaignActor', count: 2 }]);
    assert.deepEqual(info.actorRuntime, { status: 'RUNNING', hostReady: true, placement: 'placement: connected' });
    assert.deepEqual(info.components, [
      { name: 'envsecrets', type: 'secretstores.local.env', version: 'v1', capabilities: [] },
      { name: 'statestore', type: 'state.mysql', version: 'v1', capabilities: ['ACTOR', 'ETAG', 'TRANSACTIONAL'] },
    ]);
    assert.deepEqual(info.subscriptions, [
      { pubsubName: 'pubsub', topic: 'order.paid', deadLetterTopic: 'dead', routes: [{ match: 'event.type == "x"', path: '/events/x' }] },
      { pubsubName: 'pubsub', topic: 'reward.settled', deadLetterTopic: null, routes: [{ match: '', path: '/events/reward-settled' }] },
    ]);
  });

  test('no metadata value, extended attribute or endpoint of the answer survives: the secret appears nowhere', () => {
    const shaped = JSON.stringify(shapeSidecarMetadata(actorsMetadata()));
    assert.ok(!shaped.includes('s3cret'), shaped);
    assert.ok(!shaped.includes('10.0.0.5'), shaped);
    assert.ok(!/metadata|extended|appCommand|httpEndpoints|connectionString/.test(shaped), shaped);
  });

  test('a secret placed in any string field Dapr does not name is dropped too (only whitelisted keys are copied)', () => {
    const raw = { ...actorsMetadata(), components: [{ name: 'c', type: 't', version: 'v1', capabilities: [], password: SECRET, spec: { value: SECRET } }] };
    assert.ok(!JSON.stringify(shapeSidecarMetadata(raw)).includes('s3cret'));
  });

  test('the fields Dapr omits when empty read as empty; no actor runtime is null', () => {
    const info = shapeSidecarMetadata({ id: 'dmh-sync', runtimeVersion: '1.18.2' });
    assert.deepEqual(info, { appId: 'dmh-sync', runtimeVersion: '1.18.2', enabledFeatures: [], actorRuntime: null, actors: [], components: [], subscriptions: [] });
  });

  test('the deprecated `actors` list is used when actorRuntime has no activeActors; odd counts are whole and never negative', () => {
    const info = shapeSidecarMetadata({ id: 'a', actors: [{ type: 'X', count: '3' }, { type: 'Y', count: -2 }, { type: '', count: 1 }], actorRuntime: { runtimeStatus: 'RUNNING' } });
    assert.deepEqual(info.actors, [{ type: 'X', count: 3 }, { type: 'Y', count: 0 }]);
    assert.deepEqual(info.actorRuntime, { status: 'RUNNING', hostReady: false, placement: '' });
  });

  test('wrongly typed fields read as empty instead of failing the report', () => {
    const info = shapeSidecarMetadata({ id: 7, components: 'nope', subscriptions: [{ pubsubname: 'p', topic: 't', rules: 'x' }] });
    assert.equal(info.appId, '');
    assert.deepEqual(info.components, []);
    assert.deepEqual(info.subscriptions, [{ pubsubName: 'p', topic: 't', deadLetterTopic: null, routes: [] }]);
  });

  test('an answer that is not a JSON object is refused with words', () => {
    for (const raw of [undefined, null, 'html', [1, 2]]) assert.throws(() => shapeSidecarMetadata(raw), NotSidecarMetadata);
  });
});
