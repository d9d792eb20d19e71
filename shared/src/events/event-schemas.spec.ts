import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { REFUND_TOPICS } from '../rewards/reversal-events';
import { EVENT_EXAMPLES } from './event-examples';
import { checkEvent, EVENT_SCHEMAS } from './event-schemas';
import { syncJobSchema, TOPICS } from './events';
import { cloudEventData, MalformedMessageError, parseMessage } from './message-check';
import { ORDER_LIFECYCLE_TOPICS } from './order-lifecycle-events';

const samples = EVENT_EXAMPLES;
const at = '2026-12-04T10:00:00.000Z';

function fieldRefused(topic: string, event: unknown): string | null {
  try {
    checkEvent(topic, event);
    return null;
  } catch (err) {
    assert.ok(err instanceof MalformedMessageError, String(err));
    assert.equal(err.code, 'MALFORMED_MESSAGE');
    return err.field;
  }
}

describe('event schemas', () => {
  test('every topic DMH publishes has a schema, and the events the API builds pass it', () => {
    assert.deepEqual(Object.keys(EVENT_SCHEMAS).sort(), Object.keys(samples).sort());
    for (const [topic, event] of Object.entries(samples)) assert.equal(fieldRefused(topic, event), null, topic);
  });

  test('an event with one wrong field is refused naming that field', () => {
    const cases: [string, string, unknown][] = [
      [TOPICS.orderPaid, 'orderId', '0'],
      [TOPICS.orderPaid, 'paidAt', '2026-12-04 10:00:00'],
      [TOPICS.orderPaid, 'rewardIds', '31'],
      [TOPICS.rewardSettled, 'level', 0],
      [TOPICS.rewardSettled, 'balance', 13.5],
      [TOPICS.rewardSettled, 'userId', undefined],
      [REFUND_TOPICS.orderRefunded, 'refundedAmount', '1.005'],
      [REFUND_TOPICS.rewardReversed, 'outcome', 'undone'],
      [ORDER_LIFECYCLE_TOPICS.orderClosed, 'reason', 'tired'],
      [ORDER_LIFECYCLE_TOPICS.orderLatePayment, 'outcome', 'lost'],
    ];
    for (const [topic, field, value] of cases) {
      assert.equal(fieldRefused(topic, { ...samples[topic], [field]: value }), field, `${topic} ${field}`);
    }
    assert.equal(fieldRefused(TOPICS.orderPaid, { ...samples[TOPICS.orderPaid], rewardIds: ['31', 'x'] }), 'rewardIds.1');
  });

  test('a topic without a schema is a mistake, not a pass', () => {
    assert.throws(() => checkEvent('order.shipped', {}), /no event schema for topic order.shipped/);
  });

  test('a sync job: ids, the one kind, an ISO time; a bad one names its field in the error message', () => {
    const job = { jobId: 'order:21:paid', kind: 'order', orderId: '21', brandId: '3', requestedAt: at };
    assert.deepEqual(parseMessage(syncJobSchema, job, 'sync job'), job);
    assert.throws(() => parseMessage(syncJobSchema, { ...job, kind: 'reward' }, 'sync job'), (err: MalformedMessageError) => err.field === 'kind' && /^malformed sync job: kind: /.test(err.message));
    assert.throws(() => parseMessage(syncJobSchema, { ...job, jobId: 'x'.repeat(65) }, 'sync job'), (err: MalformedMessageError) => err.field === 'jobId');
  });

  test('the event of a delivery: the CloudEvent data, or the body when it is bare', () => {
    const event = samples[TOPICS.orderPaid];
    assert.equal(cloudEventData({ specversion: '1.0', data: event }), event);
    assert.equal(cloudEventData(event), event);
    assert.equal(cloudEventData(null), null);
  });
});
