import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { parseExposition, sampleValue } from '@dmh/shared/dist/metrics';
import { register } from 'prom-client';
import type { OutboxRepository, SettlementData } from '../outbox/outbox.repository';
import type { SettlementDispatcher } from './settlement.dispatcher';

// Nothing of the API is imported before the stand-in sidecar listens and DAPR_HTTP_PORT names it (below): the
// API's config() is read once, by the first module that needs it (the logger), and a default port could be a
// real sidecar on this machine.

/** A stand-in sidecar: BalanceActor credits every reward; events and the sync binding are accepted. */
const sidecar = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    if (/\/method\/creditRewards$/.test(req.url ?? '')) {
      const { credits } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { credits: { rewardId: string }[] };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ results: credits.map((c) => ({ rewardId: c.rewardId, applied: true, credited: !c.rewardId.endsWith('0'), balance: '10.00', debtRepaid: '0.00' })) }));
      return;
    }
    res.writeHead(204).end();
  });
});

const paidOrder = (orderId: string, rewardIds: string[]): SettlementData => ({
  order: { id: orderId, orderNo: `DMH${orderId}`, campaignId: '2', brandId: '3', amount: '99.00', tradeNo: `T${orderId}`, paidAt: new Date().toISOString() },
  rewards: rewardIds.map((id, i) => ({ id, userId: String(70 + i), distributorId: String(40 + i), level: i + 1, amount: '10.00', status: 'pending' })),
});

const scrape = () => register.metrics();

describe('reward settlement delay (dmh_reward_settlement_delay_seconds): payment accepted → credited', () => {
  const delay = async () => {
    const text = await scrape();
    assert.equal(parseExposition(text).types.get('dmh_reward_settlement_delay_seconds'), 'histogram');
    return {
      count: sampleValue(text, 'dmh_reward_settlement_delay_seconds_count') ?? 0,
      sum: sampleValue(text, 'dmh_reward_settlement_delay_seconds_sum') ?? 0,
      within2s: sampleValue(text, 'dmh_reward_settlement_delay_seconds_bucket', { le: '2' }) ?? 0,
    };
  };
  const relayed: string[] = [];
  const outbox = {
    markDone: async () => undefined,
    retryLater: async () => 1,
    settlementData: async (orderId: string) => (relayed.push(orderId), paidOrder(orderId, ['31'])),
  } as unknown as OutboxRepository;
  let dispatcher: SettlementDispatcher;

  before(async () => {
    await new Promise<void>((resolve) => sidecar.listen(0, '127.0.0.1', resolve));
    const port = (sidecar.address() as AddressInfo).port;
    process.env.DAPR_HOST = '127.0.0.1';
    process.env.DAPR_HTTP_PORT = String(port);
    const { config } = await import('../config.js');
    assert.equal(config().DAPR_HTTP_PORT, port, 'the API talks to the stand-in sidecar, never to a real one');
    const { SettlementDispatcher } = await import('./settlement.dispatcher.js');
    dispatcher = new SettlementDispatcher(async () => undefined, outbox);
  });
  after(() => {
    sidecar.closeAllConnections();
    sidecar.close();
  });

  test('the fast path observes one delay per settled order, from the hand-over to the credits', async () => {
    const before = await delay();
    assert.equal(await dispatcher.settle({ id: '1', aggregateId: '11' }, paidOrder('11', ['21', '22', '23'])), true);
    const after = await delay();
    assert.equal(after.count - before.count, 1, 'one observation for the order, not one per reward');
    assert.ok(after.within2s - before.within2s === 1 && after.sum - before.sum < 2, `settled within 2 s here: ${after.sum - before.sum}`);
  });

  test('the relay observes the delay since the payment was recorded (the outbox row), so a fault shows as a long delay', async () => {
    const before = await delay();
    assert.equal(await dispatcher.settle({ id: '2', aggregateId: '12', createdAt: new Date(Date.now() - 45_000) }), true);
    const after = await delay();
    assert.deepEqual(relayed, ['12'], 'the relay read the order back');
    assert.equal(after.count - before.count, 1);
    assert.ok(after.sum - before.sum >= 45 && after.sum - before.sum < 50, `about 45 s: ${after.sum - before.sum}`);
    assert.equal(after.within2s, before.within2s, 'not in the 2 s bucket');
  });

  test('an order without a credited reward (no referrer, or all cancelled by a refund) observes nothing', async () => {
    const before = await delay();
    assert.equal(await dispatcher.settle({ id: '3', aggregateId: '13' }, paidOrder('13', [])), true);
    assert.equal(await dispatcher.settle({ id: '4', aggregateId: '14' }, paidOrder('14', ['40'])), true);
    assert.equal((await delay()).count, before.count);
  });
});
