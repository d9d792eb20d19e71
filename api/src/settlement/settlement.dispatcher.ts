import {
  BALANCE_ACTOR_TYPE, BalanceActorContract, DISTRIBUTOR_ACTOR_TYPE, DistributorActorContract, OrderPaidEvent,
  RewardSettledEvent, SYNC_BINDING_OUT, SyncJob, TOPICS,
} from '@dmh/shared';
import { actorRef } from '../dapr/actor-invoker';
import { publish, sendToBinding } from '../dapr/dapr-client';
import { OutboxItem, OutboxRepository, SettlementData } from './outbox.repository';
import { runOutboxItem } from './outbox.worker';

/**
 * Finishes a paid order after its transaction committed: publishes `order.paid`, credits each reward
 * through the beneficiary's BalanceActor and counts it on the DistributorActor, publishes `reward.settled`,
 * and sends the sync job. Every step is idempotent (actor calls keyed by reward id, events by event id,
 * sync upserts by DMH id), so a partial run followed by a full re-run changes nothing twice. A reward the
 * BalanceActor refuses to credit (its order was refunded before it settled) is skipped everywhere.
 */
export class SettlementDispatcher {
  constructor(private readonly outbox = new OutboxRepository()) {}

  async settle(item: Pick<OutboxItem, 'id' | 'aggregateId'>): Promise<boolean> {
    return runOutboxItem(this.outbox, item, 'settlement', async () => {
      const data = await this.outbox.settlementData(item.aggregateId);
      await publish(TOPICS.orderPaid, orderPaidEvent(data));
      await Promise.all(data.rewards.map((reward) => this.creditReward(data, reward)));
      const job: SyncJob = {
        jobId: `order:${data.order.id}:paid`, kind: 'order', orderId: data.order.id, brandId: data.order.brandId,
        requestedAt: new Date().toISOString(),
      };
      await sendToBinding(SYNC_BINDING_OUT, job);
    });
  }

  private async creditReward(data: SettlementData, reward: SettlementData['rewards'][number]): Promise<void> {
    const command = { rewardId: reward.id, orderId: data.order.id, level: reward.level, amount: reward.amount };
    const credit = await actorRef<BalanceActorContract>(BALANCE_ACTOR_TYPE, reward.userId).creditReward(command);
    // Cancelled before it was credited (its order was refunded first): counted nowhere, announced to no one.
    if (!credit.credited) return;
    await actorRef<DistributorActorContract>(DISTRIBUTOR_ACTOR_TYPE, reward.distributorId).recordReward(command);
    const event: RewardSettledEvent = {
      eventId: `reward.settled:${reward.id}`,
      rewardId: reward.id,
      orderId: data.order.id,
      campaignId: data.order.campaignId,
      brandId: data.order.brandId,
      userId: reward.userId,
      distributorId: reward.distributorId,
      level: reward.level,
      amount: reward.amount,
      balance: credit.balance,
      settledAt: new Date().toISOString(),
    };
    await publish(TOPICS.rewardSettled, event);
  }
}

function orderPaidEvent(data: SettlementData): OrderPaidEvent {
  return {
    eventId: `order.paid:${data.order.id}`,
    orderId: data.order.id,
    orderNo: data.order.orderNo,
    campaignId: data.order.campaignId,
    brandId: data.order.brandId,
    amount: data.order.amount,
    tradeNo: data.order.tradeNo,
    paidAt: data.order.paidAt,
    rewardIds: data.rewards.map((r) => r.id),
  };
}
