import { Counter, Histogram, register } from 'prom-client';

/**
 * How a WeChat Pay notification (payment or refund callback) was answered: `paid` (a payment applied now),
 * `replay` (already applied: answered success again), `ignored` (a trade state other than SUCCESS), `refund`
 * (a refund notification, answered success), or refused: `invalid` (signature, timestamp or encryption not
 * genuine), `rejected` (genuine but not for this order: amount, merchant, unknown order), `unavailable` (503:
 * busy, or a dependency down; WeChat sends it again), `error` (a bug: 500).
 */
export type CallbackOutcome = 'paid' | 'replay' | 'ignored' | 'refund' | 'invalid' | 'rejected' | 'unavailable' | 'error';

/** Payment success rate = `outcome="paid"` / every outcome but `replay` and `refund` (deploy/prometheus/alerts.yml). */
export const paymentCallbacks = new Counter({
  name: 'dmh_payment_callbacks_total',
  help: 'WeChat Pay notifications by outcome (paid, replay, ignored, refund, invalid, rejected, unavailable, error).',
  labelNames: ['outcome'] as const,
  registers: [register],
});

/**
 * Time from a payment's acceptance (its paid transition committed) to its rewards credited to the balances:
 * the seed's reward settlement delay, promised under 2 s. One observation per order with a credited reward,
 * on the fast path or, after a fault, when the outbox relay finishes it (then the delay says how long the fault held it).
 */
export const rewardSettlementDelay = new Histogram({
  name: 'dmh_reward_settlement_delay_seconds',
  help: 'Payment accepted (paid transition committed) to its rewards credited.',
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 1800],
  registers: [register],
});

// Every outcome's series exists from the start at 0: Prometheus sees a rate from its first increment on
// (a series born at 1 shows no increase), so a first failure after a start is not lost to the alerts.
const OUTCOMES: readonly CallbackOutcome[] = ['paid', 'replay', 'ignored', 'refund', 'invalid', 'rejected', 'unavailable', 'error'];
for (const outcome of OUTCOMES) paymentCallbacks.inc({ outcome }, 0);

export function countPaymentCallback(outcome: CallbackOutcome): void {
  paymentCallbacks.inc({ outcome });
}

/** `acceptedAtMs`: when the paid transition committed (epoch ms). */
export function observeSettlementDelay(acceptedAtMs: number, now = Date.now()): void {
  rewardSettlementDelay.observe(Math.max(0, now - acceptedAtMs) / 1000);
}
