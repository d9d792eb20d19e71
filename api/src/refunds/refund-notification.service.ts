import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import type { VerifiedRefund } from '../payments/wechatpay.verifier';
import { recordSecurityEvent } from '../security/security-events.repository';
import { RefundDispatcher } from './refund.dispatcher';
import { RefundsRepository } from './refunds.repository';

export type RefundAnswer = 'refunded' | 'partially_refunded' | 'replay' | 'ignored';

/**
 * A verified refund result (a REFUND.* notification, or the refund API's own signed answer) applied to
 * DMH. The caller verified the signature and decrypted the resource; this records the refund once per
 * out_refund_no, and a full refund's reversal runs right after the commit (the outbox re-drives it if
 * anything stops it). A replay answers success and changes nothing.
 */
export class RefundNotificationService {
  constructor(
    private readonly leaseMs: number,
    private readonly repository = new RefundsRepository(),
    private readonly dispatcher = new RefundDispatcher(),
  ) {}

  async apply(refund: VerifiedRefund, ip: string | undefined): Promise<RefundAnswer> {
    if (refund.refundStatus !== 'SUCCESS') {
      if (refund.refundStatus === 'CLOSED' || refund.refundStatus === 'ABNORMAL') {
        await this.repository.recordFailure(refund.outRefundNo, refund.refundStatus === 'CLOSED' ? 'closed' : 'abnormal');
      }
      logger.info({ outRefundNo: refund.outRefundNo, status: refund.refundStatus }, 'refund result recorded without money moving');
      return 'ignored';
    }
    const outcome = await this.repository.recordSuccess(
      {
        outTradeNo: refund.outTradeNo, outRefundNo: refund.outRefundNo, refundId: refund.refundId,
        totalFen: refund.amount.total, refundFen: refund.amount.refund, succeededAt: new Date(),
      },
      this.leaseMs,
    );
    switch (outcome.kind) {
      case 'applied':
        if (outcome.outboxId) void this.dispatcher.reverse({ id: outcome.outboxId, aggregateId: outcome.orderId });
        logger.info({ orderId: outcome.orderId, outRefundNo: refund.outRefundNo, full: outcome.full }, 'refund recorded');
        return outcome.full ? 'refunded' : 'partially_refunded';
      case 'replay':
        return 'replay';
      case 'unknown_order':
        await recordSecurityEvent('refund_unknown_order', 'high', ip, { outTradeNo: refund.outTradeNo, outRefundNo: refund.outRefundNo });
        throw new AppError('ORDER_NOT_FOUND', 'no such order for this refund');
      case 'not_paid':
        // Possible only if the payment notification has not arrived yet: refusing makes the provider retry later.
        throw new AppError('ORDER_NOT_REFUNDABLE', 'the order is not paid yet');
      case 'mismatch':
        await recordSecurityEvent('refund_mismatch', 'critical', ip, { orderId: outcome.orderId, outRefundNo: refund.outRefundNo, problem: outcome.problem });
        throw new AppError('PAYMENT_AMOUNT_MISMATCH', 'the refund does not match the order');
    }
  }
}
