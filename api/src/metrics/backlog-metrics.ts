import { scrapeSource } from '@dmh/shared/dist/metrics';
import { Gauge, register } from 'prom-client';

/** The outbox as the ops repository reads it (ops/ops.repository.ts: OpsRepository.outboxBacklog). */
export interface OutboxBacklogView {
  failing: number;
  oldestAgeSeconds: number;
  byKind: { kind: string; pending: number }[];
}

/** What this replica is working on now (settlement.service: busy, callbacksBound, settlingNow, loopLate). */
export interface PaymentLoad {
  readonly busy: number;
  readonly callbacksBound: number;
  readonly settlingNow: number;
  readonly loopLate: boolean;
}

let outbox: (() => Promise<OutboxBacklogView | null>) | undefined;
let payments: PaymentLoad | undefined;
/** Outbox kinds seen so far: a drained kind reads 0 rather than vanishing. */
const kinds = new Set<string>();

new Gauge({
  name: 'dmh_outbox_pending', help: 'Outbox work recorded and not yet delivered, by kind (settle, refund, …).', labelNames: ['kind'] as const, registers: [register],
  async collect() {
    const b = outbox ? await outbox() : null;
    this.reset();
    if (!b) return;
    for (const { kind } of b.byKind) kinds.add(kind);
    for (const kind of kinds) this.set({ kind }, b.byKind.find((k) => k.kind === kind)?.pending ?? 0);
  },
});
new Gauge({
  name: 'dmh_outbox_failing', help: 'Pending outbox rows that failed at least once (NaN when the database did not answer).', registers: [register],
  async collect() {
    const b = outbox ? await outbox() : null;
    this.set(b ? b.failing : Number.NaN);
  },
});
new Gauge({
  name: 'dmh_outbox_oldest_age_seconds', help: 'Age of the oldest pending outbox row (0 when none; NaN when the database did not answer).', registers: [register],
  async collect() {
    const b = outbox ? await outbox() : null;
    this.set(b ? b.oldestAgeSeconds : Number.NaN);
  },
});
new Gauge({
  name: 'dmh_payment_callbacks_in_flight', help: 'Payment notifications being worked on in this replica (arrival to answer).', registers: [register],
  collect() {
    if (payments) this.set(payments.busy);
  },
});
new Gauge({
  name: 'dmh_payment_callbacks_bound',
  help: 'Payment notifications this replica takes at once now (PAYMENT_CALLBACKS_MAX_IN_FLIGHT, lower while answers take longer than PAYMENT_CALLBACKS_TARGET_MS).',
  registers: [register],
  collect() {
    if (payments) this.set(payments.callbacksBound);
  },
});
new Gauge({
  name: 'dmh_payment_settlements_in_flight', help: 'Accepted payments whose rewards are not credited yet in this replica.', registers: [register],
  collect() {
    if (payments) this.set(payments.settlingNow);
  },
});

new Gauge({
  name: 'dmh_payment_event_loop_late',
  help: 'Whether this replica refuses payment notifications now because its event loop ran late (1) or not (0): the 99th percentile of its delay over the last 100 ms window was over PAYMENT_LOOP_LATE_MS.',
  registers: [register],
  collect() {
    if (payments) this.set(payments.loopLate ? 1 : 0);
  },
});

/**
 * The outbox backlog, read from the database on each scrape (one query for the three gauges; never on a
 * request's path). Every API replica reports the same table: aggregate with max(), not sum().
 */
export function watchOutboxBacklog(read: () => Promise<OutboxBacklogView>): void {
  outbox = scrapeSource(read);
}

/** The payment load of this replica, read on each scrape. */
export function watchPaymentLoad(load: PaymentLoad): void {
  payments = load;
}
