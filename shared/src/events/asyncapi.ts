import { z } from 'zod';
import { REFUND_TOPICS } from '../rewards/reversal-events';
import { EVENT_EXAMPLES } from './event-examples';
import { EVENT_SCHEMAS } from './event-schemas';
import { PUBSUB_NAME, TOPICS } from './events';
import { ORDER_LIFECYCLE_TOPICS } from './order-lifecycle-events';

/**
 * The AsyncAPI 3.0 document of the events DMH publishes, generated from the same zod schemas the publisher
 * checks each event with (EVENT_SCHEMAS), so it cannot drift from what is sent. A customer's service reads
 * them through its own Dapr sidecar: Dapr wraps each event in a CloudEvent 1.0 envelope, the event itself in
 * `data`. Field schemas are the input form (no `additionalProperties: false`): DMH may add fields to an event
 * and a consumer must ignore the ones it does not know.
 */
const TOPIC_DOCS: Readonly<Record<string, { title: string; summary: string }>> = {
  [TOPICS.orderPaid]: {
    title: '订单已支付 Order paid',
    summary: 'A sign-up order was paid and its rewards created (rewardIds; each is credited and announced by reward.settled).',
  },
  [TOPICS.rewardSettled]: {
    title: '奖励已到账 Reward settled',
    summary: "A reward was credited to its beneficiary's balance; `balance` is the balance with it.",
  },
  [REFUND_TOPICS.orderRefunded]: {
    title: '订单已退款 Order refunded',
    summary: 'Refunds now cover the whole amount paid; its rewards are reversed (reward.reversed, one per reward).',
  },
  [REFUND_TOPICS.rewardReversed]: {
    title: '奖励已冲回 Reward reversed',
    summary: "A refunded order's reward: cancelled if it was never credited, else taken back (debt where the balance fell short).",
  },
  [ORDER_LIFECYCLE_TOPICS.orderClosed]: {
    title: '订单已关闭 Order closed',
    summary: 'An unpaid order was closed (its payment window passed, or the provider closed it); its seat is free again.',
  },
  [ORDER_LIFECYCLE_TOPICS.orderLatePayment]: {
    title: '关闭后到账 Payment after close',
    summary: 'A payment arrived for a closed order: seated (order.paid follows) or refunded at once (no seat, or the phone signed up again).',
  },
};

/** camelCase key of a topic for the document's maps: `order.late-payment` → `orderLatePayment`. */
export function topicKey(topic: string): string {
  return topic.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase());
}

function eventJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  return json;
}

/** The CloudEvent envelope Dapr delivers, with the event as `data`. */
function cloudEvent(topic: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'object',
    required: ['specversion', 'id', 'source', 'type', 'datacontenttype', 'data'],
    properties: {
      specversion: { type: 'string', const: '1.0' },
      id: { type: 'string', description: "Dapr's id of this delivery; deduplicate by data.eventId, which is stable for the fact" },
      source: { type: 'string', description: 'the publishing app id (dmh-api or dmh-actors)' },
      type: { type: 'string', const: 'com.dapr.event.sent' },
      topic: { type: 'string', const: topic },
      pubsubname: { type: 'string', const: PUBSUB_NAME },
      datacontenttype: { type: 'string', const: 'application/json' },
      time: { type: 'string', format: 'date-time' },
      traceparent: { type: 'string', description: 'W3C trace context of the publishing request' },
      data,
    },
  };
}

/** What a subscriber receives for a topic's example event. */
export function exampleDelivery(topic: string): Record<string, unknown> {
  const data = EVENT_EXAMPLES[topic];
  if (!data) throw new Error(`no example event for topic ${topic}`);
  return {
    specversion: '1.0', id: '5f0c1f52-3c57-4b0e-9d1e-1d3f3b1a2c4d', source: 'dmh-api', type: 'com.dapr.event.sent', topic,
    pubsubname: PUBSUB_NAME, datacontenttype: 'application/json', time: '2026-12-04T10:00:00Z',
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', data,
  };
}

export function asyncApiDocument(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const [topic, schema] of Object.entries(EVENT_SCHEMAS)) {
    const key = topicKey(topic);
    const doc = TOPIC_DOCS[topic];
    if (!doc) throw new Error(`no AsyncAPI description for topic ${topic}`);
    messages[key] = {
      name: topic,
      title: doc.title,
      summary: doc.summary,
      contentType: 'application/cloudevents+json',
      payload: cloudEvent(topic, eventJsonSchema(schema)),
      examples: [{ name: topic, payload: exampleDelivery(topic) }],
    };
    channels[key] = {
      address: topic,
      title: doc.title,
      description: doc.summary,
      servers: [{ $ref: '#/servers/dapr' }],
      messages: { [key]: { $ref: `#/components/messages/${key}` } },
    };
    operations[`receive${key[0]!.toUpperCase()}${key.slice(1)}`] = {
      action: 'receive',
      title: `Receive ${topic}`,
      summary: `Subscribe through your Dapr sidecar: pubsubname "${PUBSUB_NAME}", topic "${topic}".`,
      channel: { $ref: `#/channels/${key}` },
      messages: [{ $ref: `#/channels/${key}/messages/${key}` }],
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'DMH events',
      version: '1.0.0',
      description:
        "Facts DMH publishes on Dapr pub/sub for other services. Subscribe with your app's own Dapr sidecar " +
        `(component "${PUBSUB_NAME}", a Redis Streams broker; your app id must be in the component's scopes). ` +
        'Delivery is at least once and in no promised order across topics: deduplicate by `data.eventId`, stable ' +
        'for the fact it describes (a replay carries the same id). Answer 2xx (or `{"status":"SUCCESS"}`) to ' +
        'acknowledge; `{"status":"RETRY"}` or an error has the event delivered again. Money is decimal text in yuan ' +
        '("99.00"), ids are decimal text, times ISO-8601 UTC. Publishing to these topics and calling the actor host ' +
        "are DMH's alone (Dapr access control and the component's scopes).",
    },
    defaultContentType: 'application/cloudevents+json',
    servers: {
      dapr: {
        host: '127.0.0.1:3500',
        protocol: 'http',
        description: "Your own Dapr sidecar's HTTP port (DAPR_HTTP_PORT); it delivers each event as a POST to the route your subscription names.",
      },
    },
    channels,
    operations,
    components: { messages },
  };
}
