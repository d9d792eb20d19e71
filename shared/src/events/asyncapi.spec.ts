import { Parser } from '@asyncapi/parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asyncApiDocument, exampleDelivery, topicKey } from './asyncapi';
import { EVENT_SCHEMAS } from './event-schemas';

type Doc = ReturnType<typeof asyncApiDocument> & {
  channels: Record<string, { address: string }>;
  operations: Record<string, { action: string; channel: { $ref: string } }>;
  components: { messages: Record<string, { payload: Record<string, unknown> }> };
};
const doc = asyncApiDocument() as Doc;

/** A JSON Schema validator (draft-07, as the document's schemas are) for one message's payload. */
function payloadValidator(topic: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(doc.components.messages[topicKey(topic)]!.payload);
}

describe('the AsyncAPI document of DMH events', () => {
  test('is a valid AsyncAPI 3.0 document by the official parser (no error, no warning)', async () => {
    const { document, diagnostics } = await new Parser().parse(JSON.stringify(doc));
    const problems = diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.path.join('.')}: ${d.message}`);
    assert.deepEqual(problems, []);
    assert.ok(document, 'parsed');
    assert.equal(document.version(), '3.0.0');
  });

  test('has a channel, a receive operation and a message for every topic DMH publishes, and nothing else', () => {
    const topics = Object.keys(EVENT_SCHEMAS).sort();
    assert.deepEqual(Object.values(doc.channels).map((c) => c.address).sort(), topics);
    assert.deepEqual(Object.values(doc.operations).map((o) => o.action), topics.map(() => 'receive'));
    assert.deepEqual(Object.keys(doc.components.messages).sort(), topics.map(topicKey).sort());
  });

  test("each message's schema accepts the topic's example as Dapr delivers it", () => {
    for (const topic of Object.keys(EVENT_SCHEMAS)) {
      const validate = payloadValidator(topic);
      assert.ok(validate(exampleDelivery(topic)), `${topic}: ${JSON.stringify(validate.errors)}`);
    }
  });

  test('refuses what the publisher refuses: a missing field, a bad id, a wrong topic; accepts a field it does not know', () => {
    const validate = payloadValidator('order.paid');
    const delivery = exampleDelivery('order.paid') as { data: Record<string, unknown> };
    const { orderId: _dropped, ...withoutOrderId } = delivery.data;
    assert.equal(validate({ ...delivery, data: withoutOrderId }), false, 'orderId is required');
    assert.equal(validate({ ...delivery, data: { ...delivery.data, orderId: '0' } }), false, 'ids are positive decimal text');
    assert.equal(validate({ ...delivery, topic: 'reward.settled' }), false, 'the channel has one topic');
    assert.equal(validate({ ...delivery, data: { ...delivery.data, addedLater: 1 } }), true, 'consumers must tolerate new fields');
  });
});
