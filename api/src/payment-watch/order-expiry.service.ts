import { CAMPAIGN_ACTOR_TYPE, type CampaignActorContract, type CloseOrderCommand, type CloseOrderResult, ORDER_LIFECYCLE_TOPICS, type OrderClosedEvent } from '@dmh/shared';
import { logger } from '../common/logger';
import { actorRef } from '../dapr/actor-invoker';
import { publish } from '../dapr/dapr-client';
import type { PaymentQueries } from '../payments/payment.client';
import { PaymentProviderError } from '../payments/payment.errors';
import type { QueriedOrder } from '../payments/wechatpay.order-query';
import { OutboxRepository, type OutboxItem } from '../outbox/outbox.repository';
import { runOutboxItem } from '../outbox/outbox.worker';
import type { SettlementService } from '../settlement/settlement.service';
import { PaymentWatchRepository, type WatchedOrder } from './payment-watch.repository';

/** What WeChat Pay answers for an order that can no longer be paid: DMH closes it too, expired or not. */
export const PROVIDER_CLOSED_STATES: readonly string[] = ['CLOSED', 'REVOKED', 'PAYERROR'];

export interface ExpiryDeps {
  repository: Pick<PaymentWatchRepository, 'byId' | 'enqueueExpiry'>;
  outbox: OutboxRepository;
  closeInCampaign: (campaignId: string, command: CloseOrderCommand) => Promise<CloseOrderResult>;
  announce: (topic: string, event: object) => Promise<void>;
}

const defaultDeps = (): ExpiryDeps => ({
  repository: new PaymentWatchRepository(),
  outbox: new OutboxRepository(),
  closeInCampaign: (campaignId, command) => actorRef<CampaignActorContract>(CAMPAIGN_ACTOR_TYPE, campaignId).closeOrder(command),
  announce: publish,
});

/**
 * The expiry step of one order, idempotent, run as outbox work (kind order.expire) so that a crash half-way
 * is finished by the relay: ask WeChat Pay first (a paid order is paid, through the notification's path,
 * never closed); close it at WeChat (ORDERPAID: it was paid meanwhile, so ask again and pay it; an order
 * WeChat never saw, or closed already, is fine); then close it in DMH through CampaignActor, whose guarded
 * transition gives the seat back, and publish `order.closed`. An order not yet due (its window still open and
 * WeChat still taking payment) is left alone, whoever asked.
 */
export class OrderExpiry {
  private readonly deps: ExpiryDeps;

  constructor(
    private readonly leaseMs: number,
    private readonly queries: PaymentQueries,
    private readonly settlement: Pick<SettlementService, 'applyConfirmedPayment'>,
    deps: Partial<ExpiryDeps> = {},
  ) {
    this.deps = { ...defaultDeps(), ...deps };
  }

  /** Records the expiry work and runs it now; if it is already pending, its own run (or the relay) does it. */
  async enqueue(orderId: string): Promise<void> {
    const outboxId = await this.deps.repository.enqueueExpiry(orderId, this.leaseMs);
    if (outboxId !== null) await this.run({ id: outboxId, aggregateId: orderId });
  }

  /** The outbox handler of EXPIRE_KIND. */
  run(item: Pick<OutboxItem, 'id' | 'aggregateId'>): Promise<boolean> {
    return runOutboxItem(this.deps.outbox, item, 'order expiry', () => this.expire(item.aggregateId));
  }

  async expire(orderId: string): Promise<void> {
    const order = await this.deps.repository.byId(orderId);
    if (!order) return;
    // Closed by an earlier run that stopped before announcing it: announce (consumers dedupe by event id).
    if (order.status === 'cancelled' && order.payStatus === 'unpaid' && order.closedAt) return this.announceClosed(order);
    if (order.status !== 'pending' || order.payStatus !== 'unpaid') return;

    const asked = await this.ask(order.orderNo);
    if (asked?.transaction) return this.pay(asked);
    const closedByProvider = asked !== null && PROVIDER_CLOSED_STATES.includes(asked.tradeState);
    const expired = order.msToExpiry !== null && order.msToExpiry <= 0;
    if (!expired && !closedByProvider) return;

    if (asked !== null && asked.tradeState !== 'CLOSED' && !(await this.closeAtProvider(order.orderNo))) return;
    const result = await this.deps.closeInCampaign(order.campaignId, { orderNo: order.orderNo, reason: expired ? 'expired' : 'provider_closed' });
    if (!result.closed) {
      logger.info({ orderId, result }, 'order not closed: it was paid or closed meanwhile');
      return;
    }
    const closed = await this.deps.repository.byId(orderId);
    if (closed) await this.announceClosed(closed);
  }

  /** The order as WeChat Pay has it; null when WeChat never saw it (no prepay was made). */
  private async ask(orderNo: string): Promise<QueriedOrder | null> {
    try {
      return await this.queries.queryOrder(orderNo);
    } catch (err) {
      if (providerCode(err) === 'ORDER_NOT_EXIST') return null;
      throw err;
    }
  }

  /** True once WeChat will take no payment for it; false when it turned out paid (and was paid here). */
  private async closeAtProvider(orderNo: string): Promise<boolean> {
    try {
      await this.queries.closeOrder(orderNo);
      return true;
    } catch (err) {
      const code = providerCode(err);
      if (code === 'ORDER_NOT_EXIST' || code === 'ORDER_CLOSED') return true;
      if (code !== 'ORDERPAID') throw err;
    }
    const again = await this.queries.queryOrder(orderNo);
    if (!again.transaction) throw new Error(`order ${orderNo}: close answered ORDERPAID, the query ${again.tradeState}`);
    await this.pay(again);
    return false;
  }

  private async pay(asked: QueriedOrder): Promise<void> {
    await this.settlement.applyConfirmedPayment(asked.transaction!, 'order-expiry');
  }

  private async announceClosed(order: WatchedOrder): Promise<void> {
    const event: OrderClosedEvent = {
      eventId: `order.closed:${order.id}`, orderId: order.id, orderNo: order.orderNo, campaignId: order.campaignId, brandId: order.brandId,
      reason: order.closeReason === 'provider_closed' ? 'provider_closed' : 'expired',
      closedAt: (order.closedAt ?? new Date()).toISOString(),
    };
    await this.deps.announce(ORDER_LIFECYCLE_TOPICS.orderClosed, event);
  }
}

export function providerCode(err: unknown): string | undefined {
  return err instanceof PaymentProviderError ? err.details.providerCode : undefined;
}
