import { DatePipe } from '@angular/common';
import { Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerIntl, MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective } from '@jsverse/transloco';
import { catchError, debounceTime, map, of, startWith, Subject, switchMap } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { AuthService } from '../../core/auth/auth.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { TranslatedDatepickerIntl } from '../../core/i18n/datepicker-intl';
import { applyFieldErrors, serverMessages } from '../../shared/form-errors';
import {
  CAMPAIGN_STATUSES, campaignQuery, type CampaignFilters, type CampaignStatus, FILTER_FIELDS, hasFilters, NO_FILTERS, PAGE_SIZES, paramsToView,
  viewToParams,
} from './campaign-query';

type CampaignPage = Data<'/api/v1/campaigns', 'get'>;
type Brand = Data<'/api/v1/brands', 'get'>['items'][number];
type ListState = { kind: 'loading' } | { kind: 'error'; message: Message } | { kind: 'ready'; page: CampaignPage };

/**
 * The campaigns of the admin's brands (every brand for a platform admin: the API scopes the list), newest
 * first, paginated and filtered on the server: name, status, brand, start date range. Filters and page live
 * in the address (`?q=…&status=…&page=…`), so a reload or a shared link shows the same list.
 */
@Component({
  selector: 'app-campaign-list',
  imports: [
    DatePipe, ReactiveFormsModule, MatButtonModule, MatDatepickerModule, MatFormFieldModule, MatIconModule, MatInputModule, MatPaginatorModule, MatSelectModule,
    MatTableModule, RouterLink, TranslocoDirective,
  ],
  // Here, not at the root: the date picker (and its labels) load with this screen, not with the app.
  providers: [{ provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl }],
  templateUrl: './campaign-list.html',
  styleUrl: './campaign-list.scss',
})
export class CampaignList implements OnInit {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly statuses = CAMPAIGN_STATUSES;
  /** Create and edit need campaign:write; a reader sees the list without them. */
  protected readonly canWrite = computed(() => this.auth.me()?.permissions.includes('campaign:write') ?? false);
  protected readonly columns = computed(() => ['name', 'brand', 'status', 'price', 'seats', 'window', 'updatedAt', ...(this.canWrite() ? ['actions'] : [])]);
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly skeletonRows = Array.from({ length: 6 }, (_, i) => i);
  protected readonly serverMessages = serverMessages;

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly filtersForm = this.fb.group({
    keyword: this.fb.control(''),
    status: this.fb.control<CampaignStatus | ''>(''),
    brandId: this.fb.control(''),
    // The range picker checks the order itself (matEndDateInvalid); an unfinished range is not sent.
    startsFrom: this.fb.control<Date | null>(null),
    startsTo: this.fb.control<Date | null>(null),
  });
  protected readonly filters = signal<CampaignFilters>(NO_FILTERS);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly state = signal<ListState>({ kind: 'loading' });
  protected readonly brands = signal<Brand[]>([]);
  protected readonly filtered = computed(() => hasFilters(this.filters()));
  /** A brand admin of a single brand has nothing to choose: the brand filter is hidden, its name shown. */
  protected readonly singleBrand = computed(() => (!this.auth.isPlatformAdmin() && this.brands().length === 1 ? this.brands()[0] : null));
  protected readonly brandNames = computed(() => new Map(this.brands().map((b) => [b.id, b.name])));

  private readonly requests = new Subject<void>();

  ngOnInit(): void {
    const view = paramsToView((name) => this.route.snapshot.queryParamMap.get(name));
    this.filtersForm.setValue(view.filters, { emitEvent: false });
    this.filters.set(view.filters);
    this.pageIndex.set(view.pageIndex);
    this.pageSize.set(view.pageSize);
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (page) => this.brands.set(page.items),
      error: () => this.brands.set([]), // names fall back to ids; the list itself still loads
    });
    this.filtersForm.valueChanges.pipe(debounceTime(350), takeUntilDestroyed(this.destroyRef)).subscribe(() => this.applyFilters());
    this.requests
      .pipe(
        switchMap(() =>
          this.api.get('/api/v1/campaigns', { query: campaignQuery(this.filters(), this.pageIndex(), this.pageSize()) }).pipe(
            map((page): ListState => ({ kind: 'ready', page })),
            catchError((err: unknown) => of(this.failed(err))),
            startWith<ListState>({ kind: 'loading' }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.state.set(state));
    this.reload();
  }

  protected reload(): void {
    const queryParams = viewToParams({ filters: this.filters(), pageIndex: this.pageIndex(), pageSize: this.pageSize() });
    void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true });
    this.requests.next();
  }

  protected changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.reload();
  }

  protected clearFilters(): void {
    this.filtersForm.reset({ ...NO_FILTERS });
    this.applyFilters();
  }

  protected brandName(id: string): string {
    return this.brandNames().get(id) ?? `#${id}`;
  }

  private applyFilters(): void {
    if (this.filtersForm.invalid) return;
    this.filters.set(this.filtersForm.getRawValue());
    this.pageIndex.set(0);
    this.reload();
  }

  /** A refused filter is said beside its input; anything else replaces the table with words and a retry. */
  private failed(err: unknown): ListState {
    const unshown = applyFieldErrors(this.filtersForm, err, FILTER_FIELDS);
    return { kind: 'error', message: unshown[0] ?? describeError(err) };
  }
}

