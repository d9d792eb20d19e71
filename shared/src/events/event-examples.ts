import { REFUND_TOPICS } from '../rewards/reversal-events';
import { TOPICS } from './events';
import { ORDER_LIFECYCLE_TOPICS } from './order-lifecycle-events';

const at = '2026-12-04T10:00:00.000Z';
const reward = { rewardId: '31', orderId: '21', campaignId: '2', brandId: '3', userId: '7', distributorId: '4', level: 2, amount: '3.50' };

/**
 * One well-formed event per topic, as DMH builds them: the examples of the AsyncAPI document (asyncapi.ts)
 * and the specs' samples.
 */
export const EVENT_EXAMPLES: Readonly<Record<string, Record<string, unknown>>> = {
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
