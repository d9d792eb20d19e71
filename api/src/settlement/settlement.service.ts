import { CAMPAIGN_ACTOR_TYPE, type CampaignActorContract } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import { payeeMismatch, type MerchantDirectory } from '../payments/merchant-accounts';
import { PaymentNotificationError } from '../payments/payment.errors';
import { HttpHeaders, VerifiedNotification, VerifiedTransaction, WechatPayVerifier } from '../payments/wechatpay.verifier';
import { RefundNotificationService, type RefundAnswer } from '../refunds/refund-notification.service';
import { recordSecurityEvent } from '../security/security-events.repository';
import { actorRef } from '../dapr/actor-invoker';
import { traceHeader } from '../common/tracing';
import { countPaymentCallback } from '../metrics/business-metrics';
import { AnswerTimeLimit } from './answer-time-limit';
import { answeredOutcome, refusedOutcome } from './callback-outcome';
import { ClosedOrderPaymentRepository } from './closed-order-payment.repository';
import type { EventLoopLag } from './event-loop-lag';
import { LatePaymentDispatcher } from './late-payment.dispatcher';
import { SettlementDispatcher } from './settlement.dispatcher';
import { Coalescer } from '../common/coalescer';
import { BatchedPaidOutcome, PaidOutcome, PaidTransaction, SettlementRepository } from './settlement.repository';

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
 * Overload: a notification is refused at once with 503 and Retry-After (WeChat Pay sends it again later),
 * before anything is read or written, when as many notifications are being worked on (arrival to answer)
 * as the bound allows (`limits.callbacks`, fewer while answers take longer than `limits.callbacksTargetMs`),
 * or when `limits.settling` accepted payments are still being settled after their answer (or the oldest for
 * longer than `limits.settlingMaxAgeMs`), or while this process's event loop runs late (`limits.eventLoop`). The first keeps the answers well inside WeChat's 5 s timeout in
 * a burst; the others are the back-pressure: settlement runs after the answer (it batches better the more
 * is queued, and the outbox makes it durable), so without a bound a sustained burst above what the machine
 * settles would pile work into this process's event loop until even a 503 waits seconds for its turn. With
 * it the excess is turned away cheaply and retried by WeChat later.
 */
export interface OverloadLimits {
  /** Notifications being worked on, arrival to answer. */
  callbacks: number;
  /**
   * The answer time aimed at: while notifications take longer than this from arrival to answer, the bound
   * on those worked on at once shrinks from `callbacks` (to no fewer than CALLBACKS_ALWAYS_TAKEN), and it
   * grows back while they do not (AnswerTimeLimit). Default: the bound is `callbacks` whatever the time.
   */
  callbacksTargetMs?: number;
  /**
   * Accepted payments whose rewards are not credited yet (the events and the sync job that follow linger on
   * purpose, for company, and are not counted: settlement-channels).
   */
  settling: number;
  /**
   * How long the oldest accepted payment may have been waiting for its credits before new notifications are refused: past it
   * the machine is not keeping up (its credits are already late), whatever the count. A count alone cannot
   * tell a fast machine's harmless burst from a slow machine's growing queue; the age can. Default: no limit.
   */
  settlingMaxAgeMs?: number;
  /**
   * This process's event loop, watched: while it runs late (EventLoopLag) new notifications are refused too.
   * The counts and the age above measure the work in hand; this sees the one thread that answers and settles
   * falling behind whatever the work. Default: not watched.
   */
  eventLoop?: EventLoopLag;
}

/** The least the adaptive bound on notifications in hand shrinks to (or `limits.callbacks`, if lower). */
export const CALLBACKS_ALWAYS_TAKEN = 16;

/**
 * Paid transitions in flight at once, and notifications per transition at most. A notification that finds fewer
 * than PAID_TOGETHER_IN_FLIGHT transitions running is applied at once, alone (markPaid, as at a light load);
 * those that arrive meanwhile wait for the next free one and are applied together in one transaction
 * (markPaidTogether: two round trips and one commit for all). Under load the paid transition then costs a
 * fraction of a transaction per notification instead of one each; the lean pool holds a connection for each.
 */
export const PAID_TOGETHER_IN_FLIGHT = 4;
export const PAID_TOGETHER_MAX = 32;

export const NO_LIMITS: OverloadLimits = { callbacks: Number.POSITIVE_INFINITY, settling: Number.POSITIVE_INFINITY };

export class SettlementService {
  private inFlight = 0;
  private readonly callbackLimit: AnswerTimeLimit | undefined;
  /** When each accepted payment still settling was accepted (Date.now()), oldest first (a Map keeps insertion order). */
  private readonly settlingSince = new Map<number, number>();
  private settlements = 0;
  /** Paid transitions: one notification alone when a transition is free, those that waited together (see PAID_TOGETHER_IN_FLIGHT). */
  private readonly paidTransitions = new Coalescer<PaidTransaction, PaidOutcome | BatchedPaidOutcome>(
    (_key, txs) => this.applyTogether(txs), PAID_TOGETHER_MAX, PAID_TOGETHER_IN_FLIGHT,
  );

  constructor(
    private readonly verifier: WechatPayVerifier,
    private readonly merchants: MerchantDirectory,
    private readonly leaseMs: number,
    private readonly limits: OverloadLimits,
    private readonly dispatcher: SettlementDispatcher,
    private readonly repository = new SettlementRepository(),
    private readonly refunds = new RefundNotificationService(leaseMs),
    private readonly securityEvent = recordSecurityEvent,
    private readonly closedPayments = new ClosedOrderPaymentRepository(),
    private readonly latePayments = new LatePaymentDispatcher(leaseMs),
    private readonly reseat: (campaignId: string, orderNo: string) => ReturnType<CampaignActorContract['reseatOrder']> = (campaignId, orderNo) =>
      actorRef<CampaignActorContract>(CAMPAIGN_ACTOR_TYPE, campaignId).reseatOrder({ orderNo }),
  ) {
    this.callbackLimit = limits.callbacksTargetMs === undefined || !Number.isFinite(limits.callbacks)
      ? undefined
      : new AnswerTimeLimit(Math.min(CALLBACKS_ALWAYS_TAKEN, limits.callbacks), limits.callbacks, limits.callbacksTargetMs);
  }

  /** Notifications being worked on now (metrics, tests). */
  get busy(): number {
    return this.inFlight;
  }

  /** How many notifications may be worked on at once now (metrics, tests). */
  get callbacksBound(): number {
    return this.callbackLimit?.limit ?? this.limits.callbacks;
  }

  /** Whether notifications are refused now because the event loop ran late (metrics). */
  get loopLate(): boolean {
    return this.limits.eventLoop?.lateNow ?? false;
  }

  /** Accepted payments whose credits are not in yet on the fast path (metrics, tests). */
  get settlingNow(): number {
    return this.settlingSince.size;
  }

  /** Every notification's outcome is counted (dmh_payment_callbacks_total): the payment success rate's source. */
  async handleNotification(headers: HttpHeaders, rawBody: Buffer, ip: string | undefined): Promise<CallbackAnswer> {
    const seen = { refund: false };
    try {
      const answer = await this.admitted(headers, rawBody, ip, seen);
      countPaymentCallback(answeredOutcome(answer, seen.refund));
      return answer;
    } catch (err) {
      countPaymentCallback(refusedOutcome(err));
      throw err;
    }
  }

  private async admitted(headers: HttpHeaders, rawBody: Buffer, ip: string | undefined, seen: { refund: boolean }): Promise<CallbackAnswer> {
    const takenAt = Date.now();
    if (!(this.callbackLimit?.admits(this.inFlight, takenAt) ?? this.inFlight < this.limits.callbacks)) throw AppError.unavailable('payment processing (busy)', 1);
    if (this.settlingSince.size >= this.limits.settling) throw AppError.unavailable('payment processing (settlement backlog)', 1);
    if (this.limits.eventLoop?.isLate(takenAt)) throw AppError.unavailable('payment processing (event loop late)', 1);
    if (ageOfOldest(this.settlingSince, takenAt) > (this.limits.settlingMaxAgeMs ?? Number.POSITIVE_INFINITY)) {
      throw AppError.unavailable('payment processing (settlements running late)', 1);
    }
    this.inFlight += 1;
    try {
      return await this.handle(headers, rawBody, ip, seen);
    } finally {
      this.inFlight -= 1;
      const now = Date.now();
      this.callbackLimit?.answered(now - takenAt, now);
    }
  }

  private async handle(headers: HttpHeaders, rawBody: Buffer, ip: string | undefined, seen: { refund: boolean }): Promise<CallbackAnswer> {
    let notification;
    try {
      notification = await this.verifier.verifyNotification(headers, rawBody);
    } catch (err) {
      if (!(err instanceof PaymentNotificationError)) throw err;
      await this.securityEvent('payment_callback_refused', 'high', ip, { reason: err.reason });
      throw new AppError('PAYMENT_NOTIFICATION_INVALID', `notification refused: ${err.reason}`);
    }
    await this.refuseOtherMerchant(notification, ip);
    if (notification.refund) {
      seen.refund = true;
      return this.refunds.apply(notification.refund, ip);
    }
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

  private async applyPayment(tx: VerifiedTransaction, ip: string | undefined, afterReseat = false): Promise<CallbackAnswer> {
    const paid = { outTradeNo: tx.outTradeNo, transactionId: tx.transactionId, amountFen: tx.amountTotal, paidAt: paidAt(tx.successTime), ...traceHeader() };
    const together = afterReseat ? { kind: 'alone' as const } : await this.paidTransitions.submit('paid', paid);
    const outcome: PaidOutcome = together.kind === 'alone' ? await this.repository.markPaid(paid, this.leaseMs) : together;
    switch (outcome.kind) {
      case 'paid': {
        // Off the response path; whatever it does not finish, the outbox relay does.
        const ticket = (this.settlements += 1);
        this.settlingSince.set(ticket, Date.now());
        const credited = () => void this.settlingSince.delete(ticket);
        void this.dispatcher.settle({ id: outcome.outboxId, aggregateId: outcome.orderId }, outcome.data, credited).finally(credited);
        if (outcome.lateOutboxId) void this.latePayments.run({ id: outcome.lateOutboxId, aggregateId: outcome.orderId });
        return 'paid';
      }
      case 'closed':
        // Still closed after a re-seat said it is not: someone closed it again meanwhile; WeChat retries.
        if (afterReseat) throw AppError.unavailable('payment of a closed order (closed again meanwhile)', 1);
        return this.payClosedOrder(tx, paid, outcome, ip);
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

  /**
   * One notification: markPaid, with every outcome. Several: markPaidTogether pays those payable now in one
   * transaction and leaves the others to markPaid (a replay, a refusal, a closed order), one by one after it.
   * If the shared transaction fails, nothing of it was written (or, past its commit, what was written is a
   * replay to markPaid): every notification of it is then taken alone, so one bad order never fails the others.
   */
  private async applyTogether(txs: PaidTransaction[]): Promise<(PaidOutcome | BatchedPaidOutcome)[]> {
    if (txs.length === 1) return [await this.repository.markPaid(txs[0]!, this.leaseMs)];
    try {
      return await this.repository.markPaidTogether(txs, this.leaseMs);
    } catch (err) {
      logger.warn({ err, notifications: txs.length }, 'paid transition of several notifications failed: each taken alone');
      return txs.map(() => ({ kind: 'alone' }));
    }
  }

  /**
   * The money was taken for an order DMH had closed (a payment racing the close). CampaignActor gives it
   * its seat back if the quota has room, and the normal paid path follows; otherwise the payment is recorded
   * and refunded at once (closed-order-payment.repository, late-payment.dispatcher). Both are announced.
   */
  private async payClosedOrder(
    tx: VerifiedTransaction,
    paid: PaidTransaction,
    closed: { orderId: string; campaignId: string },
    ip: string | undefined,
  ): Promise<CallbackAnswer> {
    const seat = await this.reseat(closed.campaignId, tx.outTradeNo);
    if (seat.reseated || seat.reason === 'not_closed') return this.applyPayment(tx, ip, true);
    const recorded = await this.closedPayments.recordPaidWhileClosed(paid, this.leaseMs, seat.reason === 'rejoined' ? 'rejoined' : 'no_seat');
    switch (recorded.kind) {
      case 'recorded':
        logger.warn({ orderId: recorded.orderId, outTradeNo: tx.outTradeNo, why: seat.reason }, 'payment for a closed order without a seat: refunding it');
        void this.latePayments.run({ id: recorded.outboxId, aggregateId: recorded.orderId });
        return 'paid';
      case 'replay':
        return 'replay';
      case 'conflict':
        await this.securityEvent('payment_duplicate_trade', 'high', ip, { ...recorded, firstTradeKept: true });
        return 'replay';
      case 'reopened':
        return this.applyPayment(tx, ip, true);
    }
  }
}

function paidAt(successTime: string | undefined): Date {
  const parsed = successTime ? new Date(successTime) : new Date();
  return Number.isNaN(parsed.getTime()) ? new Date() : parsed;
}

/** Age of the oldest entry of a map of start times kept in insertion order (0 when empty). */
function ageOfOldest(since: ReadonlyMap<number, number>, now: number): number {
  const oldest = since.values().next();
  return oldest.done ? 0 : now - oldest.value;
}
