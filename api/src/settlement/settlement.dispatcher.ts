import { OrderPaidEvent, rewardIdentity, RewardSettledEvent, SyncJob, TOPICS } from '@dmh/shared';
import { OutboxItem, OutboxRepository, SettlementData } from '../outbox/outbox.repository';
import { runOutboxItem } from '../outbox/outbox.worker';
import { observeSettlementDelay } from '../metrics/business-metrics';
import { traceHeader, tracer } from '../common/tracing';
import { parseTraceparent, type Span } from '@dmh/shared/dist/tracing';
import { creditReward, publishEvent, sendSyncJob } from './settlement-channels';

/**
 * Tells the live screens that an order was paid and which rewards were credited (events/notifications.ts:
 * announcePaidOrder, handed over by main.ts). Idempotent: a re-run repeats it harmlessly.
 */
export type PaidOrderAnnouncer = (change: { orderNo: string; status: 'paid'; paidAt: string }, settled: readonly RewardSettledEvent[]) => Promise<void>;

/**
 * Finishes a paid order after its transaction committed: credits each reward through the beneficiary's
 * BalanceActor (all levels at once; the same transaction counts it in the distributor's earnings), then
 * publishes `order.paid` and `reward.settled`, sends the sync job (once the balances hold the rewards,
 * so the brand's copy shows them settled) and tells the live screens (the distributors' feeds, the admins'
 * live stream, the buyer's order stream) through Redis. Every step is idempotent (actor calls keyed by reward id, events by
 * event id, sync upserts by DMH id), so a partial run followed by a full re-run changes nothing twice. A
 * reward the BalanceActor refuses to credit (its order was refunded before it settled) is skipped everywhere.
 * The fast path hands over what the paid transaction just wrote; the relay reads it back.
 */
export class SettlementDispatcher {
  constructor(
    private readonly announce: PaidOrderAnnouncer,
    private readonly outbox = new OutboxRepository(),
  ) {}

  /**
   * `credited` is called once the rewards are in the balances (the part of the settlement the product's 2-s
   * promise and the overload gate are about); events, the sync job and the outbox mark follow, lingering a little
   * for company (settlement-channels).
   */
  async settle(
    item: Pick<OutboxItem, 'id' | 'aggregateId'> & Partial<Pick<OutboxItem, 'createdAt' | 'traceparent'>>, written?: SettlementData, credited?: () => void,
  ): Promise<boolean> {
    // Accepted when the paid transition committed: just now on the fast path, at the outbox row's birth on the relay's.
    const acceptedAt = written ? Date.now() : item.createdAt?.getTime();
    // A span of its own, in the callback's trace (it outlives the callback's answer): its child on the fast path;
    // when the relay re-drives it, the child of the context the outbox row kept (a trace of its own without one).
    const parent = written ? undefined : parseTraceparent(item.traceparent);
    const span = { parent, tags: { 'order.id': item.aggregateId, 'outbox.id': item.id, path: written ? 'fast' : 'relay' } };
    return tracer().inSpan('settle paid order', span, (s) => tracedOutcome(s, runOutboxItem(this.outbox, item, 'settlement', async () => {
      const data = written ?? (await this.outbox.settlementData(item.aggregateId));
      const credits = await Promise.all(
        data.rewards.map((reward) =>
          creditReward(reward.userId, { rewardId: reward.id, orderId: data.order.id, level: reward.level, amount: reward.amount }),
        ),
      );
      if (acceptedAt !== undefined && credits.some((c) => c.credited)) observeSettlementDelay(acceptedAt);
      credited?.();
      // Cancelled before it was credited (its order was refunded first): counted nowhere, announced to no one.
      const settled = data.rewards.flatMap((reward, i) => (credits[i].credited ? [rewardSettledEvent(data, reward, credits[i].balance)] : []));
      const job: SyncJob = {
        jobId: `order:${data.order.id}:paid`, kind: 'order', orderId: data.order.id, brandId: data.order.brandId,
        requestedAt: new Date().toISOString(), ...traceHeader(),
      };
      await Promise.all([
        publishEvent(TOPICS.orderPaid, orderPaidEvent(data)),
        ...settled.map((event) => publishEvent(TOPICS.rewardSettled, event)),
        sendSyncJob(job),
        this.announce({ orderNo: data.order.orderNo, status: 'paid', paidAt: data.order.paidAt }, settled),
      ]);
    })));
  }
}

/** runOutboxItem answers false rather than throw when the work is left for a retry: the span says which. */
async function tracedOutcome(span: Span | undefined, done: Promise<boolean>): Promise<boolean> {
  const ok = await done;
  span?.tag('outcome', ok ? 'done' : 'retrying');
  if (!ok) span?.tag('error', 'incomplete: the outbox relay retries it');
  return ok;
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

function rewardSettledEvent(data: SettlementData, reward: SettlementData['rewards'][number], balance: string): RewardSettledEvent {
  return {
    eventId: `reward.settled:${reward.id}`,
    ...rewardIdentity(data.order, reward),
    balance,
    settledAt: new Date().toISOString(),
  };
}
