import { DatePipe } from '@angular/common';
import { Component, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of, startWith, Subject, switchMap } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';

type RefundPage = Data<'/api/v1/orders/refunds', 'get'>;
type ListState = { kind: 'loading' } | { kind: 'error'; message: Message } | { kind: 'ready'; page: RefundPage };

/** The refunds an admin must act on (abnormal, or processing too long), newest first, each with the API's guidance. */
@Component({
  selector: 'app-refunds-attention',
  imports: [DatePipe, RouterLink, MatButtonModule, MatIconModule, MatPaginatorModule, MatTableModule, TranslocoDirective],
  templateUrl: './refunds-attention.html',
  styleUrls: ['../orders.scss', '../order-detail/order-detail.scss'],
})
export class RefundsAttention implements OnInit {
  private readonly api = inject(Api);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['order', 'outRefundNo', 'amount', 'status', 'createdAt', 'guidance'];
  protected readonly skeletonRows = Array.from({ length: 4 }, (_, i) => i);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly state = signal<ListState>({ kind: 'loading' });
  private readonly requests = new Subject<void>();

  ngOnInit(): void {
    this.requests
      .pipe(
        switchMap(() =>
          this.api.get('/api/v1/orders/refunds', { query: { needsAction: 'true', page: this.pageIndex() + 1, pageSize: this.pageSize() } }).pipe(
            map((page): ListState => ({ kind: 'ready', page })),
            catchError((err: unknown) => of<ListState>({ kind: 'error', message: describeError(err) })),
            startWith<ListState>({ kind: 'loading' }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.state.set(state));
    this.reload();
  }

  protected reload(): void {
    this.requests.next();
  }

  protected changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.reload();
  }
}
