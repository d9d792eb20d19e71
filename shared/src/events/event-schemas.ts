import type { z } from 'zod';
import { orderRefundedEventSchema, REFUND_TOPICS, rewardReversedEventSchema } from '../rewards/reversal-events';
import { orderPaidEventSchema, rewardSettledEventSchema, TOPICS } from './events';
import { parseMessage } from './message-check';
import { ORDER_LIFECYCLE_TOPICS, orderClosedEventSchema, orderLatePaymentEventSchema } from './order-lifecycle-events';

/** Every topic DMH publishes, with the schema of its events. */
export const EVENT_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  [TOPICS.orderPaid]: orderPaidEventSchema,
  [TOPICS.rewardSettled]: rewardSettledEventSchema,
  [REFUND_TOPICS.orderRefunded]: orderRefundedEventSchema,
  [REFUND_TOPICS.rewardReversed]: rewardReversedEventSchema,
  [ORDER_LIFECYCLE_TOPICS.orderClosed]: orderClosedEventSchema,
  [ORDER_LIFECYCLE_TOPICS.orderLatePayment]: orderLatePaymentEventSchema,
};

/**
 * Checks an event against its topic's schema (a topic DMH does not know is a mistake too) and answers it as
 * the schema reads it; throws MalformedMessageError naming the field otherwise.
 */
export function checkEvent(topic: string, event: unknown): unknown {
  const schema = EVENT_SCHEMAS[topic];
  if (!schema) throw new Error(`no event schema for topic ${topic}`);
  return parseMessage(schema, event, `${topic} event`);
}
