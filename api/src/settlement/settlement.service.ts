import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import { payeeMismatch, type MerchantDirectory } from '../payments/merchant-accounts';
import { PaymentNotificationError } from '../payments/payment.errors';
import { HttpHeaders, VerifiedNotification, VerifiedTransaction, WechatPayVerifier } from '../payments/wechatpay.verifier';
import { RefundNotificationService, type RefundAnswer } from '../refunds/refund-notification.service';
import { recordSecurityEvent } from '../security/security-events.repository';
import { SettlementDispatcher } from './settlement.dispatcher';
import { PaidOutcome, SettlementRepository } from './settlement.repository';

export type CallbackAnswer = 'paid' | 'replay' | 'ignored' | RefundAnswer;

/**
 * WeChat Pay's notification, from raw bytes to a paid order. The signature and timestamp are verified
 * before anything else is read; anything forged, stale or malformed is refused and changes nothing. So is a
 * genuine notification for another merchant or app (WeChat's keys may be shared by several merchants): the
 * merchant and app it names are compared with the order's (MerchantDirectory) before anything is written.
 * A replay of an applied notification is a no-op that still answers success (WeChat retries until it
 * hears success). Rewards are settled right after the commit, off the response path. Refund notifications
 * (REFUND.*), whichever callback URL they reach, are verified the same way and handed to the refunds module.
 *
 * Overload: at most `maxInFlight` notifications are worked on at once (from arrival to answer). Past that
 * one is refused at once with 503 and Retry-After (WeChat Pay sends it again later), before anything is read
 * or written, so that in a burst above what the machine takes the answers stay fast instead of queueing past
 * WeChat's 5 s timeout (after which WeChat resends, adding to the load). Settlement is not counted: it runs
 * after the answer, batches better the more is in flight, and the outbox makes it durable (bench/README.md).
 */
export class SettlementService {
  private inFlight = 0;

  constructor(
    private readonly verifier: WechatPayVerifier,
    private readonly merchants: MerchantDirectory,
    private readonly leaseMs: number,
    private readonly maxInFlight = Number.POSITIVE_INFINITY,
    private readonly repository = new SettlementRepository(),
    private readonly dispatcher = new SettlementDispatcher(),
    private readonly refunds = new RefundNotificationService(leaseMs),
    private readonly securityEvent = recordSecurityEvent,
  ) {}

  /** Notifications being worked on now (metrics, tests). */
  get busy(): number {
    return this.inFlight;
  }

  async handleNotification(headers: HttpHeaders, rawBody: Buffer, ip: string | undefined): Promise<CallbackAnswer> {
    if (this.inFlight >= this.maxInFlight) throw AppError.unavailable('payment processing (busy)', 1);
    this.inFlight += 1;
    try {
      return await this.handle(headers, rawBody, ip);
    } finally {
      this.inFlight -= 1;
    }
  }

  private async handle(headers: HttpHeaders, rawBody: Buffer, ip: string | undefined): Promise<CallbackAnswer> {
    let notification;
    try {
      notification = await this.verifier.verifyNotification(headers, rawBody);
    } catch (err) {
      if (!(err instanceof PaymentNotificationError)) throw err;
      await this.securityEvent('payment_callback_refused', 'high', ip, { reason: err.reason });
      throw new AppError('PAYMENT_NOTIFICATION_INVALID', `notification refused: ${err.reason}`);
    }
    await this.refuseOtherMerchant(notification, ip);
    if (notification.refund) return this.refunds.apply(notification.refund, ip);
    if (!notification.transaction || notification.transaction.tradeState !== 'SUCCESS') {
      logger.info({ id: notification.id, eventType: notification.eventType }, 'payment notification acknowledged without change');
      return 'ignored';
    }
    return this.applyPayment(notification.transaction, ip);
  }

  /**
   * A payment WeChat Pay confirmed to DMH's own signed query (an active query, a reconciliation's check)
   * rather than by notification. From here it takes exactly the notification's path: the same merchant
   * check, the same guarded paid transition, the same settlement, so a query and a notification racing
   * for one order pay it once and credit it once. `source` names who asked, for the security events.
   */
  async applyConfirmedPayment(tx: VerifiedTransaction, source: string): Promise<CallbackAnswer> {
    await this.refuseOtherMerchant({ id: `${source}:${tx.transactionId}`, eventType: 'TRANSACTION.SUCCESS', payee: { mchid: tx.mchid, appid: tx.appid }, transaction: tx }, undefined);
    return this.applyPayment(tx, undefined);
  }

  /** A notification naming another merchant or app than the order's is refused before anything is written. */
  private async refuseOtherMerchant(notification: Pick<VerifiedNotification, 'id' | 'eventType' | 'payee' | 'transaction' | 'refund'>, ip: string | undefined): Promise<void> {
    const subject = notification.transaction ?? notification.refund;
    if (!subject) return;
    const mismatch = payeeMismatch(await this.merchants.forOrder(subject.outTradeNo), notification.payee);
    if (!mismatch) return;
    const [kind, ids] = notification.refund
      ? ['refund', { outRefundNo: notification.refund.outRefundNo }]
      : ['payment', { transactionId: notification.transaction?.transactionId }];
    await this.securityEvent(`${kind}_merchant_mismatch`, 'critical', ip, {
      notificationId: notification.id, eventType: notification.eventType, outTradeNo: subject.outTradeNo, ...ids, ...mismatch,
    });
    throw new AppError('PAYMENT_MERCHANT_MISMATCH', `notification refused: it is for another ${mismatch.field === 'mchid' ? 'merchant' : 'app'}`);
  }

  private async applyPayment(tx: VerifiedTransaction, ip: string | undefined): Promise<CallbackAnswer> {
    const outcome: PaidOutcome = await this.repository.markPaid(
      { outTradeNo: tx.outTradeNo, transactionId: tx.transactionId, amountFen: tx.amountTotal, paidAt: paidAt(tx.successTime) },
      this.leaseMs,
    );
    switch (outcome.kind) {
      case 'paid':
        // Off the response path; whatever it does not finish, the outbox relay does.
        void this.dispatcher.settle({ id: outcome.outboxId, aggregateId: outcome.orderId }, outcome.data);
        return 'paid';
      case 'replay':
        return 'replay';
      case 'unknown_order':
        await this.securityEvent('payment_unknown_order', 'high', ip, { outTradeNo: tx.outTradeNo, transactionId: tx.transactionId });
        throw new AppError('ORDER_NOT_FOUND', 'no such order for this notification');
      case 'amount_mismatch':
        await this.securityEvent('payment_amount_mismatch', 'critical', ip, { ...outcome, transactionId: tx.transactionId });
        throw new AppError('PAYMENT_AMOUNT_MISMATCH');
      case 'conflict':
        // A second, different payment for an order already paid: money to hand back, never a second settlement.
        await this.securityEvent('payment_duplicate_trade', 'high', ip, { ...outcome, firstTradeKept: true });
        return 'replay';
    }
  }
}

function paidAt(successTime: string | undefined): Date {
  const parsed = successTime ? new Date(successTime) : new Date();
  return Number.isNaN(parsed.getTime()) ? new Date() : parsed;
}
