import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ActorId, type DaprClient } from '@dapr/dapr';
import { collectProcessMetrics, parseExposition, sampleValue } from '@dmh/shared/dist/metrics';
import type { JoinCommand } from '@dmh/shared';
import { register } from 'prom-client';
import { CampaignActor } from '../campaign/campaign.actor';
import { CampaignRepository, type LiveOrder } from '../campaign/campaign.repository';
import { metricsHandler } from './actor-metrics';

/** CampaignActor's SQL replaced in memory: an active campaign, and the orders written so far by phone. */
function campaignInMemory() {
  const orders = new Map<string, LiveOrder>();
  const repo = CampaignRepository.prototype;
  repo.admit = async (work) => work({} as never);
  repo.findCampaign = async (_db, id) => ({
    id, brandId: '3', price: '9.90', quota: null, status: 'active', deleted: false, startTime: new Date(Date.now() - 60_000), endTime: new Date(Date.now() + 60_000),
  });
  repo.findLiveOrder = async (_db, _campaignId, phone) => orders.get(phone) ?? null;
  repo.insertOrder = async (_db, order) => {
    const id = String(500 + orders.size);
    orders.set(order.phone, { id, orderNo: order.orderNo, amount: order.amount, idempotencyKey: order.idempotencyKey });
    return id;
  };
  // Never reached over HTTP: join uses no actor state.
  const client = { options: { daprHost: '127.0.0.1', daprPort: '9', communicationProtocol: 0, logger: { level: 0 } } } as unknown as DaprClient;
  return new CampaignActor(client, new ActorId('7'));
}

const join = (phone: string, orderNo: string): JoinCommand => ({ orderNo, phone, formData: {}, referrerId: '0', userId: null, idempotencyKey: null });
const created = async () => sampleValue(await register.metrics(), 'dmh_orders_created_total') ?? 0;

describe('orders created (dmh_orders_created_total), counted by CampaignActor', () => {
  test('each order written counts once; a retried sign-up and a duplicate phone count nothing', async () => {
    const actor = campaignInMemory();
    const before = await created();
    assert.equal((await actor.join(join('13800000001', 'DMH1'))).ok, true);
    assert.equal((await actor.join(join('13800000002', 'DMH2'))).ok, true);
    assert.deepEqual(await actor.join(join('13800000001', 'DMH1')), { ok: true, orderId: '500', orderNo: 'DMH1', amount: '9.90', created: false }, 'a retry gets its order back');
    assert.deepEqual(await actor.join(join('13800000002', 'DMH3')), { ok: false, reason: 'duplicate' });
    assert.equal((await created()) - before, 2);
  });
});

describe("the actor host's GET /metrics", () => {
  const server = http.createServer((req, res) => (req.url === '/metrics' ? metricsHandler()(req, res) : res.writeHead(404).end()));
  let url = '';
  before(async () => {
    collectProcessMetrics(register, 'dmh-actors');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test("the orders counter and Node's process metrics, labelled with the app id", async () => {
    const res = await fetch(url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const { types } = parseExposition(text);
    assert.equal(types.get('dmh_orders_created_total'), 'counter');
    assert.equal(types.get('process_cpu_user_seconds_total'), 'counter');
    assert.equal(types.get('nodejs_eventloop_lag_seconds'), 'gauge');
    assert.ok((sampleValue(text, 'process_resident_memory_bytes', { app_id: 'dmh-actors' }) ?? 0) > 0);
  });
});
