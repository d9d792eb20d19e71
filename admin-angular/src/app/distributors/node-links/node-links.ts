import { DatePipe } from '@angular/common';
import { Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';

type LinkPage = Data<'/api/v1/distributor/{id}/links', 'get'>;
type LinksState = { kind: 'loading' } | { kind: 'error'; message: Message } | { kind: 'ready'; page: LinkPage };

/** A distributor's referral links, one per campaign, most clicked first, with clicks, sign-ups and paid orders. */
@Component({
  selector: 'app-node-links',
  imports: [DatePipe, MatIconModule, TranslocoDirective],
  templateUrl: './node-links.html',
  styleUrl: '../node-detail/node-detail.scss',
})
export class NodeLinks {
  private readonly api = inject(Api);
  readonly distributorId = input.required<string>();
  protected readonly state = signal<LinksState>({ kind: 'loading' });
  protected readonly totalClicks = computed(() => {
    const s = this.state();
    return s.kind === 'ready' ? s.page.items.reduce((sum, l) => sum + l.clicks, 0) : 0;
  });

  constructor() {
    effect((onCleanup) => {
      const id = this.distributorId();
      this.state.set({ kind: 'loading' });
      const sub = this.api.get('/api/v1/distributor/{id}/links', { params: { id }, query: { page: 1, pageSize: 100 } }).subscribe({
        next: (page) => this.state.set({ kind: 'ready', page }),
        error: (err: unknown) => this.state.set({ kind: 'error', message: describeError(err) }),
      });
      onCleanup(() => sub.unsubscribe());
    });
  }
}
