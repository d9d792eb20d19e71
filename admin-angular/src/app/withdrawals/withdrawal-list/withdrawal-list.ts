import { DatePipe } from '@angular/common';
import { Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router } from '@angular/router';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { catchError, forkJoin, map, of, startWith, Subject, switchMap } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { RowSelection } from '../../shared/bulk/selection';
import { ActionDialog, type ActionDialogData } from '../action-dialog/action-dialog';
import { UserLedger } from '../user-ledger/user-ledger';
import { actionsFor, commonActions, type Withdrawal, type WithdrawalAction, WITHDRAWAL_STATUSES, type WithdrawalStatus } from '../withdrawal-actions';
import { tabFromParams, tabToParams, type WithdrawalTab } from './withdrawal-tabs';

type WithdrawalPage = Data<'/api/v1/withdrawals', 'get'>;
type ListState = { kind: 'loading' } | { kind: 'error'; message: Message } | { kind: 'ready'; page: WithdrawalPage };

/**
 * Withdrawals of the admin's brands by status (a tab each, with its count), newest first, paginated on the
 * server; approve, reject with a reason and mark paid, one or a selection at a time, each confirmed, with
 * progress and the API's answer per withdrawal; the distributor's account beside the chosen request.
 */
@Component({
  selector: 'app-withdrawal-list',
  imports: [
    DatePipe, MatButtonModule, MatCheckboxModule, MatIconModule, MatPaginatorModule, MatTableModule, MatTabsModule, TranslocoDirective, UserLedger,
  ],
  templateUrl: './withdrawal-list.html',
  styleUrls: ['../../orders/orders.scss', './withdrawal-list.scss'],
})
export class WithdrawalList implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly tabs: readonly WithdrawalTab[] = [...WITHDRAWAL_STATUSES, 'all'];
  protected readonly skeletonRows = Array.from({ length: 5 }, (_, i) => i);
  protected readonly actionsFor = actionsFor;
  protected readonly tab = signal<WithdrawalTab>('requested');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly counts = signal<Partial<Record<WithdrawalStatus, number>>>({});
  protected readonly focused = signal<Withdrawal | null>(null);
  /** Bumped after every action, so the account beside the list is read again. */
  protected readonly version = signal(0);

  protected readonly items = computed(() => {
    const s = this.state();
    return s.kind === 'ready' ? s.page.items : [];
  });
  protected readonly selectable = computed(() => this.items().filter((w) => actionsFor(w.status).length > 0));
  protected readonly selection = new RowSelection(this.items, this.selectable);
  protected readonly bulkActions = computed(() => commonActions(this.selection.selected()));
  protected readonly columns = computed(() => {
    const t = this.tab();
    const extra = t === 'rejected' ? ['rejectReason'] : t === 'paid' ? ['payoutRef'] : t === 'all' ? ['status'] : [];
    const open = t === 'requested' || t === 'approved' || t === 'all'; // closed ones have nothing to select or do
    return [...(open ? ['select'] : []), 'id', 'user', 'amount', 'account', 'createdAt', ...extra, ...(open ? ['actions'] : [])];
  });

  private readonly requests = new Subject<void>();

  ngOnInit(): void {
    const view = tabFromParams((name) => this.route.snapshot.queryParamMap.get(name));
    this.tab.set(view.tab);
    this.pageIndex.set(view.pageIndex);
    this.requests
      .pipe(
        switchMap(() => {
          const status = this.tab();
          const query = { page: this.pageIndex() + 1, pageSize: this.pageSize(), ...(status === 'all' ? {} : { status }) };
          return this.api.get('/api/v1/withdrawals', { query }).pipe(
            map((page): ListState => ({ kind: 'ready', page })),
            catchError((err: unknown) => of<ListState>({ kind: 'error', message: describeError(err) })),
            startWith<ListState>({ kind: 'loading' }),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => {
        this.state.set(state);
        if (state.kind === 'ready') {
          const still = this.focused() && state.page.items.find((w) => w.id === this.focused()?.id);
          this.focused.set(still || state.page.items[0] || null);
        }
      });
    this.reload();
  }

  protected reload(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: tabToParams(this.tab(), this.pageIndex()), replaceUrl: true });
    this.selection.clear();
    this.requests.next();
    this.loadCounts();
  }

  protected showTab(tab: WithdrawalTab): void {
    this.tab.set(tab);
    this.pageIndex.set(0);
    this.reload();
  }

  protected changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.reload();
  }

  protected review(action: WithdrawalAction, items: readonly Withdrawal[]): void {
    this.dialog
      .open<ActionDialog, ActionDialogData, number>(ActionDialog, { data: { action, items }, autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((changed) => {
        if (changed === undefined) return; // cancelled: nothing was sent
        if (changed > 0) {
          this.snackBar.open(this.transloco.translate('withdrawals.dialog.applied', { count: changed }), this.transloco.translate('common.close'), { duration: 4_000 });
        }
        this.version.update((v) => v + 1);
        this.reload();
      });
  }

  protected account(w: Withdrawal): string {
    const info = w.accountInfo as { channel?: string; name?: string; account?: string } | null;
    if (!info) return '—';
    const channel = info.channel ? this.transloco.translate(`withdrawals.channels.${info.channel}`) : '';
    return [channel, info.name, info.account].filter(Boolean).join(' · ');
  }

  private loadCounts(): void {
    const totals = WITHDRAWAL_STATUSES.map((status) =>
      this.api.get('/api/v1/withdrawals', { query: { status, page: 1, pageSize: 1 } }).pipe(
        map((p) => [status, p.total] as const),
        catchError(() => of(null)), // a missing count hides the badge; the list says its own failure
      ),
    );
    forkJoin(totals).subscribe((pairs) => this.counts.set(Object.fromEntries(pairs.filter((p) => p !== null))));
  }
}
