import { DatePipe } from '@angular/common';
import { Component, computed, DestroyRef, effect, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar, type MatSnackBarRef, type TextOnlySnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { catchError, map, of, startWith, Subject, switchMap, timer } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { RefundDialog, type RefundDialogData, type RefundResult } from '../refund-dialog/refund-dialog';
import { fromCents, hasProcessingRefund, refundableCents } from './refund-rules';

type Lookup = Data<'/api/v1/orders/{id}', 'get'>;
export type OrderDetailView = Extract<Lookup, { rewards: unknown }>;
type DetailState = { kind: 'loading' } | { kind: 'error'; message: Message } | { kind: 'ready'; order: OrderDetailView };

/** While a refund is processing, the detail asks again this often (the provider ends it within seconds to hours). */
export const REFRESH_MS = 3_000;

/**
 * One order as an admin sees it: summary, the sign-up form's data, the payment (window, close reason), the
 * rewards by level, the refunds (with what to do when one needs action) and the sync status; refund from here.
 * A refund usually answers `processing`: the page says so and refreshes until it ends.
 */
@Component({
  selector: 'app-order-detail',
  imports: [DatePipe, RouterLink, MatButtonModule, MatIconModule, MatTableModule, MatTooltipModule, TranslocoDirective],
  templateUrl: './order-detail.html',
  styleUrls: ['../orders.scss', './order-detail.scss'],
})
export class OrderDetail {
  /** The order's numeric id, from the route. */
  readonly id = input.required<string>();

  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly state = signal<DetailState>({ kind: 'loading' });
  protected readonly order = computed(() => {
    const s = this.state();
    return s.kind === 'ready' ? s.order : null;
  });
  protected readonly refundable = computed(() => {
    const o = this.order();
    return o ? refundableCents(o) : 0;
  });
  protected readonly refundableText = computed(() => fromCents(this.refundable()));
  protected readonly processing = computed(() => {
    const o = this.order();
    return o ? hasProcessingRefund(o) : false;
  });
  protected readonly canRefund = computed(() => this.auth.me()?.permissions.includes('order:refund') ?? false);
  protected readonly rewardColumns = ['level', 'distributor', 'amount', 'status', 'settledAt', 'reversedAt'];
  protected readonly refundColumns = ['outRefundNo', 'amount', 'status', 'reason', 'createdAt', 'succeededAt'];
  protected readonly skeletonRows = Array.from({ length: 4 }, (_, i) => i);

  private readonly loads = new Subject<{ quiet: boolean }>();
  /** The "refund asked, processing" notice: it goes once no refund is processing any more. */
  private processingNotice: MatSnackBarRef<TextOnlySnackBar> | null = null;

  constructor() {
    this.loads
      .pipe(
        switchMap(({ quiet }) =>
          this.api.get('/api/v1/orders/{id}', { params: { id: this.id() } }).pipe(
            map((found): DetailState =>
              'rewards' in found ? { kind: 'ready', order: found } : { kind: 'error', message: { key: 'errors.ORDER_NOT_FOUND' } },
            ),
            catchError((err: unknown) => of<DetailState>({ kind: 'error', message: describeError(err) })),
            // A background refresh keeps the page as it is until the answer comes.
            quiet ? (source) => source : startWith<DetailState>({ kind: 'loading' }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.state.set(state));
    effect(() => this.loads.next({ quiet: false }), { debugName: 'load on id' });
    // Each answer is a new order object: while a refund is processing, every answer schedules the next ask.
    effect((onCleanup) => {
      const order = this.order();
      if (!order || !hasProcessingRefund(order)) {
        this.processingNotice?.dismiss();
        this.processingNotice = null;
        return;
      }
      const sub = timer(REFRESH_MS).subscribe(() => this.loads.next({ quiet: true }));
      onCleanup(() => sub.unsubscribe());
    });
  }

  protected reload(): void {
    this.loads.next({ quiet: false });
  }

  protected refresh(): void {
    this.loads.next({ quiet: true });
  }

  protected openRefund(order: OrderDetailView): void {
    const data: RefundDialogData = { orderId: order.id, orderNo: order.orderNo, refundableCents: this.refundable() };
    this.dialog
      .open<RefundDialog, RefundDialogData, RefundResult>(RefundDialog, { data, autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        const [key, params] = refundMessage(result);
        const words = { ...params, ...(params['status'] ? { status: this.transloco.translate(`orders.refundStatuses.${params['status']}`) } : {}) };
        const notice = this.snackBar.open(this.transloco.translate(key, words), this.transloco.translate('common.close'), { duration: 8_000 });
        this.processingNotice = result.refund.status === 'processing' ? notice : null;
        this.refresh();
      });
  }

  protected formEntries(order: OrderDetailView): { key: string; value: string }[] {
    return Object.entries(order.formData).map(([key, value]) => ({ key, value: typeof value === 'string' ? value : JSON.stringify(value) }));
  }

  protected minutesLeft(until: string): number {
    return Math.max(0, Math.ceil((Date.parse(until) - Date.now()) / 60_000));
  }
}

/** The snack bar's words for the API's answer to a refund: succeeded, processing (the usual), or ended without money moving. */
export function refundMessage(result: RefundResult): [string, Record<string, string>] {
  const { status, amount } = result.refund;
  if (status === 'success') return ['orders.detail.refundSucceeded', { amount }];
  if (status === 'processing') return ['orders.detail.refundProcessing', { amount }];
  return ['orders.detail.refundEnded', { status }];
}
