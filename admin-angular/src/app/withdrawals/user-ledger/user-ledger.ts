import { DatePipe } from '@angular/common';
import { Component, effect, inject, input, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin, type Subscription } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { describeError, type Message } from '../../core/errors/error-messages';

type Balance = Data<'/api/v1/rewards/balance/{userId}', 'get'>;
type LedgerEntry = Data<'/api/v1/rewards/{userId}/ledger', 'get'>['items'][number];
type Reward = Data<'/api/v1/rewards/{userId}', 'get'>['items'][number];
type PanelState =
  | { kind: 'loading' }
  | { kind: 'error'; message: Message }
  | { kind: 'ledger'; balance: Balance; entries: LedgerEntry[]; total: number }
  | { kind: 'rewards'; rewards: Reward[]; total: number };

/**
 * The distributor's account beside the request. A platform admin sees the balance and the ledger (they span
 * every brand, so the API shows them to nobody else); a brand admin sees the rewards earned in their brands.
 */
@Component({
  selector: 'app-user-ledger',
  imports: [DatePipe, MatIconModule, TranslocoDirective],
  templateUrl: './user-ledger.html',
  styleUrl: './user-ledger.scss',
})
export class UserLedger {
  readonly userId = input.required<string>();
  /** Changes whenever the list was acted on, so the figures are read again. */
  readonly version = input(0);

  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  protected readonly state = signal<PanelState>({ kind: 'loading' });

  constructor() {
    effect((onCleanup) => {
      const userId = this.userId();
      this.version();
      this.state.set({ kind: 'loading' });
      const sub = this.load(userId);
      onCleanup(() => sub.unsubscribe());
    });
  }

  private load(userId: string): Subscription {
    const fail = (err: unknown) => this.state.set({ kind: 'error', message: describeError(err) });
    if (this.auth.isPlatformAdmin()) {
      return forkJoin({
        balance: this.api.get('/api/v1/rewards/balance/{userId}', { params: { userId } }),
        ledger: this.api.get('/api/v1/rewards/{userId}/ledger', { params: { userId }, query: { page: 1, pageSize: 20 } }),
      }).subscribe({
        next: ({ balance, ledger }) => this.state.set({ kind: 'ledger', balance, entries: ledger.items, total: ledger.total }),
        error: fail,
      });
    }
    return this.api.get('/api/v1/rewards/{userId}', { params: { userId }, query: { page: 1, pageSize: 20 } }).subscribe({
      next: (page) => this.state.set({ kind: 'rewards', rewards: page.items, total: page.total }),
      error: fail,
    });
  }
}
