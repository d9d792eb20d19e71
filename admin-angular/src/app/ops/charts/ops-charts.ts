import { DOCUMENT } from '@angular/common';
import { Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { catchError, filter, map, merge, type Observable, of, Subject, switchMap } from 'rxjs';
import { Api } from '../../core/api/api.service';
import { whileVisible } from '../../shared/while-visible';
import { chartCards, chartsProblem, CHARTS_REFRESH_EVERY_MS, type Loaded, type MetricRange, RANGES } from './ops-charts-view';

/**
 * The Ops page's charts ("监控图表"): the API's fixed Prometheus queries over the last 1 h, 6 h or 24 h, one
 * small line chart each, with its own loading, empty, error and not-configured state. Asked again every 30 s
 * while the page is visible; a range chosen is asked at once (the latest answer wins).
 */
@Component({
  selector: 'app-ops-charts',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule, NgxEchartsDirective, TranslocoDirective],
  templateUrl: './ops-charts.html',
  styleUrls: ['../../shared/list/list-page.scss', './ops-charts.scss'],
})
export class OpsCharts implements OnInit {
  private readonly api = inject(Api);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly requests = new Subject<Observable<Loaded>>();
  private lastAsked = 0;

  protected readonly ranges = RANGES;
  protected readonly range = signal<MetricRange>('1h');
  protected readonly state = signal<Loaded>({ kind: 'loading' });
  protected readonly refreshSeconds = CHARTS_REFRESH_EVERY_MS / 1000;
  /** Bumped when the language or a translation file changes, so the legends are said again. */
  private readonly translations = signal(0);
  protected readonly cards = computed(() => {
    this.translations();
    return chartCards(this.state(), (name) => this.lineName(name));
  });

  ngOnInit(): void {
    merge(this.transloco.langChanges$, this.transloco.events$.pipe(filter((e) => e.type === 'translationLoadSuccess')))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.translations.update((n) => n + 1));
    this.requests.pipe(switchMap((r) => r), takeUntilDestroyed(this.destroyRef)).subscribe((s) => this.state.set(s));
    this.load(true);
    whileVisible(this.document, this.destroyRef, CHARTS_REFRESH_EVERY_MS, (cause) => {
      if (cause === 'timer' || Date.now() - this.lastAsked >= CHARTS_REFRESH_EVERY_MS) this.load(false);
    });
  }

  protected chooseRange(range: MetricRange): void {
    this.range.set(range);
    this.load(true);
  }

  protected retry(): void {
    this.load(true);
  }

  /** A refresh keeps the charts on screen until the new answer; a new range or a retry shows the skeletons. */
  private load(showSkeletons: boolean): void {
    this.lastAsked = Date.now();
    if (showSkeletons) this.state.set({ kind: 'loading' });
    this.requests.next(
      this.api.get('/api/v1/ops/metrics', { query: { range: this.range() } }).pipe(
        map((metrics): Loaded => ({ kind: 'ready', metrics })),
        catchError((err: unknown) => of(chartsProblem(err))),
      ),
    );
  }

  /** A line's name in words (`paid` → 支付成功); a label value the copy does not know stays as it is. */
  private lineName(name: string): string {
    const key = `ops.charts.lines.${name}`;
    const said = name ? this.transloco.translate(key) : '';
    return said && said !== key ? said : name || '—';
  }
}
