import { Component, computed, inject, input, output, signal } from '@angular/core';
import type { Data } from '@dmh/api-client';
import { IonButton, IonChip, IonInput, IonItem, IonSkeletonText } from '@ionic/angular/standalone';
import { ApiError } from '../core/api/api-error';
import { Api } from '../core/api/api.service';
import { errorText } from '../core/api/error-text';
import { load } from '../core/api/load';
import { chinaTime } from '../campaign/campaign-view';
import { ApiEvents } from '../order/order-stream';
import type { Subscription } from 'rxjs';
import { checkWithdrawal, LEVEL_WORDS, type MyReward, rewardStatusWords, type Withdrawal, withdrawalWords } from './distributor-model';

type Balance = Data<'/api/v1/rewards/balance/{userId}', 'get'>;
type Terms = Data<'/api/v1/me/withdrawal-terms', 'get'>;
type Ready = { balance: Balance; rewards: MyReward[]; rewardTotal: number; terms: Terms; withdrawals: Withdrawal[] };

/** Earnings: available, frozen and withdrawn; each reward by level with its order; withdrawals, asked with fee and minimum shown first. */
@Component({
  selector: 'app-earnings-panel',
  imports: [IonSkeletonText, IonButton, IonChip, IonItem, IonInput],
  templateUrl: './earnings.panel.html',
  styleUrl: './earnings.panel.scss',
})
export class EarningsPanel {
  readonly userId = input.required<string>();
  readonly brandId = input.required<string>();
  /** A pushed reward changed the distributor's totals (the page's header shows them). */
  readonly changed = output<void>();
  private readonly api = inject(Api);
  private readonly events = inject(ApiEvents);
  private live: Subscription | null = null;
  /** Whether new rewards arrive by themselves (the reward stream is open). */
  protected readonly pushed = signal(false);
  protected readonly arrived = signal<string | null>(null);

  protected readonly data = signal<Ready | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly level = signal<number | null>(null);
  protected readonly amount = signal('');
  protected readonly amountError = signal<string | null>(null);
  protected readonly confirming = signal<{ amount: string; arrives: string } | null>(null);
  protected readonly sending = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly chinaTime = chinaTime;
  protected readonly levelWords = LEVEL_WORDS;
  protected readonly rewardStatusWords = rewardStatusWords;
  protected readonly withdrawalWords = withdrawalWords;
  protected readonly levels = [1, 2, 3];
  protected readonly shown = computed(() => {
    const all = this.data()?.rewards ?? [];
    const level = this.level();
    return level === null ? all : all.filter((r) => r.level === level);
  });
  private key = newKey();

  ngOnInit(): void {
    void this.fetch();
    this.listen();
  }

  ngOnDestroy(): void {
    this.live?.unsubscribe();
  }

  /** Each reward settled to the caller is pushed (GET /me/rewards/events): one read refreshes the figures. */
  private listen(): void {
    this.live = this.events.stream('/api/v1/me/rewards/events').subscribe({
      next: (e) => {
        if (e.event === 'ready') this.pushed.set(true);
        if (e.event !== 'reward') return;
        const reward = JSON.parse(e.data) as { amount: string; level: number };
        this.arrived.set(`新奖励到账 +¥${reward.amount}（${LEVEL_WORDS[reward.level] ?? ''}）`);
        void this.fetch();
        this.changed.emit();
      },
      error: () => this.pushed.set(false),
    });
  }

  protected async fetch(): Promise<void> {
    this.problem.set(null);
    try {
      const [balance, rewards, terms, withdrawals] = await Promise.all([
        load(this.api.get('/api/v1/rewards/balance/{userId}', { params: { userId: this.userId() } })),
        load(this.api.get('/api/v1/me/rewards', { query: { page: 1, pageSize: 100 } })),
        load(this.api.get('/api/v1/me/withdrawal-terms', {})),
        load(this.api.get('/api/v1/withdrawals', { query: { page: 1, pageSize: 20 } })),
      ]);
      this.data.set({ balance, rewards: rewards.items, rewardTotal: rewards.total, terms, withdrawals: withdrawals.items });
    } catch (err) {
      this.problem.set(errorText(err));
    }
  }

  protected setAmount(value: string | null | undefined): void {
    this.amount.set((value ?? '').trim());
    this.amountError.set(null);
    this.confirming.set(null);
    this.done.set(null);
  }

  /** First step: check as the API will, and show what arrives after the fee before anything is asked. */
  protected review(): void {
    const d = this.data();
    if (!d) return;
    const check = checkWithdrawal(this.amount(), d.balance.balance, d.terms.minimumAmount, d.terms.fee);
    if ('problem' in check) return this.amountError.set(check.problem);
    this.confirming.set(check);
  }

  protected async confirm(): Promise<void> {
    const c = this.confirming();
    if (!c || this.sending()) return;
    this.sending.set(true);
    try {
      await load(this.api.post('/api/v1/withdrawals', { body: { amount: c.amount, brandId: this.brandId(), accountInfo: { channel: 'wechat' }, idempotencyKey: this.key } }));
      this.key = newKey();
      this.confirming.set(null);
      this.amount.set('');
      await this.fetch();
      this.done.set(`已申请提现 ¥${c.amount}，金额已冻结，审核通过后打款`);
    } catch (err) {
      this.confirming.set(null);
      const field = err instanceof ApiError ? err.fields.find((f) => f.field === 'body.amount') : undefined;
      if (field) this.amountError.set(errorText(err));
      else this.problem.set(errorText(err));
    } finally {
      this.sending.set(false);
    }
  }
}

function newKey(): string {
  return `h5w-${crypto.randomUUID().replace(/-/g, '')}`.slice(0, 40);
}
