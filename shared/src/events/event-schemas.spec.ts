import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { REFUND_TOPICS } from '../rewards/reversal-events';
import { checkEvent, EVENT_SCHEMAS } from './event-schemas';
import { syncJobSchema, TOPICS } from './events';
import { cloudEventData, MalformedMessageError, parseMessage } from './message-check';
import { ORDER_LIFECYCLE_TOPICS } from './order-lifecycle-events';

const at = '2026-12-04T10:00:00.000Z';
const reward = { rewardId: '31', orderId: '21', campaignId: '2', brandId: '3', userId: '7', distributorId: '4', level: 2, amount: '3.50' };

/** One well-formed event per topic, as the API builds them. */
const samples: Record<string, Record<string, unknown>> = {
  [TOPICS.orderPaid]: {
    eventId: 'order.paid:21', orderId: '21', orderNo: 'D1', campaignId: '2', brandId: '3', amount: '99.00', tradeNo: '4200001', paidAt: at, rewardIds: ['31', '32'],
  },
  [TOPICS.rewardSettled]: { eventId: 'reward.settled:31', ...reward, balance: '13.50', settledAt: at },
  [REFUND_TOPICS.orderRefunded]: {
    eventId: 'order.refunded:21', orderId: '21', orderNo: 'D1', campaignId: '2', brandId: '3', amount: '99.00', refundedAmount: '99.00', rewardIds: ['31'], refundedAt: at,
  },
  [REFUND_TOPICS.rewardReversed]: {
    eventId: 'reward.reversed:31', ...reward, outcome: 'reversed', clawedBack: '3.00', debtAdded: '0.50', balance: '0.00', debt: '0.50', reversedAt: at,
  },
  [ORDER_LIFECYCLE_TOPICS.orderClosed]: { eventId: 'order.closed:21', orderId: '21', orderNo: 'D1', campaignId: '2', brandId: '3', reason: 'expired', closedAt: at },
  [ORDER_LIFECYCLE_TOPICS.orderLatePayment]: {
    eventId: 'order.late-payment:21', orderId: '21', orderNo: 'D1', campaignId: '2', brandId: '3', tradeNo: '', outcome: 'refunded', outRefundNo: 'R1', reason: 'sold out',
  },
};

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
