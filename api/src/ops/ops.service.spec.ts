import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { opsOverviewSchema } from './ops.schemas';
import { OpsService, type OpsTargets } from './ops.service';

const SECRET = 'amqp://dmh:Sup3rSecret@rabbit:5672';
let sidecar: http.Server;
let silent: http.Server;
let up = '';
let hanging = '';
let closed = '';

async function listen(handler: http.RequestListener): Promise<[http.Server, string]> {
  const s = http.createServer(handler);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return [s, `http://127.0.0.1:${(s.address() as AddressInfo).port}`];
}

before(async () => {
  [sidecar, up] = await listen((req, res) => {
    if (req.url === '/v1.0/metadata') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({
        id: 'dmh-actors', runtimeVersion: '1.18.2',
        components: [{ name: 'pubsub', type: 'pubsub.rabbitmq', version: 'v1', metadata: { connectionString: SECRET } }],
        extended: { appCommand: SECRET },
        actorRuntime: { runtimeStatus: 'RUNNING', activeActors: [{ type: 'BalanceActor', count: 3 }], hostReady: true, placement: 'placement: connected' },
      }));
    }
    res.writeHead(req.url === '/not-json' ? 200 : 204).end(req.url === '/not-json' ? '<html>' : undefined);
  });
  [silent, hanging] = await listen(() => undefined);
  const [spare, spareUrl] = await listen(() => undefined);
  closed = spareUrl;
  await new Promise<void>((r) => spare.close(() => r()));
});

after(() => {
  for (const s of [sidecar, silent]) {
    s.closeAllConnections();
    s.close();
  }
});

const targets = (): OpsTargets => ({
  apps: [
    { name: 'api', appId: 'dmh-api', healthUrl: `${up}/readyz`, sidecarUrl: hanging },
    { name: 'actors', appId: 'dmh-actors', healthUrl: `${up}/healthz`, sidecarUrl: `${up}/` },
    { name: 'sync', appId: 'dmh-sync', healthUrl: `${closed}/readyz`, sidecarUrl: closed },
  ],
  placementHealthUrl: `${up}/healthz`,
  schedulerHealthUrl: `${closed}/healthz`,
  timeoutMs: 400,
});

describe('the ops overview', () => {
  test('every app is reported, a silent or absent sidecar as down in words, within about one timeout', async () => {
    const service = new OpsService(targets, {
      outbox: async () => ({ pending: 2, failing: 1, oldestAgeSeconds: 4.5, byKind: [{ kind: 'order.settle', pending: 2 }] }),
      sync: async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:3306'); },
    });
    const started = Date.now();
    const report = await service.overview();
    assert.ok(Date.now() - started < 1500, `answered in ${Date.now() - started} ms`);
    opsOverviewSchema.parse(report);

    const [api, actors, sync] = report.apps;
    assert.deepEqual([api.name, api.appId, api.process.status, api.sidecarHealth.status, api.metadata.status, api.sidecar], ['api', 'dmh-api', 'up', 'down', 'down', null]);
    assert.match(api.metadata.error!, /^no answer from 127\.0\.0\.1:\d+ within 400 ms$/);

    assert.deepEqual([actors.sidecarHealth.status, actors.metadata.status], ['up', 'up']);
    assert.deepEqual(actors.sidecar?.actors, [{ type: 'BalanceActor', count: 3 }]);
    assert.deepEqual(actors.sidecar?.components, [{ name: 'pubsub', type: 'pubsub.rabbitmq', version: 'v1', capabilities: [] }]);

    assert.equal(sync.process.status, 'down');
    assert.match(sync.metadata.error!, /connection refused/);
    assert.deepEqual(report.controlPlane.map((c) => [c.name, c.health.status]), [['placement', 'up'], ['scheduler', 'down']]);
    assert.deepEqual(report.backlogs.outbox, { pending: 2, failing: 1, oldestAgeSeconds: 4.5, byKind: [{ kind: 'order.settle', pending: 2 }] });
    assert.equal(report.backlogs.outboxError, null);
    assert.equal(report.backlogs.sync, null);
    assert.equal(report.backlogs.syncError, 'the database did not answer: connect ECONNREFUSED 127.0.0.1:3306');
  });

  test("no component metadata or extended attribute of a sidecar's answer reaches the report", async () => {
    const service = new OpsService(targets, { outbox: async () => ({ pending: 0, failing: 0, oldestAgeSeconds: 0, byKind: [] }), sync: async () => ({ queued: 0, retrying: 0, dead: 0, lagSeconds: 0 }) });
    const json = JSON.stringify(await service.overview());
    assert.ok(!json.includes('Sup3rSecret'), json);
    assert.ok(!json.includes('amqp://'), json);
  });

  test('a metadata answer that is not JSON marks the metadata down with words, the rest stays', async () => {
    const t = targets();
    const service = new OpsService(() => ({ ...t, apps: [{ name: 'actors', appId: 'dmh-actors', healthUrl: `${up}/healthz`, sidecarUrl: `${up}/not-json#` }] }), {
      outbox: async () => ({ pending: 0, failing: 0, oldestAgeSeconds: 0, byKind: [] }), sync: async () => ({ queued: 0, retrying: 0, dead: 0, lagSeconds: 0 }),
    });
    const [actors] = (await service.overview()).apps;
    assert.equal(actors.process.status, 'up');
    assert.deepEqual([actors.metadata.status, actors.metadata.error, actors.sidecar], ['down', 'the answer is not Dapr metadata (a JSON object was expected)', null]);
  });
});
