import { fromCents, toCents } from '@dmh/shared';
import { recordAudit, type AuditActor } from '../audit/audit.service';
import type { Principal } from '../common/principal';
import { brandScope } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import { config } from '../config';
import { PaymentProviderError } from '../payments/payment.errors';
import { AdminRefundsRepository, type OpenedRefund } from './admin-refunds.repository';
import type { RefundProvider } from './refund.client';
import { RefundNotificationService } from './refund-notification.service';
import { RefundWatch } from './refund-watch';
import { refundProvider } from './refund.setup';
import { RefundsRepository, type RefundView } from './refunds.repository';

export interface AdminRefundResult {
  refund: RefundView;
  order: { id: string; status: string; payStatus: string };
}

/**
 * An admin refunds (part of) a paid order of their brands. The refund is recorded and audited first, then
 * asked of the provider with its out_refund_no (which the provider dedupes, so a retry after a timeout is
 * safe); its signed answer, like its notification, is applied by the refund notification code, whichever
 * arrives first. Money and rewards move only when the provider says the refund succeeded. A refund answered
 * PROCESSING stays `processing`, watched (refund-watch.ts: queried until it ends) from before it is recorded.
 */
export class AdminRefundsService {
  constructor(
    private readonly provider: () => RefundProvider = () => refundProvider(),
    private readonly repository = new AdminRefundsRepository(),
    private readonly refunds = new RefundsRepository(),
    private readonly results = new RefundNotificationService(config().OUTBOX_LEASE_MS),
    private readonly watch = new RefundWatch(),
  ) {}

  async refund(
    orderId: string,
    body: { amount?: string; reason?: string },
    principal: Principal,
    actor: AuditActor,
    ip: string,
  ): Promise<AdminRefundResult> {
    const opened = await this.repository.open(
      brandScope(principal),
      orderId,
      { amountFen: body.amount === undefined ? null : toCents(body.amount), reason: body.reason ?? null, requestedBy: principal.userId },
      async (em, refund) => {
        await recordAudit(em, actor, {
          action: 'order.refund', resource: 'order', resourceId: orderId, brandId: refund.brandId,
          after: { outRefundNo: refund.outRefundNo, amount: fromCents(refund.refundFen), reason: refund.reason },
        });
        // Watched before the refund row commits: no crash can leave a refund in process without its watch
        // (a watch whose refund never committed finds nothing and stops).
        await this.startWatch(refund.outRefundNo);
      },
    );
    switch (opened.kind) {
      case 'not_found':
        throw new AppError('ORDER_NOT_FOUND');
      case 'not_refundable':
        throw new AppError('ORDER_NOT_REFUNDABLE', `the order is ${opened.status}`);
      case 'exceeds':
        throw new AppError('REFUND_AMOUNT_EXCEEDED', `at most ${opened.refundable} can be refunded`, [
          { field: 'body.amount', code: 'too_big', message: `at most ${opened.refundable} can be refunded` },
        ]);
      case 'in_flight':
        // Asked again (its answer was lost, or it is taking long): its watch is scheduled again first.
        await this.startWatch(opened.refund.outRefundNo);
        await this.ask(opened.refund, ip);
        break;
      case 'created':
        await this.ask(opened.refund, ip);
    }
    const refund = await this.refunds.findByOutRefundNo(opened.refund.outRefundNo);
    if (!refund) throw new Error(`refund ${opened.refund.outRefundNo} vanished`);
    return { refund, order: { id: orderId, ...(await this.repository.orderState(orderId)) } };
  }

  private async startWatch(outRefundNo: string): Promise<void> {
    await this.watch.watch(outRefundNo).catch((err: unknown) => {
      logger.warn({ err, outRefundNo }, 'refund watch not scheduled: the refund is not asked');
      throw AppError.unavailable('the job scheduler');
    });
  }

  private async ask(refund: OpenedRefund, ip: string): Promise<void> {
    let result;
    try {
      result = await this.provider().refund({
        outTradeNo: refund.orderNo, outRefundNo: refund.outRefundNo, refundFen: refund.refundFen, totalFen: refund.totalFen,
        ...(refund.reason && { reason: refund.reason }),
      });
    } catch (err) {
      if (!(err instanceof PaymentProviderError)) throw err;
      const status = err.details.status ?? 0;
      if (err.reason === 'http_error' && status >= 400 && status < 500 && status !== 429) {
        // The provider said no (not enough merchant funds, order too old…): this refund will not happen.
        await this.refunds.recordFailure(refund.outRefundNo, 'failed');
        await this.watch.unwatch(refund.outRefundNo);
        throw new AppError('REFUND_REFUSED', `the payment provider refused the refund${err.details.providerCode ? ` (${err.details.providerCode})` : ''}`);
      }
      // Unknown outcome: the refund stays 'processing'; asking again re-sends the same out_refund_no.
      throw AppError.unavailable('the payment provider');
    }
    await this.results.apply(result, ip);
    if (result.refundStatus !== 'PROCESSING') await this.watch.unwatch(refund.outRefundNo);
  }
}
