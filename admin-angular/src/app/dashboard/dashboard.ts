import { DatePipe } from '@angular/common';
import { Component, computed, DestroyRef, effect, inject, OnInit, signal, type WritableSignal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDatepickerIntl, MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Data } from '@dmh/api-client';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { catchError, debounceTime, map, Observable, of, Subject, switchMap } from 'rxjs';
import { Api } from '../core/api/api.service';
import { AuthService } from '../core/auth/auth.service';
import { describeError, type Message } from '../core/errors/error-messages';
import { TranslatedDatepickerIntl } from '../core/i18n/datepicker-intl';
import { type ChartLabels, funnelOption, leaderboardOption, trendOption } from './dashboard-charts';
import { percent, type Preset, PRESETS, type Range, rangeOf, rangeQuery, yuan } from './dashboard-range';
import { LiveFeed } from './live-feed/live-feed.service';

type Summary = Data<'/api/v1/dashboard/summary', 'get'>;
type Trend = Data<'/api/v1/dashboard/trend', 'get'>;
type Funnel = Data<'/api/v1/dashboard/funnel', 'get'>;
type Leaderboard = Data<'/api/v1/dashboard/leaderboard', 'get'>;
type Brand = Data<'/api/v1/brands', 'get'>['items'][number];
export type Loaded<T> = { kind: 'loading' } | { kind: 'error'; message: Message } | { kind: 'ready'; data: T };

/**
 * The dashboard: key figures for today, 7 or 30 days or a custom range, the daily trend, a funnel per
 * campaign, the distributors' leaderboard, and the live settlement feed beside them. The API scopes every
 * figure to the admin's brands. A reward arriving on the live feed refreshes the figures (no polling).
 */
@Component({
  selector: 'app-dashboard',
  imports: [
    DatePipe, ReactiveFormsModule, MatButtonModule, MatButtonToggleModule, MatDatepickerModule, MatFormFieldModule, MatIconModule, MatInputModule,
    MatSelectModule, NgxEchartsDirective, TranslocoDirective,
  ],
  providers: [LiveFeed, { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl }],
  templateUrl: './dashboard.html',
  styleUrl: './dashboard.scss',
})
export class Dashboard implements OnInit {
  private readonly api = inject(Api);
  private readonly auth = inject(AuthService);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly feed = inject(LiveFeed);

  protected readonly presets = PRESETS;
  protected readonly preset = signal<Preset>('today');
  protected readonly brandId = signal('');
  protected readonly brands = signal<Brand[]>([]);
  protected readonly custom = inject(NonNullableFormBuilder).group({ start: [null as Date | null], end: [null as Date | null] });
  protected readonly range = signal<Range | null>(rangeOf('today', new Date()));

  protected readonly summary = signal<Loaded<Summary>>({ kind: 'loading' });
  protected readonly trend = signal<Loaded<Trend>>({ kind: 'loading' });
  protected readonly funnel = signal<Loaded<Funnel>>({ kind: 'loading' });
  protected readonly leaderboard = signal<Loaded<Leaderboard>>({ kind: 'loading' });
  protected readonly selectedCampaign = signal<string | null>(null);

  protected readonly showBrandFilter = computed(() => this.auth.isPlatformAdmin() || this.brands().length > 1);
  protected readonly skeletonCards = Array.from({ length: 7 }, (_, i) => i);
  protected readonly yuan = yuan;
  protected readonly percent = percent;

  private readonly lang = signal(this.transloco.getActiveLang());
  private readonly labels = computed<ChartLabels>(() => {
    this.lang();
    const t = (k: string) => this.transloco.translate(`dashboard.kpi.${k}`);
    return { visits: t('visits'), signups: t('signups'), paidOrders: t('paidOrders'), revenue: t('revenue'), earned: t('earned') };
  });
  protected readonly trendChart = computed(() => {
    const s = this.trend();
    return s.kind === 'ready' ? trendOption(s.data.days, this.labels()) : null;
  });
  protected readonly trendEmpty = computed(() => {
    const s = this.trend();
    return s.kind === 'ready' && s.data.days.every((d) => d.visits === 0 && d.signups === 0 && d.paidOrders === 0);
  });
  protected readonly funnelItem = computed(() => {
    const s = this.funnel();
    if (s.kind !== 'ready') return null;
    return s.data.items.find((i) => i.campaignId === this.selectedCampaign()) ?? s.data.items[0] ?? null;
  });
  protected readonly funnelChart = computed(() => {
    const item = this.funnelItem();
    return item ? funnelOption(item, this.labels()) : null;
  });
  protected readonly leaderboardChart = computed(() => {
    const s = this.leaderboard();
    return s.kind === 'ready' && s.data.items.length > 0 ? leaderboardOption(s.data.items, this.labels()) : null;
  });
  protected readonly campaignNames = computed(() => {
    const s = this.funnel();
    return new Map(s.kind === 'ready' ? s.data.items.map((i) => [i.campaignId, i.campaignName]) : []);
  });

  private readonly reloads = new Subject<void>();

  constructor() {
    // A reward settling now changes today's figures: refresh them (at most every 300 ms), not on a timer.
    effect(() => {
      if (this.feed.fresh().size > 0) this.reloads.next();
    });
  }

  ngOnInit(): void {
    this.transloco.langChanges$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((l) => this.lang.set(l));
    this.api.get('/api/v1/brands', { query: { page: 1, pageSize: 100 } }).subscribe({
      next: (page) => this.brands.set(page.items),
      error: () => this.brands.set([]),
    });
    this.custom.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((v) => {
      if (this.preset() !== 'custom') return;
      const range = rangeOf('custom', new Date(), { start: v.start ?? null, end: v.end ?? null });
      if (range) this.setRange(range);
    });
    this.reloads.pipe(debounceTime(300), takeUntilDestroyed(this.destroyRef)).subscribe(() => this.load(false));
    this.load(true);
    this.feed.start(this.brandId());
  }

  protected choosePreset(preset: Preset): void {
    this.preset.set(preset);
    if (preset === 'custom') {
      const v = this.custom.getRawValue();
      const range = rangeOf('custom', new Date(), v);
      if (range) this.setRange(range);
      return;
    }
    this.setRange(rangeOf(preset, new Date()));
  }

  protected chooseBrand(brandId: string): void {
    this.brandId.set(brandId);
    this.feed.start(brandId);
    this.load(true);
  }

  protected chooseCampaign(campaignId: string): void {
    this.selectedCampaign.set(campaignId);
  }

  protected retry(): void {
    this.load(true);
  }

  protected campaignName(id: string): string {
    return this.campaignNames().get(id) ?? `#${id}`;
  }

  private setRange(range: Range | null): void {
    this.range.set(range);
    this.load(true);
  }

  /** Every section loads on its own: one failing says so in its place, the others still show. */
  private load(showSkeletons: boolean): void {
    const range = this.range();
    if (!range) return;
    const q = rangeQuery(range, this.brandId());
    const { tzOffsetMinutes, ...plain } = q;
    this.fetch(this.summary, this.api.get('/api/v1/dashboard/summary', { query: plain }), showSkeletons);
    this.fetch(this.trend, this.api.get('/api/v1/dashboard/trend', { query: { ...plain, tzOffsetMinutes } }), showSkeletons);
    this.fetch(this.funnel, this.api.get('/api/v1/dashboard/funnel', { query: { ...plain, limit: 10 } }), showSkeletons);
    this.fetch(this.leaderboard, this.api.get('/api/v1/dashboard/leaderboard', { query: { ...plain, limit: 10 } }), showSkeletons);
  }

  private readonly inFlight = new Map<object, Subject<Observable<unknown>>>();

  /** Latest request wins per section (switchMap); a refresh keeps the figures on screen until the new ones arrive. */
  private fetch<T>(target: WritableSignal<Loaded<T>>, request: Observable<T>, showSkeleton: boolean): void {
    let subject = this.inFlight.get(target) as Subject<Observable<T>> | undefined;
    if (!subject) {
      const created = new Subject<Observable<T>>();
      this.inFlight.set(target, created as Subject<Observable<unknown>>);
      created
        .pipe(
          switchMap((req) => req.pipe(map((data): Loaded<T> => ({ kind: 'ready', data })), catchError((err: unknown) => of<Loaded<T>>({ kind: 'error', message: describeError(err) })))),
          takeUntilDestroyed(this.destroyRef),
        )
        .subscribe((state) => target.set(state));
      subject = created;
    }
    if (showSkeleton) target.set({ kind: 'loading' });
    subject.next(request);
  }
}
