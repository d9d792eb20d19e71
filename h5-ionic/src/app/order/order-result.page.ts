import { Component, computed, inject, input, signal } from '@angular/core';
import { IonButton, IonContent, IonHeader, IonSkeletonText, IonSpinner, IonTitle, IonToolbar } from '@ionic/angular/standalone';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { firstValueFrom, type Subscription } from 'rxjs';
import { Api } from '../core/api/api.service';
import { ApiError } from '../core/api/api-error';
import { errorText } from '../core/api/error-text';
import { chinaTime } from '../campaign/campaign-view';
import { checkDelay, INITIAL, keepsChecking, reduce, type ResultEvent, WAIT_BEFORE_SLOW_MS } from './pay-result';
import { PaymentService } from './payment.service';
import type { PayMethod } from './pay-method';
import { OrderStream, PushUnavailable, pushNotice, type PushState } from './order-stream';
import { Session } from '../core/auth/session-store';

/**
 * An order and its payment (`/o/:orderNo`). It trusts only the server: success shows when the server says
 * paid. The owner (signed in) gets the status pushed (server-sent events, OrderStream) and the page asks
 * nothing while the push is live; without it (signed out, stream failed) it checks with a backoff
 * (pay-result.ts) and says so.
 */
const PAY_HINTS: Record<PayMethod, string> = {
  jsapi: '使用微信支付',
  h5: '将跳转到微信支付完成付款，完成后自动返回',
  app: 'App 内微信支付',
  sandbox: '开发环境：通过微信支付沙箱付款',
  none: '请用手机微信打开此页面支付',
};

@Component({
  selector: 'app-order-result',
  imports: [IonHeader, IonToolbar, IonTitle, IonContent, IonButton, IonSpinner, IonSkeletonText, RouterLink],
  templateUrl: './order-result.page.html',
  styleUrl: './order-result.page.scss',
})
export class OrderResultPage {
  readonly orderNo = input.required<string>();
  private readonly api = inject(Api);
  private readonly payments = inject(PaymentService);
  /** Back from WeChat Pay's H5 page: coming back is not paying, the server is asked. */
  protected readonly returnedFromH5 = inject(ActivatedRoute).snapshot.queryParamMap.get('from') === 'h5pay';
  protected readonly payHint = PAY_HINTS[this.payments.method()];
  private readonly stream = inject(OrderStream);

  readonly push = signal<PushState>({ kind: 'connecting' });
  private readonly session = inject(Session);
  readonly signedIn = () => this.session.token() !== null;
  readonly notice = computed(() => pushNotice(this.push()));
  private pushSubscription: Subscription | null = null;

  readonly state = signal(INITIAL);
  readonly phase = computed(() => this.state().phase);
  readonly chinaTime = chinaTime;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private slowTimer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private destroyed = false;

  ngOnInit(): void {
    this.listen();
    void this.check();
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    this.pushSubscription?.unsubscribe();
    this.stopTimers();
  }

  /** The pushed status: each change is confirmed by one read of the order; no push, and checking resumes. */
  private listen(): void {
    this.pushSubscription = this.stream.watch(this.orderNo()).subscribe({
      next: (status) => {
        const wasLive = this.push().kind === 'live';
        this.push.set({ kind: 'live' });
        if (this.timer) clearTimeout(this.timer);
        this.timer = null;
        if (wasLive || status.payStatus === 'paid') void this.check();
      },
      error: (err: unknown) => {
        this.push.set({ kind: 'unavailable', reason: err instanceof PushUnavailable ? err.reason : 'failed' });
        if (!this.destroyed && keepsChecking(this.phase()) && !this.timer) this.timer = setTimeout(() => void this.check(), checkDelay(this.attempt++));
      },
    });
  }

  private send(event: ResultEvent): void {
    this.state.update((s) => reduce(s, event));
  }

  /** Asks the server for the order; while waiting for the payment, schedules the next check. */
  async check(): Promise<void> {
    try {
      const order = await firstValueFrom(this.api.get('/api/v1/orders/{id}', { params: { id: this.orderNo() } }));
      if ('refunds' in order) throw new Error('an order number answered the admin view');
      this.send({ type: 'order', order, now: Date.now() });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) this.send({ type: 'not-found' });
      else this.send({ type: 'load-failed', message: errorText(err) });
    }
    if (!this.destroyed && keepsChecking(this.phase()) && this.push().kind !== 'live') {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.check(), checkDelay(this.attempt++));
    } else {
      this.stopTimers();
    }
  }

  async pay(): Promise<void> {
    this.send({ type: 'pay' });
    if (this.phase() !== 'paying') return;
    try {
      // H5 pay and a first WeChat authorization leave the page; it comes back and asks the server.
      if ((await this.payments.pay(this.orderNo())) === 'left') return;
      this.send({ type: 'paid-at-provider' });
      this.attempt = 0;
      this.slowTimer = setTimeout(() => this.send({ type: 'wait-over' }), WAIT_BEFORE_SLOW_MS);
      await this.check();
    } catch (err) {
      this.send({ type: 'pay-failed', message: PaymentService.describe(err) });
      void this.refreshOnce();
    }
  }

  /** A manual "check again" (also after a failed payment: the order may have changed meanwhile). */
  async refreshOnce(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.attempt = 0;
    await this.check();
  }

  private stopTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.slowTimer) clearTimeout(this.slowTimer);
    this.timer = this.slowTimer = null;
  }
}
