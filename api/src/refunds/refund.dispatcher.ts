import { BALANCE_ACTOR_TYPE, BalanceActorContract, OrderRefundedEvent, REFUND_TOPICS, RewardReversedEvent, SYNC_BINDING_OUT, SyncJob } from '@dmh/shared';
import { actorRef } from '../dapr/actor-invoker';
import { publish, sendToBinding } from '../dapr/dapr-client';
import { OutboxItem, OutboxRepository } from '../outbox/outbox.repository';
import { runOutboxItem } from '../outbox/outbox.worker';
import { rewardIdentity } from '@dmh/shared';
import { RefundReversalRepository, ReversalData } from './refund-reversal.repository';

export { REFUND_KIND } from './refunds.repository';

/**
 * Finishes a fully refunded order after its transaction committed: each reward is reversed by its
 * beneficiary's BalanceActor (cancelled if it was never credited, clawed back if it was, debt where the
 * balance falls short, and out of the distributor's earnings and counts in the same transaction), then
 * `reward.reversed` and `order.refunded` are published and the sync job sent so the external copy shows
 * the refund. Every step is idempotent, so the outbox relay can re-run all of it after a crash.
 */
export class RefundDispatcher {
  constructor(
    private readonly outbox = new OutboxRepository(),
    private readonly repository = new RefundReversalRepository(),
  ) {}

  async reverse(item: Pick<OutboxItem, 'id' | 'aggregateId'>): Promise<boolean> {
    return runOutboxItem(this.outbox, item, 'refund reversal', async () => {
      const data = await this.repository.reversalData(item.aggregateId);
      if (data.order.payStatus !== 'refunded') throw new Error(`order ${data.order.id} is ${data.order.payStatus}, not refunded`);
      await Promise.all(data.rewards.map((reward) => this.reverseReward(data, reward)));
      await publish(REFUND_TOPICS.orderRefunded, orderRefundedEvent(data));
      const job: SyncJob = {
        jobId: `order:${data.order.id}:refunded`, kind: 'order', orderId: data.order.id, brandId: data.order.brandId,
        requestedAt: new Date().toISOString(),
      };
      await sendToBinding(SYNC_BINDING_OUT, job);
    });
  }

  private async reverseReward(data: ReversalData, reward: ReversalData['rewards'][number]): Promise<void> {
    // One transaction takes it off the balance (or cancels it) and out of the distributor's earnings.
    const result = await actorRef<BalanceActorContract>(BALANCE_ACTOR_TYPE, reward.userId).reverseReward({ rewardId: reward.id, orderId: data.order.id });
    const event: RewardReversedEvent = {
      eventId: `reward.reversed:${reward.id}`,
      ...rewardIdentity(data.order, reward),
      outcome: result.outcome,
      clawedBack: result.clawedBack,
      debtAdded: result.debtAdded,
      balance: result.balance,
      debt: result.debt,
      reversedAt: new Date().toISOString(),
    };
    await publish(REFUND_TOPICS.rewardReversed, event);
  }
}

function orderRefundedEvent(data: ReversalData): OrderRefundedEvent {
  return {
    eventId: `order.refunded:${data.order.id}`,
    orderId: data.order.id,
    orderNo: data.order.orderNo,
    campaignId: data.order.campaignId,
    brandId: data.order.brandId,
    amount: data.order.amount,
    refundedAmount: data.order.refundedAmount,
    rewardIds: data.rewards.map((r) => r.id),
    refundedAt: data.order.refundedAt,
  };
}
