import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';
import { Observable, of, Subject, throwError } from 'rxjs';
import zh from '../../../../public/i18n/zh-CN.json';
import ops from '../../../../public/i18n/ops/zh-CN.json';
import { ApiError } from '../../core/api/api-error';
import { Api } from '../../core/api/api.service';
import { OpsCharts } from './ops-charts';
import { CHART_KEYS, chartOption, CHARTS_REFRESH_EVERY_MS, type ChartKey, formatValue, type OpsChart, type OpsMetrics } from './ops-charts-view';

const T0 = Date.UTC(2026, 11, 4, 11, 0, 0);
const times = [T0, T0 + 30_000, T0 + 60_000];
function chart(key: ChartKey, over: Partial<OpsChart> = {}): OpsChart {
  return { key, unit: 'count', lines: [{ name: 'pending', values: [0, 1, 2] }], error: null, ...over };
}
/** An answer with every chart drawn, but those given otherwise. */
function metrics(over: Partial<Record<ChartKey, Partial<OpsChart>>> = {}, configured = true): OpsMetrics {
  return { configured, range: '1h', stepSeconds: 30, times: configured ? times : [], charts: CHART_KEYS.map((k) => chart(k, configured ? over[k] : { lines: [] })) };
}

describe('ops charts view', () => {
  it('says each unit as people read it', () => {
    expect([formatValue('seconds', 0.0123), formatValue('seconds', 2.5), formatValue('perSecond', 0.25), formatValue('perMinute', 120.4)]).toEqual(['12.3 ms', '2.5 s', '0.25/s', '120/min']);
    expect([formatValue('ratio', 0.975), formatValue('count', 3)]).toEqual(['97.5 %', '3']);
  });

  it('draws a line per series on the time axis, named in words, the paid line first and green, gaps kept as gaps', () => {
    const c = chart('paymentCallbacks', { unit: 'perSecond', lines: [{ name: 'invalid', values: [0, 0, 0] }, { name: 'paid', values: [null, 0.25, 0.5] }] });
    const option = chartOption(c, times, (n) => ({ paid: '支付成功' })[n] ?? n) as any;
    expect(option.xAxis.type).toBe('time');
    expect(option.series.map((s: any) => s.name)).toEqual(['支付成功', 'invalid']);
    expect(option.series.map((s: any) => s.itemStyle.color)).toEqual(['#2e7d32', '#ef6c00']);
    expect(option.series[0].data).toEqual([[T0, null], [T0 + 30_000, 0.25], [T0 + 60_000, 0.5]]);
    expect(option.series[0].connectNulls).toBeFalse();
    expect(option.series.map((s: any) => s.showSymbol)).toEqual([false, false]);
    const lone = chartOption(chart('settlementDelayP95', { unit: 'seconds', lines: [{ name: 'p95', values: [null, 0.05, null] }] }), times, String) as any;
    expect(lone.series[0].showSymbol).withContext('a point alone between gaps is drawn as a dot').toBeTrue();
    expect(option.legend.show).not.toBeFalse();
    expect(option.yAxis.axisLabel.formatter(0.5)).toBe('0.5/s');
    expect((chartOption(chart('paymentSuccess', { unit: 'ratio' }), times, String) as any).yAxis.max).toBe(1);
  });
});

describe('OpsCharts', () => {
  let fixture: ComponentFixture<OpsCharts>;
  let api: jasmine.SpyObj<Api>;
  let answers: Observable<unknown>[];
  let el: HTMLElement;

  beforeEach(async () => {
    answers = [];
    api = jasmine.createSpyObj<Api>('Api', ['get']);
    api.get.and.callFake((() => answers.shift() ?? new Subject()) as never);
    await TestBed.configureTestingModule({
      imports: [OpsCharts, TranslocoTestingModule.forRoot({ langs: { 'zh-CN': { ...zh, ops } }, translocoConfig: { availableLangs: ['zh-CN'], defaultLang: 'zh-CN' } })],
      providers: [{ provide: Api, useValue: api }, provideEchartsCore({ echarts: () => new Promise(() => undefined) })],
    }).compileComponents();
  });

  afterEach(() => fixture?.destroy());

  function render(): void {
    fixture = TestBed.createComponent(OpsCharts);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  }
  const states = () => Object.fromEntries(Array.from(el.querySelectorAll('[data-chart]')).map((c) => [c.getAttribute('data-chart'), c.getAttribute('data-state')]));
  const card = (key: ChartKey) => el.querySelector(`[data-chart=${key}]`) as HTMLElement;
  const ranges = () => api.get.calls.allArgs().map(([path, opts]) => [path, (opts as { query: { range: string } }).query.range]);

  it('asks for the last hour; each chart is a skeleton, then drawn with its points, or says it has no data yet, or why its query failed', () => {
    const answer = new Subject<OpsMetrics>();
    answers.push(answer);
    render();
    expect(ranges()).toEqual([['/api/v1/ops/metrics', '1h']]);
    expect(Object.values(states())).toEqual(CHART_KEYS.map(() => 'loading'));
    expect(card('apiP95').querySelector('[data-testid=ops-chart-loading]')).not.toBeNull();

    answer.next(metrics({
      ordersCreated: { lines: [{ name: 'created', values: [null, null, null] }] },
      syncBacklog: { lines: [] },
      outboxBacklog: { lines: [], error: 'Prometheus refused the query (HTTP 422, execution): too many samples' },
    }));
    fixture.detectChanges();
    expect(states()).toEqual({
      apiP95: 'ready', paymentCallbacks: 'ready', paymentSuccess: 'ready', settlementDelayP95: 'ready',
      ordersCreated: 'empty', syncAttempts: 'ready', syncBacklog: 'empty', outboxBacklog: 'error',
    });
    expect(card('apiP95').querySelector('[data-testid=ops-chart-plot]')?.getAttribute('data-points')).toBe('3');
    expect(card('ordersCreated').textContent).toContain(ops.charts.empty);
    expect(card('outboxBacklog').textContent).toContain(ops.charts.queryFailed);
    expect(card('outboxBacklog').textContent).toContain('too many samples');
    expect(card('apiP95').textContent).toContain(ops.charts.titles.apiP95);
  });

  it('says the charts are not configured, in every chart, when the API has no Prometheus', () => {
    answers.push(of(metrics({}, false)));
    render();
    expect(Object.values(states())).toEqual(CHART_KEYS.map(() => 'notConfigured'));
    expect(card('paymentSuccess').querySelector('[data-testid=ops-chart-notConfigured]')?.textContent).toContain(ops.charts.notConfigured);
  });

  it('Prometheus down (503) is an error with the reason in every chart; retry asks again and draws', () => {
    answers.push(throwError(() => new ApiError(503, 50300, 'Prometheus is unavailable, retry shortly: connection refused by 127.0.0.1:19090')), of(metrics()));
    render();
    expect(Object.values(states())).toEqual(CHART_KEYS.map(() => 'error'));
    expect(card('apiP95').textContent).toContain(ops.charts.prometheusDown);
    expect(card('apiP95').textContent).toContain('connection refused by 127.0.0.1:19090');
    (card('syncAttempts').querySelector('[data-testid=ops-chart-retry]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(api.get).toHaveBeenCalledTimes(2);
    expect(Object.values(states())).toEqual(CHART_KEYS.map(() => 'ready'));
  });

  it('another failure is said as elsewhere in the console (no Prometheus wording)', () => {
    answers.push(throwError(() => new ApiError(0, 0, 'offline')));
    render();
    expect(card('apiP95').textContent).toContain(zh.errors.NETWORK);
    expect(card('apiP95').textContent).not.toContain(ops.charts.prometheusDown);
  });

  it('choosing a range asks for that range at once, with skeletons until it answers; the latest answer wins', () => {
    const first = new Subject<OpsMetrics>();
    const six = new Subject<OpsMetrics>();
    answers.push(first, six, of(metrics()));
    render();
    const toggle = (r: string) => (el.querySelector(`[data-range="${r}"] button`) as HTMLButtonElement).click();
    toggle('6h');
    fixture.detectChanges();
    expect(ranges()).toEqual([['/api/v1/ops/metrics', '1h'], ['/api/v1/ops/metrics', '6h']]);
    first.next(metrics({ apiP95: { lines: [] } })); // the answer for 1 h arrives late: dropped
    fixture.detectChanges();
    expect(states()['apiP95']).toBe('loading');
    six.next({ ...metrics(), range: '6h', stepSeconds: 120 });
    fixture.detectChanges();
    expect(states()['apiP95']).toBe('ready');
    toggle('24h');
    fixture.detectChanges();
    expect(ranges().at(-1)).toEqual(['/api/v1/ops/metrics', '24h']);
    expect(el.querySelector('[data-range="24h"]')?.classList).toContain('mat-button-toggle-checked');
  });

  describe('auto-refresh', () => {
    beforeEach(() => jasmine.clock().install());
    afterEach(() => jasmine.clock().uninstall());

    it('asks again every 30 s while the page is visible, keeping the charts drawn meanwhile; not while hidden', () => {
      const visibility = spyOnProperty(document, 'visibilityState').and.returnValue('visible');
      const later = new Subject<OpsMetrics>();
      answers.push(of(metrics()), later);
      render();
      jasmine.clock().tick(CHARTS_REFRESH_EVERY_MS);
      fixture.detectChanges();
      expect(api.get).toHaveBeenCalledTimes(2);
      expect(states()['apiP95']).toBe('ready');
      visibility.and.returnValue('hidden');
      jasmine.clock().tick(CHARTS_REFRESH_EVERY_MS * 3);
      expect(api.get).toHaveBeenCalledTimes(2);
    });
  });
});
