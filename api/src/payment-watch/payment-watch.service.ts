import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import { jobName, type JobSpec, scheduleJob } from '../jobs/dapr-jobs';
import type { PaymentQueries } from '../payments/payment.client';
import type { QueriedOrder } from '../payments/wechatpay.order-query';
import type { SettlementService } from '../settlement/settlement.service';
import { type OrderExpiry, PROVIDER_CLOSED_STATES, providerCode } from './order-expiry.service';
import { PaymentWatchRepository } from './payment-watch.repository';
import { firstQueryDelayMs, nextQueryDelayMs, type WatchTiming } from './watch-schedule';

export const PAY_WATCH_KIND = 'pay-watch';

const KEY = /^(D\d{14}[A-Z0-9]{12})\.(\d{1,4})$/;
/** A firing that fails is tried again by the scheduler (its next attempt is scheduled first, so this is extra). */
const FAILURE_POLICY: JobSpec['failurePolicy'] = { constant: { interval: '10s', maxRetries: 6 } };
/** On the payer's request path: a scheduler that does not answer soon is reported as unavailable. */
const START_TIMEOUT_MS = 5_000;

export interface WatchDeps {
  repository: Pick<PaymentWatchRepository, 'byOrderNo'>;
  schedule: (name: string, spec: JobSpec, timeoutMs?: number) => Promise<void>;
  /** Tests only (test-pause.ts): between WeChat's answer that the order is paid and the paid transaction. */
  beforeApplyingPayment?: (orderNo: string) => Promise<void>;
}

/**
 * The active query of one order, as a chain of one-shot Dapr jobs `pay-watch.<orderNo>.<n>` (they live in
 * the scheduler, so they survive restarts of everything else). The first is scheduled before the prepay is
 * asked for, so no order WeChat knows is left unwatched. When attempt n fires: an order no longer pending
 * and unpaid is done; otherwise attempt n+1 is scheduled first (backoff: watch-schedule), then WeChat Pay
 * is asked. SUCCESS (or REFUND) pays the order through the notification's own path; NOTPAY and USERPAYING
 * wait; CLOSED, REVOKED, PAYERROR or a passed expiry hand the order to the expiry step. A provider error
 * fails the firing (the scheduler retries it; the next attempt is already scheduled).
 */
export class PaymentWatch {
  private readonly deps: WatchDeps;

  constructor(
    private readonly timing: WatchTiming,
    private readonly queries: PaymentQueries,
    private readonly settlement: Pick<SettlementService, 'applyConfirmedPayment'>,
    private readonly expiry: Pick<OrderExpiry, 'enqueue'>,
    deps: Partial<WatchDeps> = {},
  ) {
    this.deps = { repository: new PaymentWatchRepository(), schedule: scheduleJob, ...deps };
  }

  /** Before the prepay: schedules the order's first query, or refuses the payment (503) if the scheduler cannot. */
  async start(orderNo: string, msToExpiry: number | null): Promise<void> {
    try {
      await this.scheduleAttempt(orderNo, 1, firstQueryDelayMs(msToExpiry, this.timing), START_TIMEOUT_MS);
    } catch (err) {
      logger.warn({ err, orderNo }, 'the payment watch could not be scheduled: payment not started');
      throw AppError.unavailable('the payment scheduler');
    }
  }

  /** The handler of PAY_WATCH_KIND jobs: `key` is `<orderNo>.<attempt>`. */
  async fire(key: string): Promise<void> {
    const match = KEY.exec(key);
    if (!match) {
      logger.warn({ key }, 'payment watch with a malformed key ignored');
      return;
    }
    const [, orderNo, n] = match;
    const attempt = Number(n);
    const order = await this.deps.repository.byOrderNo(orderNo);
    if (!order || order.status !== 'pending' || order.payStatus !== 'unpaid') return;

    const next = nextQueryDelayMs(attempt, order.msToExpiry, this.timing);
    if (next !== null) await this.scheduleAttempt(orderNo, attempt + 1, next);
    const asked = await this.ask(orderNo);
    if (asked?.transaction) {
      await this.deps.beforeApplyingPayment?.(orderNo);
      await this.settlement.applyConfirmedPayment(asked.transaction, 'active-query');
      return;
    }
    if (next === null || (asked && PROVIDER_CLOSED_STATES.includes(asked.tradeState))) await this.expiry.enqueue(order.id);
  }

  private async ask(orderNo: string): Promise<QueriedOrder | null> {
    try {
      return await this.queries.queryOrder(orderNo);
    } catch (err) {
      if (providerCode(err) === 'ORDER_NOT_EXIST') return null; // the prepay never reached WeChat
      throw err;
    }
  }

  private scheduleAttempt(orderNo: string, attempt: number, delayMs: number, timeoutMs?: number): Promise<void> {
    const spec: JobSpec = { dueTime: `${Math.max(1, Math.ceil(delayMs / 1000))}s`, data: { orderNo, attempt }, failurePolicy: FAILURE_POLICY };
    return this.deps.schedule(jobName(PAY_WATCH_KIND, `${orderNo}.${attempt}`), spec, timeoutMs);
  }
}
