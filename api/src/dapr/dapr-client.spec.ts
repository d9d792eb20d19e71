import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { MalformedMessageError, SYNC_BINDING_OUT, TOPICS } from '@dmh/shared';
import * as client from './dapr-client';

/** A stand-in sidecar that records what reached it and accepts everything. */
const received: { path: string; body: unknown }[] = [];
const sidecar = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    received.push({ path: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
    res.writeHead(204).end();
  });
});

const settled = (n: number) => ({
  eventId: `reward.settled:${n}`, rewardId: String(n), orderId: '1', campaignId: '2', brandId: '3', userId: '7', distributorId: '4',
  level: 1, amount: '10.00', balance: '10.00', settledAt: '2026-12-04T10:00:00.000Z',
});

describe('what the API sends through its sidecar is checked against the shared schemas first', () => {
  before(async () => {
    await new Promise<void>((resolve) => sidecar.listen(0, '127.0.0.1', resolve));
    process.env.DAPR_HOST = '127.0.0.1';
    // Read by the API's config() on the first sidecar call, which none has made yet in this process.
    process.env.DAPR_HTTP_PORT = String((sidecar.address() as AddressInfo).port);
  });
  after(() => {
    sidecar.closeAllConnections();
    sidecar.close();
  });

  test('a malformed event is never published: MalformedMessageError naming the field, nothing sent', async () => {
    received.length = 0;
    await assert.rejects(client.publish(TOPICS.rewardSettled, { ...settled(1), amount: '1.234' }), (err: MalformedMessageError) => err.field === 'amount');
    await assert.rejects(client.publish('no.such.topic', {}), /no event schema/);
    assert.equal(received.length, 0);
    await client.publish(TOPICS.rewardSettled, settled(2));
    assert.deepEqual(received.map((r) => r.body), [settled(2)]);
  });

  test('in a bulk publish each malformed event answers its own error and the others still go out', async () => {
    received.length = 0;
    const answers = await client.publishBulk(TOPICS.rewardSettled, [settled(3), { ...settled(4), level: 0 }, settled(5)]);
    assert.equal(answers[0], null);
    assert.ok(answers[1] instanceof MalformedMessageError && answers[1].field === 'level');
    assert.equal(answers[2], null);
    assert.deepEqual(received.flatMap((r) => (r.body as { event: unknown }[]).map((e) => e.event)), [settled(3), settled(5)]);
  });

  test('a malformed sync job is never sent to the binding', async () => {
    received.length = 0;
    const job = { jobId: 'order:1:paid', kind: 'order', orderId: '1', brandId: '3', requestedAt: '2026-12-04T10:00:00.000Z' };
    await assert.rejects(client.sendToBinding(SYNC_BINDING_OUT, { ...job, brandId: null }), (err: MalformedMessageError) => err.field === 'brandId');
    assert.equal(received.length, 0);
    await client.sendToBinding(SYNC_BINDING_OUT, job);
    assert.deepEqual(received.map((r) => (r.body as { data: unknown }).data), [job]);
  });
});
