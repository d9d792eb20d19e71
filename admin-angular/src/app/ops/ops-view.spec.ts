import enOps from '../../../public/i18n/ops/en.json';
import zhOps from '../../../public/i18n/ops/zh-CN.json';
import { age, type OpsReport, toOpsView } from './ops-view';

const up = (latencyMs = 3) => ({ status: 'up' as const, error: null, latencyMs });
const down = (error: string) => ({ status: 'down' as const, error, latencyMs: 2000 });

function report(): OpsReport {
  return {
    checkedAt: '2026-12-04T06:00:00.000Z',
    apps: [
      { name: 'api', appId: 'dmh-api', process: up(), sidecarHealth: up(), metadata: up(), sidecar: {
        appId: 'dmh-api', runtimeVersion: '1.18.2', enabledFeatures: [], actorRuntime: { status: 'RUNNING', hostReady: false, placement: 'placement: connected' }, actors: [],
        components: [{ name: 'pubsub', type: 'pubsub.rabbitmq', version: 'v1', capabilities: [] }],
        subscriptions: [{ pubsubName: 'pubsub', topic: 'order.paid', deadLetterTopic: null, routes: [{ match: '', path: '/events/order-paid' }] }],
      } },
      { name: 'actors', appId: 'dmh-actors', process: up(), sidecarHealth: up(), metadata: up(), sidecar: {
        appId: 'dmh-actors', runtimeVersion: '1.18.2', enabledFeatures: ['HotReload'], actorRuntime: { status: 'RUNNING', hostReady: true, placement: 'placement: connected' },
        actors: [{ type: 'BalanceActor', count: 4 }, { type: 'CampaignActor', count: 1 }, { type: 'DistributorActor', count: 0 }],
        components: [{ name: 'statestore', type: 'state.mysql', version: 'v1', capabilities: ['ACTOR'] }], subscriptions: [],
      } },
      { name: 'sync', appId: 'dmh-sync', process: up(), sidecarHealth: down('connection refused by 127.0.0.1:3502 (nothing listens there)'),
        metadata: down('no answer from 127.0.0.1:3502 within 2000 ms'), sidecar: null },
    ],
    controlPlane: [{ name: 'placement', health: up(1) }, { name: 'scheduler', health: down('answered HTTP 500') }],
    backlogs: { outbox: { pending: 2, failing: 1, oldestAgeSeconds: 3.2, byKind: [{ kind: 'order.settle', pending: 2 }] }, outboxError: null, sync: null, syncError: 'the database did not answer: timeout' },
  };
}

describe('the ops view', () => {
  it('a card per app, in the API order, with its version, actor types and their total, components and subscriptions', () => {
    const view = toOpsView(report());
    expect(view.apps.map((a) => [a.name, a.appId, a.state])).toEqual([['api', 'dmh-api', 'up'], ['actors', 'dmh-actors', 'up'], ['sync', 'dmh-sync', 'down']]);
    const actors = view.apps[1]!;
    expect(actors.runtimeVersion).toBe('1.18.2');
    expect(actors.activeActors).toBe(5);
    expect(actors.actors.map((a) => a.type)).toEqual(['BalanceActor', 'CampaignActor', 'DistributorActor']);
    expect(actors.actorRuntime?.hostReady).toBeTrue();
    expect(view.apps[0]!.subscriptions[0]!.topic).toBe('order.paid');
  });

  it("a sidecar that does not answer is a red card carrying each failed check's words, and nothing of a sidecar", () => {
    const sync = toOpsView(report()).apps[2]!;
    expect(sync.state).toBe('down');
    expect(sync.problems).toEqual([
      { check: 'sidecarHealth', error: 'connection refused by 127.0.0.1:3502 (nothing listens there)' },
      { check: 'metadata', error: 'no answer from 127.0.0.1:3502 within 2000 ms' },
    ]);
    expect([sync.runtimeVersion, sync.actors, sync.components, sync.activeActors]).toEqual([null, [], [], 0]);
  });

  it('a process down alone also turns its card red', () => {
    const r = report();
    r.apps[0] = { ...r.apps[0]!, process: down('answered HTTP 503') };
    const api = toOpsView(r).apps[0]!;
    expect(api.state).toBe('down');
    expect(api.problems).toEqual([{ check: 'process', error: 'answered HTTP 503' }]);
  });

  it('placement and scheduler, the count of cards down, the backlogs and their errors', () => {
    const view = toOpsView(report());
    expect(view.control).toEqual([
      { name: 'placement', state: 'up', latencyMs: 1, error: null },
      { name: 'scheduler', state: 'down', latencyMs: 2000, error: 'answered HTTP 500' },
    ]);
    expect(view.down).toBe(2);
    expect(view.outbox?.pending).toBe(2);
    expect([view.sync, view.syncError]).toEqual([null, 'the database did not answer: timeout']);
  });

  it('says an age in seconds, then in minutes', () => {
    expect(age(3.2)).toEqual({ key: 'seconds', value: 3 });
    expect(age(119)).toEqual({ key: 'seconds', value: 119 });
    expect(age(600)).toEqual({ key: 'minutes', value: 10 });
  });
});

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

describe('the ops copy', () => {
  it('Chinese and English have the same keys, the same parameters, and words for every app, check and state the view uses', () => {
    expect(keys(enOps)).toEqual(keys(zhOps));
    const at = (tree: object, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], tree) as string;
    const params = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
    for (const key of keys(zhOps)) expect(params(at(enOps, key))).withContext(key).toEqual(params(at(zhOps, key)));
    const view = toOpsView(report());
    const needed = [
      ...view.apps.map((a) => `apps.${a.name}`), ...view.apps.flatMap((a) => a.problems.map((p) => `checks.${p.check}`)),
      ...view.control.map((c) => `control.${c.name}`), 'state.up', 'state.down', 'age.seconds', 'age.minutes',
    ];
    for (const key of needed) expect(keys(zhOps)).withContext(key).toContain(key);
  });
});
