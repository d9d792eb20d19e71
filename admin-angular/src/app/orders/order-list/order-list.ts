import { DatePipe } from '@angular/common';
import { Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerIntl, MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';
import { debounceTime } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { TranslatedDatepickerIntl } from '../../core/i18n/datepicker-intl';
import { applyFieldErrors, serverMessages } from '../../shared/form-errors';
import { ListFrame } from '../../shared/list/list-frame';
import { PagedList } from '../../shared/list/paged-list';
import {
  FILTER_FIELDS, hasFilters, NO_FILTERS, ORDER_NO, ORDER_STATUSES, type OrderFilters, orderQuery, type OrderStatus, PAY_STATUSES,
  type PayStatus, paramsToView, PHONE_PREFIX, viewToParams,
} from './order-query';

type Order = Data<'/api/v1/orders', 'get'>['items'][number];
type Named = { id: string; name: string };

/**
 * The orders of the admin's brands (the API scopes them), newest first, paginated and filtered on the
 * server: number, phone prefix, campaign, brand, status, payment, creation days. Filters and page live in
 * the address, so a reload or a shared link shows the same list; a row opens the order's detail.
 */
@Component({
  selector: 'app-order-list',
  imports: [
    DatePipe, ReactiveFormsModule, RouterLink, MatButtonModule, MatDatepickerModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatSelectModule, MatTableModule, TranslocoDirective, ListFrame,
  ],
  providers: [{ provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl }],
  templateUrl: './order-list.html',
  styleUrls: ['../../shared/list/list-page.scss', '../orders.scss'],
})
export class OrderList implements OnInit {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly statuses = ORDER_STATUSES;
  protected readonly payStatuses = PAY_STATUSES;
  protected readonly columns = ['orderNo', 'campaign', 'phone', 'amount', 'status', 'payStatus', 'sync', 'createdAt'];
  protected readonly serverMessages = serverMessages;

  protected readonly filtersForm = this.fb.group({
    orderNo: this.fb.control('', Validators.pattern(ORDER_NO)),
    phone: this.fb.control('', Validators.pattern(PHONE_PREFIX)),
    campaignId: this.fb.control(''),
    brandId: this.fb.control(''),
    status: this.fb.control<OrderStatus | ''>(''),
    payStatus: this.fb.control<PayStatus | ''>(''),
    from: this.fb.control<Date | null>(null),
    to: this.fb.control<Date | null>(null),
  });
  protected readonly filters = signal<OrderFilters>(NO_FILTERS);
  protected readonly list = new PagedList<Order>(
    (page, pageSize) => this.api.get('/api/v1/orders', { query: orderQuery(this.filters(), page - 1, pageSize) }),
    this.destroyRef,
    (err) => applyFieldErrors(this.filtersForm, err, FILTER_FIELDS)[0] ?? null,
  );
  protected readonly brands = signal<Named[]>([]);
  protected readonly campaigns = signal<Named[]>([]);
  protected readonly filtered = computed(() => hasFilters(this.filters()));
  protected readonly showBrandFilter = computed(() => this.auth.isPlatformAdmin() || this.brands().length > 1);
  protected readonly canReadRefunds = computed(() => this.auth.me()?.permissions.includes('order:read') ?? false);

  ngOnInit(): void {
    const view = paramsToView((name) => this.route.snapshot.queryParamMap.get(name));
    this.filtersForm.setValue(view.filters, { emitEvent: false });
    this.filters.set(view.filters);
    this.list.pageIndex.set(view.pageIndex);
    this.list.pageSize.set(view.pageSize);
    // Names for the filters; the list itself loads without them.
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({ next: (p) => this.brands.set(p.items), error: () => undefined });
    this.api.get('/api/v1/campaigns', { query: { page: 1, pageSize: 100 } }).subscribe({ next: (p) => this.campaigns.set(p.items), error: () => undefined });
    this.filtersForm.valueChanges.pipe(debounceTime(350), takeUntilDestroyed(this.destroyRef)).subscribe(() => this.applyFilters());
    this.reload();
  }

  protected reload(): void {
    this.keepInAddress();
    this.list.reload();
  }

  /** Filters and page in the address, so a reload or a shared link shows the same list. */
  protected keepInAddress(): void {
    const queryParams = viewToParams({ filters: this.filters(), pageIndex: this.list.pageIndex(), pageSize: this.list.pageSize() });
    void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true });
  }

  protected clearFilters(): void {
    this.filtersForm.reset({ ...NO_FILTERS });
    this.applyFilters();
  }

  protected openOrder(id: string): void {
    void this.router.navigate([id], { relativeTo: this.route });
  }

  private applyFilters(): void {
    if (this.filtersForm.invalid) return;
    this.filters.set(this.filtersForm.getRawValue());
    this.list.pageIndex.set(0);
    this.reload();
  }
}
