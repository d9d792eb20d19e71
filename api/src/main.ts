import 'reflect-metadata';
import { collectProcessMetrics } from '@dmh/shared/dist/metrics';
import { register } from 'prom-client';
import { createApp } from './app';
import { announcePaidOrder } from './events/notifications';
import { config } from './config';
import { openDatabase } from './common/database';
import { logger } from './common/logger';
import { closeLeanPool } from './common/lean-sql';
import { redisClient } from './common/redis';
import { MemberMatcher } from './members/member-matching.service';
import { createPayments } from './payments/payment.setup';
import { RECONCILIATION_JOB_KIND, reconciliationJobHandler, scheduleDailyReconciliation } from './reconciliation/reconciliation.job';
import { DifferenceResolver } from './reconciliation/reconciliation.repair';
import { ReconciliationService } from './reconciliation/reconciliation.service';
import { REFUND_KIND, RefundDispatcher } from './refunds/refund.dispatcher';
import { REFUND_WATCH_KIND, RefundWatch } from './refunds/refund-watch';
import { EXPIRY_SWEEP_KIND, ExpirySweep, scheduleExpirySweep } from './payment-watch/order-expiry.sweep';
import { OrderExpiry } from './payment-watch/order-expiry.service';
import { EXPIRE_KIND } from './payment-watch/payment-watch.repository';
import { PAY_WATCH_KIND, PaymentWatch } from './payment-watch/payment-watch.service';
import { pauseBeforeApplyingPayment } from './payment-watch/test-pause';
import { OutboxRelay } from './outbox/outbox.relay';
import { LatePaymentDispatcher } from './settlement/late-payment.dispatcher';
import { SettlementDispatcher } from './settlement/settlement.dispatcher';
import { LATE_PAYMENT_KIND, SETTLE_KIND } from './settlement/settlement.repository';
import { SettlementService } from './settlement/settlement.service';
import { WITHDRAWAL_PAYOUT_KIND, WITHDRAWAL_RELEASE_KIND, WithdrawalDispatcher } from './withdrawals/withdrawal.dispatcher';
import { DashboardRollup } from './dashboard/rollup';
import { watchOutboxBacklog, watchPaymentLoad } from './metrics/backlog-metrics';
import { EventLoopLag } from './settlement/event-loop-lag';
import { OpsRepository } from './ops/ops.repository';
import { endEventStreams } from './order-events/event-stream';

/**
 * Waits (briefly) for the Redis connection so the first requests do not meet a connection still opening
 * (the client queues nothing while offline, by design). Redis down is not fatal: rate limits let calls
 * through and caches fall back to MySQL until it is back.
 */
function redisReady(timeoutMs: number): Promise<void> {
  const client = redisClient();
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      logger.warn({ status: client.status }, 'Redis is not ready: starting without it');
      resolve();
    }, timeoutMs);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The API process: Express under /api/v1 behind the `dmh-api` sidecar, plus the settlement outbox relay. */
async function main(): Promise<void> {
  const c = config();
  const db = await openDatabase();
  await redisReady(2_000);
  const payments = createPayments(c);
  if (payments.certificates) {
    const outcome = await payments.certificates.start();
    logger.info({ verifyMode: payments.verifyMode, ...outcome }, 'WeChat Pay platform certificates at start');
  }
  // The paid orders' settlement, on the fast path (right after a payment's commit) and for the outbox relay.
  const settlements = new SettlementDispatcher(announcePaidOrder);
  const settlement = new SettlementService(payments.verifier, payments.merchants, c.OUTBOX_LEASE_MS, {
    callbacks: c.PAYMENT_CALLBACKS_MAX_IN_FLIGHT,
    callbacksTargetMs: c.PAYMENT_CALLBACKS_TARGET_MS,
    settling: c.PAYMENT_SETTLEMENTS_MAX_BACKLOG,
    settlingMaxAgeMs: c.PAYMENT_SETTLEMENTS_MAX_AGE_MS,
    eventLoop: new EventLoopLag(c.PAYMENT_LOOP_LATE_MS),
  }, settlements);
  const reconciliation = new ReconciliationService(payments.provider, new DifferenceResolver(payments.provider, settlement), {
    leaseSeconds: c.RECONCILIATION_LEASE_SECONDS,
    // WeChat bills a day after 10:00 the next morning; the sandbox bills any day at once, today included.
    latestDaysAgo: payments.mode === 'sandbox' ? 0 : 1,
    oldestDaysAgo: 90,
  });
  // Active query, expiry and close (payment-watch): Dapr jobs fire them; the outbox finishes what they start.
  const expiry = new OrderExpiry(c.OUTBOX_LEASE_MS, payments.queries, settlement);
  const timing = {
    firstDelayMs: c.PAYMENT_QUERY_DELAY_SECONDS * 1000, maxIntervalMs: c.PAYMENT_QUERY_MAX_INTERVAL_SECONDS * 1000, expiryMarginMs: c.PAYMENT_EXPIRY_MARGIN_SECONDS * 1000,
  };
  const watch = new PaymentWatch(timing, payments.queries, settlement, expiry, {
    ...(c.PAYMENT_WATCH_TEST_PAUSE_FILE && { beforeApplyingPayment: pauseBeforeApplyingPayment(c.PAYMENT_WATCH_TEST_PAUSE_FILE, c.PAYMENT_WATCH_TEST_PAUSE_MS) }),
  });
  const sweep = new ExpirySweep(expiry, c.ORDER_EXPIRY_SWEEP_BATCH);
  const jobs = {
    [PAY_WATCH_KIND]: (key: string) => watch.fire(key),
    [EXPIRY_SWEEP_KIND]: async () => void (await sweep.sweep()),
    [REFUND_WATCH_KIND]: new RefundWatch().fire,
    [RECONCILIATION_JOB_KIND]: reconciliationJobHandler(reconciliation),
  };
  const app = createApp({ settlement, payments: payments.provider, reconciliation, jobs, watch });
  // GET /metrics: Node's process metrics, and the backlogs read on each scrape (never on a request's path).
  collectProcessMetrics(register, 'dmh-api');
  const ops = new OpsRepository();
  watchOutboxBacklog(() => ops.outboxBacklog());
  watchPaymentLoad(settlement);
  // Every kind of outbox work and what finishes it: the relay re-drives what the fast path did not finish.
  const refunds = new RefundDispatcher();
  const withdrawals = new WithdrawalDispatcher();
  const latePayments = new LatePaymentDispatcher(c.OUTBOX_LEASE_MS);
  const relay = new OutboxRelay(c.OUTBOX_POLL_MS, c.OUTBOX_LEASE_MS, {
    [SETTLE_KIND]: (item) => settlements.settle(item),
    [REFUND_KIND]: (item) => refunds.reverse(item),
    [WITHDRAWAL_RELEASE_KIND]: (item) => withdrawals.release(item),
    [WITHDRAWAL_PAYOUT_KIND]: (item) => withdrawals.payOut(item),
    [EXPIRE_KIND]: (item) => expiry.run(item),
    [LATE_PAYMENT_KIND]: (item) => latePayments.run(item),
  });

  const server = app.listen(c.PORT, c.HOST, () => logger.info({ port: c.PORT, payments: payments.mode, verifyMode: payments.verifyMode }, 'API listening'));
  server.keepAliveTimeout = 65_000;
  relay.start();
  if (c.RECONCILIATION_DAILY_AT !== 'off') {
    scheduleDailyReconciliation(c.RECONCILIATION_DAILY_AT).catch((err: unknown) => logger.error({ err }, 'the daily reconciliation could not be scheduled'));
  }
  const sweepSchedule = scheduleExpirySweep(c.ORDER_EXPIRY_SWEEP_SECONDS);
  // Orders whose member matching failed at sign-up (it runs after the order is written) are matched again.
  const matcher = new MemberMatcher();
  const rollup = new DashboardRollup().start(c.DASHBOARD_ROLLUP_SECONDS);
  const memberRedrive = setInterval(() => {
    matcher.redrive({ olderThanSeconds: 60, limit: 200 }).catch((err: unknown) => logger.warn({ err }, 'member re-drive failed'));
  }, 60_000);
  memberRedrive.unref();

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'API stopping');
    clearInterval(memberRedrive);
    rollup.stop();
    payments.certificates?.stop();
    sweepSchedule.stop();
    endEventStreams();
    server.close(() => {
      void relay.stop().then(() => Promise.allSettled([db.destroy(), closeLeanPool(), redisClient().quit()])).then(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));

main().catch((err) => {
  logger.fatal({ err }, 'API failed to start');
  process.exit(1);
});
