import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import Redis from 'ioredis';
import { API_URL, createOrder } from '../support/api-client';
import { freshIp, request } from '../support/auth-client';
import { createBrand, createCampaign, createDistributorChain } from '../support/factories';
import { login } from '../support/api-client';
import { payThroughSandbox } from '../support/payer';
import { currentStack } from '../support/suite';

const randomPhone = () => `135${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, '0')}`;

let client: Redis | undefined;
const redis = () => (client ??= new Redis({ ...currentStack().cfg.redis, lazyConnect: false, maxRetriesPerRequest: 1 }));

/** A consumer who proved the phone by SMS (the development provider's code, read as the phone would). */
async function phoneLogin(phone: string): Promise<string> {
  assert.equal((await request('POST', '/api/v1/auth/sms/code', { body: { phone }, ip: freshIp() })).status, 200);
  const code = await redis().get(`dmh:sms-dev-outbox:${phone}`);
  const answer = await request('POST', '/api/v1/auth/sms/login', { body: { phone, code }, ip: freshIp() });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.data.accessToken;
}

/** Reads server-sent events until `until` says stop (or the stream ends). */
async function readEvents(response: Response, until: (events: { event: string; data: any; at: number }[]) => boolean, timeoutMs = 15_000) {
  const events: { event: string; data: any; at: number }[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (!until(events) && Date.now() < deadline) {
    const { value, done } = await Promise.race([reader.read(), new Promise<{ value: undefined; done: true }>((r) => setTimeout(() => r({ value: undefined, done: true }), deadline - Date.now()))]);
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event) events.push({ event, data: data ? JSON.parse(data) : null, at: Date.now() });
    }
  }
  await reader.cancel().catch(() => undefined);
  return events;
}

describe('orders: the status stream (server-sent events)', () => {
  after(async () => {
    await client?.quit();
    client = undefined;
  });

  test("the owner hears the order unpaid, then paid, pushed within 2 s of the payment; the stream ends", async () => {
    const phone = randomPhone();
    const token = await phoneLogin(phone);
    const campaignId = await createCampaign(await createBrand(), { price: '9.90' });
    const order = await createOrder(campaignId, phone);
    const response = await fetch(`${API_URL}/api/v1/orders/${order.orderNo}/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
    const first = await readEvents(response, (e) => e.length >= 1, 5_000);
    assert.deepEqual(first.map((e) => [e.event, e.data.payStatus]), [['status', 'unpaid']]);
    // The first read above consumed the reader; a second subscription hears the payment.
    const live = await fetch(`${API_URL}/api/v1/orders/${order.orderNo}/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } });
    const paying = payThroughSandbox(order.orderNo);
    const paidAt = Date.now();
    const events = await readEvents(live, (e) => e.some((x) => x.data?.payStatus === 'paid'));
    assert.equal((await paying).status < 300, true);
    const paid = events.find((e) => e.data?.payStatus === 'paid');
    assert.ok(paid, `no paid event: ${JSON.stringify(events)}`);
    assert.equal(paid.data.orderNo, order.orderNo);
    assert.ok(paid.at - paidAt < 2_000, `pushed ${paid.at - paidAt} ms after the payment`);
    // An order already paid: one status, then the stream ends.
    const done = await fetch(`${API_URL}/api/v1/orders/${order.orderNo}/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } });
    const once = await readEvents(done, () => false, 5_000);
    assert.deepEqual(once.map((e) => [e.event, e.data.payStatus]), [['status', 'paid']]);
  });

  test('a client that does not ask for a stream gets the status once, and the answer ends (fuzzers, curl)', async () => {
    const phone = randomPhone();
    const token = await phoneLogin(phone);
    const order = await createOrder(await createCampaign(await createBrand()), phone);
    const started = Date.now();
    const answer = await fetch(`${API_URL}/api/v1/orders/${order.orderNo}/events`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
    const text = await answer.text();
    assert.ok(Date.now() - started < 5_000, 'the answer ended');
    assert.match(text, /^retry: 3000\n\nevent: status\ndata: \{.*"payStatus":"unpaid".*\}\n\n$/);
  });

  test('a distributor hears each reward pushed within 2 s of the payment, level and amount included', async () => {
    const brand = await createBrand();
    const [parent, child] = await createDistributorChain(brand, 2);
    const campaignId = await createCampaign(brand, { price: '30.00' });
    const open = async (who: { username: string; password: string }) => {
      const token = await login(who.username, who.password);
      const response = await fetch(`${API_URL}/api/v1/me/rewards/events`, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } });
      assert.equal(response.status, 200);
      return response;
    };
    const [childStream, parentStream] = [await open(child!), await open(parent!)];
    const order = await createOrder(campaignId, randomPhone(), child!.distributorId);
    const childEvents = readEvents(childStream, (e) => e.some((x) => x.event === 'reward'));
    const parentEvents = readEvents(parentStream, (e) => e.some((x) => x.event === 'reward'));
    const paidAt = Date.now();
    await payThroughSandbox(order.orderNo);
    const [mine, upline] = await Promise.all([childEvents, parentEvents]);
    assert.equal(mine[0]!.event, 'ready');
    const reward = mine.find((e) => e.event === 'reward')!;
    assert.ok(reward, JSON.stringify(mine));
    assert.equal(reward.data.level, 1);
    assert.equal(reward.data.amount, '10.00');
    assert.equal(reward.data.orderId, order.orderId);
    assert.ok(reward.at - paidAt < 2_000, `pushed ${reward.at - paidAt} ms after the payment`);
    assert.equal(upline.find((e) => e.event === 'reward')?.data.level, 2, 'the upline hears its level-2 reward, on its own stream');
  });

  test("someone else's order is 404, and without a login 401", async () => {
    const campaignId = await createCampaign(await createBrand());
    const order = await createOrder(campaignId, randomPhone());
    const stranger = await phoneLogin(randomPhone());
    const answer = await request('GET', `/api/v1/orders/${order.orderNo}/events`, { token: stranger });
    assert.equal(answer.status, 404);
    assert.equal(answer.body.code, 40402);
    assert.equal((await request('GET', `/api/v1/orders/${order.orderNo}/events`)).status, 401);
  });
});
