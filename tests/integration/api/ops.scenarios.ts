import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { call, login } from '../support/api-client';
import { createBrandAdmin, createUser } from '../support/factories';
import { paidOrder, platformAdmin, rewardSetup } from './money.helpers';

/**
 * GET /api/v1/ops/overview against the real sidecars, placement and scheduler of the test stack: what the
 * archived Dapr dashboard showed, for platform admins only, never a component's metadata.
 */
describe('ops overview', () => {
  test('the three apps with their sidecars, actor types with active counts after a paid order, placement and scheduler up, backlogs read', { timeout: 120_000 }, async () => {
    const { campaignId, chain } = await rewardSetup(2);
    await paidOrder(campaignId, chain[1].distributorId);
    const admin = await platformAdmin();
    const answer = await call('GET', '/api/v1/ops/overview', undefined, admin.token);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const report = answer.body.data;

    assert.deepEqual(report.apps.map((a: any) => [a.name, a.appId]), [['api', 'dmh-api'], ['actors', 'dmh-actors'], ['sync', 'dmh-sync']]);
    for (const app of report.apps) {
      assert.deepEqual([app.process.status, app.sidecarHealth.status, app.metadata.status], ['up', 'up', 'up'], `${app.name}: ${JSON.stringify(app)}`);
      assert.equal(app.sidecar.appId, app.appId, `${app.name}'s sidecar says who it is`);
      assert.match(app.sidecar.runtimeVersion, /^1\.18\.\d+/);
      assert.ok(app.sidecar.components.length > 0, `${app.name} lists its components`);
      for (const c of app.sidecar.components) assert.deepEqual(Object.keys(c).sort(), ['capabilities', 'name', 'type', 'version']);
    }
    const actors = report.apps.find((a: any) => a.name === 'actors').sidecar;
    const counts = Object.fromEntries(actors.actors.map((a: any) => [a.type, a.count]));
    assert.deepEqual(Object.keys(counts).sort(), ['BalanceActor', 'CampaignActor', 'DistributorActor']);
    assert.ok(counts.BalanceActor > 0 && counts.CampaignActor > 0, `active actors after a paid order: ${JSON.stringify(counts)}`);
    assert.equal(actors.actorRuntime.hostReady, true);
    assert.ok(actors.components.some((c: any) => c.capabilities.includes('ACTOR')), 'the actor state store is listed with its ACTOR capability');
    const api = report.apps.find((a: any) => a.name === 'api').sidecar;
    // The API publishes its events for other services and subscribes to none (it tells its own live screens itself).
    assert.deepEqual(api.subscriptions, [], `the API's subscriptions: ${JSON.stringify(api.subscriptions)}`);

    assert.deepEqual(report.controlPlane.map((c: any) => [c.name, c.health.status]), [['placement', 'up'], ['scheduler', 'up']]);
    assert.equal(report.backlogs.outboxError, null);
    assert.equal(report.backlogs.syncError, null);
    assert.ok(report.backlogs.outbox.pending >= 0 && report.backlogs.sync.queued >= 0);

    // The stack's component secrets (the MySQL DSN, the RabbitMQ URL) and the secret store's prefix never appear.
    const json = JSON.stringify(report);
    for (const secret of ['allowNativePasswords', 'amqp://', 'DMH_SECRET_', 'tcp(']) assert.ok(!json.includes(secret), `${secret} leaked: ${json}`);
  });

  test('platform admins only: 401 without a token, 403 for a brand admin, a distributor and a participant', async () => {
    const brandAdmin = await createBrandAdmin();
    const participant = await createUser('participant');
    const distributor = await createUser('distributor');
    const users = await Promise.all([brandAdmin, participant, distributor].map(async (u) => ({ ...u, token: await login(u.username, u.password) })));
    for (const path of ['/api/v1/ops/overview', '/api/v1/ops/metrics?range=1h']) {
      assert.equal((await call('GET', path)).status, 401);
      for (const user of users) {
        const answer = await call('GET', path, undefined, user.token);
        assert.equal(answer.status, 403, `${path}, ${user.username}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.code, 40300);
      }
    }
  });
});
