import { topicKey } from '@dmh/shared/dist/events/asyncapi';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startConsumer, type RunningConsumer } from '../../examples/event-consumer/run';
import { logOffset, logSince } from '../../scripts/stack/dapr';
import type { Stack } from '../../scripts/stack/stack';
import { createOrder, waitFor } from './support/api-client';
import { one, rows } from './support/db';
import { createBrand, createCampaign, createDistributorChain, nextPhone } from './support/factories';
import { payThroughSandbox } from './support/payer';
import { balanceOf, setCurrentStack, untilSettled } from './support/suite';
import { startTestStack, stopTestStack } from './support/test-stack';

/**
 * The design card's fourth user: a customer's service with its own daprd (examples/event-consumer). It may
 * call the API through Dapr service invocation and follow DMH's events (described by the AsyncAPI document),
 * and nothing more: its sidecar joins DMH's placement service (as every injected sidecar does on Kubernetes),
 * so it can address DMH's actors, and the actor host refuses each call, which a DMH app did not sign.
 */
let stack: Stack | undefined;
let consumer: RunningConsumer | undefined;

before(async () => {
  stack = await startTestStack();
  setCurrentStack(stack);
  consumer = await startConsumer(stack.cfg);
  // Subscribed before anything is published: a new consumer group starts at the stream's end.
  await waitFor('the consumer sidecar to subscribe to all six topics', async () => {
    const meta = (await (await fetch(`${consumer!.daprUrl}/v1.0/metadata`)).json()) as { subscriptions?: { topic: string }[] };
    return (meta.subscriptions ?? []).length === 6;
  }, 30_000);
}, { timeout: 900_000 });

after(async () => {
  await consumer?.stop();
  await stopTestStack(stack);
}, { timeout: 120_000 });

interface Received {
  deliveries: number;
  duplicates: number;
  events: { topic: string; eventId: string; data: Record<string, any> }[];
}
const received = async (): Promise<Received> => (await (await fetch(`${consumer!.appUrl}/received`)).json()) as Received;

describe('a service of the customer, through its own sidecar', () => {
  let paid: { orderId: string; orderNo: string; rewardIds: string[]; chain: Awaited<ReturnType<typeof createDistributorChain>> };

  test("receives a paid order's events once each, as the AsyncAPI document describes them", { timeout: 180_000 }, async () => {
    const brandId = await createBrand();
    const chain = await createDistributorChain(brandId, 3);
    const order = await createOrder(await createCampaign(brandId), nextPhone(), chain[2]!.distributorId);
    assert.equal((await payThroughSandbox(order.orderNo)).status, 200);
    await untilSettled();
    const rewardIds = (await rows<any>('SELECT id FROM rewards WHERE order_id = ? ORDER BY level', [order.orderId])).map((r) => String(r.id));
    assert.equal(rewardIds.length, 3);
    paid = { ...order, rewardIds, chain };

    const mine = (r: Received) => r.events.filter((e) => e.data.orderId === order.orderId);
    await waitFor('order.paid and three reward.settled at the consumer', async () => mine(await received()).length === 4, 30_000);
    const events = mine(await received());
    assert.deepEqual(events.map((e) => e.topic).sort(), ['order.paid', 'reward.settled', 'reward.settled', 'reward.settled']);
    const orderPaid = events.find((e) => e.topic === 'order.paid')!;
    assert.equal(orderPaid.eventId, `order.paid:${order.orderId}`);
    assert.deepEqual([...orderPaid.data.rewardIds].sort(), [...rewardIds].sort());
    assert.deepEqual(events.filter((e) => e.topic === 'reward.settled').map((e) => e.data.rewardId).sort(), [...rewardIds].sort());

    // The document, fetched through the consumer's sidecar (service invocation of dmh-api), describes each.
    const answer = await fetch(`${consumer!.daprUrl}/v1.0/invoke/dmh-api/method/api/v1/asyncapi.json`);
    assert.equal(answer.status, 200, 'the consumer may invoke the API');
    const doc = (await answer.json()) as { components: { messages: Record<string, { payload: { properties: { data: object } } }> } };
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const e of events) {
      const key = topicKey(e.topic);
      const validate = ajv.compile(doc.components.messages[key]!.payload.properties.data);
      assert.ok(validate(e.data), `${e.topic}: ${JSON.stringify(validate.errors)}`);
    }
  });

  test('cannot credit a balance: its call to BalanceActor is refused by the actor host, and nothing changes', { timeout: 60_000 }, async () => {
    const beneficiary = paid.chain[0]!;
    const before = await balanceOf(beneficiary.userId);
    const ledgerBefore = await one<any>('SELECT COUNT(*) AS n FROM balance_ledger WHERE user_id = ?', [beneficiary.userId]);
    const offset = logOffset(stack!.cfg, 'actors');
    const attempt = await fetch(`${consumer!.daprUrl}/v1.0/actors/BalanceActor/${beneficiary.userId}/method/creditReward`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'dapr-caller-app-id': 'dmh-api' },
      body: JSON.stringify({ rewardId: paid.rewardIds[0], orderId: paid.orderId }),
    });
    const body = await attempt.text();
    assert.ok(attempt.status >= 400, `refused (HTTP ${attempt.status}: ${body})`);
    // The call reached the actor host (placement routed it there) and the guard held: no signature.
    await waitFor('the refusal in the actor host log', async () => /actor call refused/.test(logSince(stack!.cfg, 'actors', offset)), 10_000);
    assert.match(logSince(stack!.cfg, 'actors', offset), /"reason":"missing"/);
    assert.equal(await balanceOf(beneficiary.userId), before);
    assert.deepEqual(await one<any>('SELECT COUNT(*) AS n FROM balance_ledger WHERE user_id = ?', [beneficiary.userId]), ledgerBefore);
  });

  test("cannot publish DMH's events: the component's publishing scopes refuse it", async () => {
    const attempt = await fetch(`${consumer!.daprUrl}/v1.0/publish/pubsub/order.paid`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ eventId: 'order.paid:forged' }),
    });
    assert.equal(attempt.status, 403, await attempt.text());
  });
});
