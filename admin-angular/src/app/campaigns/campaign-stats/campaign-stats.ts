import { Component, computed, DestroyRef, effect, inject, input, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { catchError, map, of, startWith, Subject, switchMap } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { describeError, type Message } from '../../core/errors/error-messages';
import { yuan } from '../../dashboard/dashboard-range';
import { type CampaignStatsData, distributorName, funnelOption, isQuiet, rewardsOption, type StatsLabels, statsKpis } from './campaign-stats-view';

type StatsState = { kind: 'loading' } | { kind: 'error'; message: Message } | { kind: 'ready'; data: CampaignStatsData };

/**
 * One campaign's statistics: key figures, the views → sign-ups → paid funnel, and per distributor the
 * referred sign-ups, paid orders, revenue and rewards by level (paginated on the server, with a chart of the
 * page's rewards). A page change keeps the figures on screen until the next page arrives.
 */
@Component({
  selector: 'app-campaign-stats',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatPaginatorModule, MatTableModule, NgxEchartsDirective, TranslocoDirective],
  templateUrl: './campaign-stats.html',
  styleUrl: './campaign-stats.scss',
})
export class CampaignStats {
  /** The campaign's id, from the route. */
  readonly id = input.required<string>();

  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly state = signal<StatsState>({ kind: 'loading' });
  protected readonly campaignName = signal<string | null>(null);
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  protected readonly paging = signal(false);
  protected readonly columns = ['distributor', 'orders', 'paidOrders', 'revenue', 'level1', 'level2', 'level3', 'total'];
  protected readonly skeletonCards = Array.from({ length: 6 }, (_, i) => i);
  protected readonly yuan = yuan;
  protected readonly distributorName = distributorName;

  private readonly lang = signal(this.transloco.getActiveLang());
  private readonly labels = computed<StatsLabels>(() => {
    this.lang();
    const t = (k: string, p?: Record<string, unknown>) => this.transloco.translate(`stats.${k}`, p);
    return { views: t('kpi.views'), signups: t('kpi.signups'), paidOrders: t('kpi.paidOrders'), level: (n) => t('table.levelN', { n }) };
  });
  protected readonly data = computed(() => {
    const s = this.state();
    return s.kind === 'ready' ? s.data : null;
  });
  protected readonly kpis = computed(() => {
    const d = this.data();
    return d ? statsKpis(d) : [];
  });
  protected readonly quiet = computed(() => {
    const d = this.data();
    return d ? isQuiet(d) : false;
  });
  protected readonly funnelChart = computed(() => {
    const d = this.data();
    return d && !isQuiet(d) ? funnelOption(d, this.labels()) : null;
  });
  protected readonly rewardsChart = computed(() => {
    const d = this.data();
    return d && d.distributors.items.length > 0 ? rewardsOption(d.distributors.items, this.labels()) : null;
  });

  private readonly loads = new Subject<{ quiet: boolean }>();

  constructor() {
    this.transloco.langChanges$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((l) => this.lang.set(l));
    this.loads
      .pipe(
        switchMap(({ quiet }) =>
          this.api.get('/api/v1/campaigns/{id}/stats', { params: { id: this.id() }, query: { page: this.pageIndex() + 1, pageSize: this.pageSize() } }).pipe(
            map((data): StatsState => ({ kind: 'ready', data })),
            catchError((err: unknown) => of<StatsState>({ kind: 'error', message: describeError(err) })),
            quiet ? (source) => source : startWith<StatsState>({ kind: 'loading' }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => {
        this.paging.set(false);
        this.state.set(state);
      });
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.pageIndex.set(0);
        this.loads.next({ quiet: false });
        this.api.get('/api/v1/campaigns/{id}', { params: { id } }).subscribe({ next: (c) => this.campaignName.set(c.name), error: () => this.campaignName.set(null) });
      });
    });
  }

  protected changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.paging.set(true);
    this.loads.next({ quiet: true });
  }

  protected retry(): void {
    this.loads.next({ quiet: false });
  }
}
