import { ORDER_LIFECYCLE_TOPICS, type OrderLatePaymentEvent, toCents } from '@dmh/shared';
import { logger } from '../common/logger';
import { publish } from '../dapr/dapr-client';
import { PaymentProviderError } from '../payments/payment.errors';
import type { RefundProvider } from '../refunds/refund.client';
import { RefundNotificationService } from '../refunds/refund-notification.service';
import { refundProvider } from '../refunds/refund.setup';
import { RefundWatch } from '../refunds/refund-watch';
import { RefundsRepository } from '../refunds/refunds.repository';
import { recordSecurityEvent } from '../security/security-events.repository';
import { ClosedOrderPaymentRepository, type LatePaymentState } from './closed-order-payment.repository';
import { OutboxItem, OutboxRepository } from '../outbox/outbox.repository';
import { runOutboxItem } from '../outbox/outbox.worker';

/**
 * Finishes a payment that arrived after its order was closed (outbox kind order.late-payment). Re-seated:
 * `order.late-payment` (seated) is published; `order.paid` follows from the settlement as for any payment.
 * No seat: the full refund recorded with the payment is watched (refund-watch) and asked of the provider (the same out_refund_no every
 * time, which the provider dedupes), its signed answer applied by the refund code as an admin refund's is,
 * then `order.late-payment` (refunded) is published. A refusal by the provider is recorded on the refund and
 * raised as a critical security event: the money has to be returned by hand. Any other failure is retried.
 */
export class LatePaymentDispatcher {
  constructor(
    leaseMs: number,
    private readonly provider: () => RefundProvider = () => refundProvider(),
    private readonly repository = new ClosedOrderPaymentRepository(),
    private readonly outbox = new OutboxRepository(),
    private readonly results = new RefundNotificationService(leaseMs),
    private readonly refunds = new RefundsRepository(),
    private readonly announce: (topic: string, event: object) => Promise<void> = publish,
    private readonly securityEvent = recordSecurityEvent,
    private readonly refundWatch: Pick<RefundWatch, 'watch'> = new RefundWatch(),
  ) {}

  async run(item: Pick<OutboxItem, 'id' | 'aggregateId'>): Promise<boolean> {
    return runOutboxItem(this.outbox, item, 'late payment', async () => {
      const state = await this.repository.latePaymentState(item.aggregateId);
      if (!state.refund) {
        await this.announce(ORDER_LIFECYCLE_TOPICS.orderLatePayment, event(state, 'seated'));
        return;
      }
      if (state.refund.status === 'processing' && !(await this.askRefund(state, state.refund))) return;
      await this.announce(ORDER_LIFECYCLE_TOPICS.orderLatePayment, event(state, 'refunded'));
    });
  }

  /** False when the provider refused the refund (recorded, raised); throws when the outcome is unknown. */
  private async askRefund(state: LatePaymentState, refund: NonNullable<LatePaymentState['refund']>): Promise<boolean> {
    // WeChat answers most refunds PROCESSING: the refund watch (refunds/refund-watch) queries it until it
    // ends, as for an admin's refund. Scheduled before asking, so no refund is asked unwatched.
    await this.refundWatch.watch(refund.outRefundNo);
    try {
      const answer = await this.provider().refund({
        outTradeNo: state.orderNo, outRefundNo: refund.outRefundNo, refundFen: toCents(refund.amount), totalFen: toCents(state.amount),
        ...(refund.reason && { reason: refund.reason }),
      });
      await this.results.apply(answer, undefined);
      return true;
    } catch (err) {
      const status = err instanceof PaymentProviderError ? (err.details.status ?? 0) : 0;
      if (!(err instanceof PaymentProviderError) || err.reason !== 'http_error' || status < 400 || status >= 500 || status === 429) throw err;
      await this.refunds.recordFailure(refund.outRefundNo, 'failed');
      await this.securityEvent('late_payment_refund_refused', 'critical', undefined, {
        orderId: state.orderId, outRefundNo: refund.outRefundNo, providerCode: err.details.providerCode,
      });
      logger.error({ orderId: state.orderId, outRefundNo: refund.outRefundNo, err }, 'the provider refused the refund of a payment without a seat: refund it by hand');
      return false;
    }
  }
}

function event(state: LatePaymentState, outcome: OrderLatePaymentEvent['outcome']): OrderLatePaymentEvent {
  return {
    eventId: `order.late-payment:${state.orderId}`,
    orderId: state.orderId, orderNo: state.orderNo, campaignId: state.campaignId, brandId: state.brandId, tradeNo: state.tradeNo ?? '',
    outcome,
    ...(state.refund && { outRefundNo: state.refund.outRefundNo, ...(state.refund.reason && { reason: state.refund.reason }) }),
  };
}
