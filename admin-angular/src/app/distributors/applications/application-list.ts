import { DatePipe } from '@angular/common';
import { Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
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
import { DistributorsNav } from '../distributors-nav';
import { ReviewDialog, type ReviewDialogData } from '../review-dialog/review-dialog';
import {
  type Application, APPLICATION_STATUSES, type ApplicationStatus, type ApplicationTab, listQuery, type ReviewAction, reviewActionsFor,
  viewFromParams, viewToParams,
} from './application-tabs';

type ApplicationPage = Data<'/api/v1/distributor/applications', 'get'>;
type Brand = Data<'/api/v1/brands', 'get'>['items'][number];
type ListState = { kind: 'loading' } | { kind: 'error'; message: Message } | { kind: 'ready'; page: ApplicationPage };

/**
 * Distributor applications of the admin's brands (the API scopes them), a tab per status with its count,
 * newest first, paginated on the server, optionally one brand; approve, or reject with a reason, one or a
 * selection at a time (each its own audited review), with progress and the API's answer per application.
 */
@Component({
  selector: 'app-distributor-applications',
  imports: [
    DatePipe, DistributorsNav, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatIconModule, MatPaginatorModule, MatSelectModule,
    MatTableModule, MatTabsModule, TranslocoDirective,
  ],
  templateUrl: './application-list.html',
  styleUrls: ['../../orders/orders.scss', '../../withdrawals/withdrawal-list/withdrawal-list.scss', '../distributors.scss'],
})
export class ApplicationList implements OnInit {
  private readonly api = inject(Api);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly tabs: readonly ApplicationTab[] = [...APPLICATION_STATUSES, 'all'];
  protected readonly skeletonRows = Array.from({ length: 5 }, (_, i) => i);
  protected readonly actionsFor = reviewActionsFor;
  protected readonly tab = signal<ApplicationTab>('pending');
  protected readonly brandId = signal<string | null>(null);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly counts = signal<Partial<Record<ApplicationStatus, number>>>({});
  protected readonly brands = signal<Brand[]>([]);

  protected readonly items = computed(() => {
    const s = this.state();
    return s.kind === 'ready' ? s.page.items : [];
  });
  protected readonly selectable = computed(() => this.items().filter((a) => a.status === 'pending'));
  protected readonly selection = new RowSelection(this.items, this.selectable);
  /** A brand admin of one brand has nothing to choose: its name is shown instead of a brand filter. */
  protected readonly singleBrand = computed(() => (this.brands().length === 1 ? this.brands()[0] : null));
  protected readonly columns = computed(() => {
    const t = this.tab();
    const open = t === 'pending' || t === 'all';
    const extra = t === 'rejected' ? ['rejectReason'] : t === 'active' ? ['approvedAt'] : t === 'all' ? ['status'] : [];
    return [...(open ? ['select'] : []), 'applicant', 'brand', 'level', 'upline', 'createdAt', ...extra, ...(open ? ['actions'] : [])];
  });

  private readonly requests = new Subject<void>();

  ngOnInit(): void {
    const view = viewFromParams((name) => this.route.snapshot.queryParamMap.get(name));
    this.tab.set(view.tab);
    this.brandId.set(view.brandId);
    this.pageIndex.set(view.pageIndex);
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (page) => this.brands.set(page.items),
      error: () => this.brands.set([]), // no brand filter then; the list itself still loads
    });
    this.requests
      .pipe(
        switchMap(() =>
          this.api.get('/api/v1/distributor/applications', { query: listQuery(this.view(), this.pageSize()) }).pipe(
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
    void this.router.navigate([], { relativeTo: this.route, queryParams: viewToParams(this.view()), replaceUrl: true });
    this.selection.clear();
    this.requests.next();
    this.loadCounts();
  }

  protected showTab(tab: ApplicationTab): void {
    this.tab.set(tab);
    this.pageIndex.set(0);
    this.reload();
  }

  protected chooseBrand(brandId: string): void {
    this.brandId.set(brandId || null);
    this.pageIndex.set(0);
    this.reload();
  }

  protected changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.reload();
  }

  protected review(action: ReviewAction, items: readonly Application[]): void {
    this.dialog
      .open<ReviewDialog, ReviewDialogData, number>(ReviewDialog, { data: { action, items }, autoFocus: 'first-tabbable' })
      .afterClosed()
      .subscribe((changed) => {
        if (changed === undefined) return; // cancelled: nothing was sent
        if (changed > 0) {
          const notice = this.transloco.translate(action === 'approve' ? 'distributors.review.approved' : 'distributors.review.rejected', { count: changed });
          this.snackBar.open(notice, this.transloco.translate('common.close'), { duration: 4_000 });
        }
        this.reload();
      });
  }

  private view() {
    return { tab: this.tab(), brandId: this.brandId(), pageIndex: this.pageIndex() };
  }

  private loadCounts(): void {
    const brand = this.brandId() ? { brandId: this.brandId() as string } : {};
    const totals = APPLICATION_STATUSES.map((status) =>
      this.api.get('/api/v1/distributor/applications', { query: { status, page: 1, pageSize: 1, ...brand } }).pipe(
        map((p) => [status, p.total] as const),
        catchError(() => of(null)), // a missing count hides the badge; the list says its own failure
      ),
    );
    forkJoin(totals).subscribe((pairs) => this.counts.set(Object.fromEntries(pairs.filter((p) => p !== null))));
  }
}
