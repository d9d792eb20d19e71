import { nextPhone } from '../../integration/support/factories';
import type { Notification } from '../../integration/support/payer';
import { type Answer, apiOrigin, type Phase, record, sendNotification } from './answers';
import { FAULTS } from './fault-env';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface PaidOrder {
  orderNo: string;
  notification: Notification;
}

/**
 * WeChat Pay's side of a case: fresh paid notifications at a steady rate, each third one replayed at once
 * (WeChat re-sends a notification it is unsure about), and, once the fresh ones run out, replays of earlier
 * ones so the API keeps being called for as long as the fault lasts. Every answer is recorded with the
 * phase it was sent in.
 */
export class CallbackBurst {
  readonly answers: Answer[] = [];
  phase: Phase = 'before';
  private sentFresh = 0;
  private stopped = false;
  private running: Promise<void> | undefined;
  private readonly answeredOnce = new Set<number>();

  constructor(private readonly orders: PaidOrder[], private readonly concurrency = 4) {}

  start(): void {
    const intervalMs = 1000 / FAULTS.callbackRate;
    const t0 = Date.now();
    let tick = 0;
    // One slot per tick; at most `concurrency` requests in flight (WeChat's notifier is not unbounded).
    let inFlight = 0;
    this.running = (async () => {
      const pending: Promise<void>[] = [];
      while (!this.stopped) {
        const due = t0 + tick * intervalMs;
        tick += 1;
        const wait = due - Date.now();
        if (wait > 0) await sleep(wait);
        if (this.stopped) break;
        if (inFlight >= this.concurrency) continue;
        inFlight += 1;
        const p = this.sendOne().finally(() => {
          inFlight -= 1;
        });
        pending.push(p);
      }
      await Promise.all(pending);
    })();
  }

  /** Resolves once `n` fresh notifications have been answered (or sent, when the fault keeps them waiting). */
  async untilSent(n: number): Promise<void> {
    while (this.sentFresh < Math.min(n, this.orders.length)) await sleep(20);
  }

  get freshSent(): number {
    return this.sentFresh;
  }

  /** Stops at once (fresh notifications left unsent) and waits for every request in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** Sends whatever fresh notification is left, then stops and waits for every request in flight. */
  async finish(): Promise<void> {
    while (this.sentFresh < this.orders.length) await sleep(50);
    this.stopped = true;
    await this.running;
  }

  private async sendOne(): Promise<void> {
    const phase = this.phase;
    if (this.sentFresh < this.orders.length) {
      const i = this.sentFresh++;
      const o = this.orders[i];
      const first = await sendNotification('callback', phase, o.orderNo, o.notification, FAULTS.callbackTimeoutMs);
      this.answers.push(first);
      this.answeredOnce.add(i);
      if (i % 3 === 2) this.answers.push(await sendNotification('replay', phase, o.orderNo, o.notification, FAULTS.callbackTimeoutMs));
      return;
    }
    // Nothing fresh left: a replay of an earlier notification (deterministic spread over the sent ones).
    const sent = [...this.answeredOnce];
    if (sent.length === 0) return;
    const o = this.orders[sent[(this.answers.length * 7) % sent.length]];
    this.answers.push(await sendNotification('replay', phase, o.orderNo, o.notification, FAULTS.callbackTimeoutMs));
  }
}

/**
 * Other clients of the API while the fault lasts: a consumer signing up (POST /orders, through the
 * CampaignActor) and one reading the campaign page (Redis cache, then MySQL), one of each per second.
 * A sign-up refused during the fault is kept, to be sent again afterwards with the same idempotency key.
 */
export class ApiProbes {
  readonly answers: Answer[] = [];
  readonly refusedSignups: string[] = [];
  phase: Phase = 'during';
  private stopped = false;
  private running: Promise<void> | undefined;
  private seq = 0;

  constructor(private readonly campaignId: string, private readonly referrerId: string) {}

  start(): void {
    this.running = (async () => {
      while (!this.stopped) {
        const started = Date.now();
        const body = this.signupBody();
        const [order, page] = await Promise.all([
          signUp('probe-order', this.phase, body),
          record('probe-campaign', this.phase, FAULTS.probeTimeoutMs, `${apiOrigin()}/api/v1/campaigns/${this.campaignId}`, { method: 'GET' }),
        ]);
        this.answers.push(order, page);
        if (order.status !== 201) this.refusedSignups.push(body);
        await sleep(Math.max(0, 1000 - (Date.now() - started)));
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private signupBody(): string {
    const phone = nextPhone();
    this.seq += 1;
    const idempotencyKey = `fault-probe-${Date.now().toString(36)}-${this.seq}`;
    return JSON.stringify({ campaignId: this.campaignId, phone, formData: { name: '探针', phone }, referrerId: this.referrerId, idempotencyKey });
  }
}

export function signUp(kind: Answer['kind'], phase: Phase, body: string): Promise<Answer> {
  return record(kind, phase, FAULTS.probeTimeoutMs, `${apiOrigin()}/api/v1/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}
