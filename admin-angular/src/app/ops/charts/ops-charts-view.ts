import type { Data } from '@dmh/api-client';
import type { EChartsCoreOption } from 'echarts/core';
import { ApiError } from '../../core/api/api-error';
import { describeError, type Message } from '../../core/errors/error-messages';

export type OpsMetrics = Data<'/api/v1/ops/metrics', 'get'>;
export type OpsChart = OpsMetrics['charts'][number];
export type ChartKey = OpsChart['key'];
export type ChartUnit = OpsChart['unit'];
export type MetricRange = OpsMetrics['range'];

export const RANGES: readonly MetricRange[] = ['1h', '6h', '24h'];
/** The charts in the order the page shows them (the API answers the same set). */
export const CHART_KEYS: readonly ChartKey[] = [
  'apiP95', 'paymentCallbacks', 'paymentSuccess', 'settlementDelayP95', 'ordersCreated', 'syncAttempts', 'syncBacklog', 'outboxBacklog',
];
/** How often the charts are asked again while the page is visible (the 1 h range has a point every 30 s). */
export const CHARTS_REFRESH_EVERY_MS = 30_000;

export type Loaded = { kind: 'loading' } | { kind: 'error'; message: Message; detail: string | null } | { kind: 'ready'; metrics: OpsMetrics };

/** One chart's card: what it shows (each chart has its own state) and, when ready, its ECharts options. */
export interface ChartCard {
  key: ChartKey;
  state: 'loading' | 'notConfigured' | 'error' | 'empty' | 'ready';
  message: Message | null;
  /** The API's or Prometheus' reason in words, shown under the message. */
  detail: string | null;
  option: EChartsCoreOption | null;
  /** Values drawn (every line's non-empty points). */
  points: number;
}

/** A failed call in words: Prometheus down (503 50300) says so with the API's reason; anything else as elsewhere. */
export function chartsProblem(err: unknown): Extract<Loaded, { kind: 'error' }> {
  if (err instanceof ApiError && err.code === 50300) return { kind: 'error', message: { key: 'ops.charts.prometheusDown' }, detail: err.message };
  return { kind: 'error', message: describeError(err), detail: null };
}

/** Every chart's card from the page's state. */
export function chartCards(state: Loaded, lineName: (name: string) => string): ChartCard[] {
  return CHART_KEYS.map((key): ChartCard => {
    const card: ChartCard = { key, state: 'loading', message: null, detail: null, option: null, points: 0 };
    if (state.kind === 'loading') return card;
    if (state.kind === 'error') return { ...card, state: 'error', message: state.message, detail: state.detail };
    const m = state.metrics;
    if (!m.configured) return { ...card, state: 'notConfigured', message: { key: 'ops.charts.notConfigured' } };
    const chart = m.charts.find((c) => c.key === key);
    if (chart?.error) return { ...card, state: 'error', message: { key: 'ops.charts.queryFailed' }, detail: chart.error };
    const points = (chart?.lines ?? []).reduce((n, l) => n + l.values.filter((v) => v !== null).length, 0);
    if (!chart || points === 0) return { ...card, state: 'empty', message: { key: 'ops.charts.empty' } };
    return { ...card, state: 'ready', option: chartOption(chart, m.times, lineName), points };
  });
}

const PALETTE = ['#8c4a2f', '#1565c0', '#6a1b9a', '#00838f', '#c98a5b', '#5d4037'];
/**
 * Known lines keep one colour and one place wherever they appear: what went well first and green, what is
 * waiting blue or amber, what failed red. Lines the copy does not know follow, in the palette's colours.
 */
const KNOWN_LINES: readonly (readonly [string, string])[] = [
  ['paid', '#2e7d32'], ['success', '#2e7d32'], ['successRatio', '#2e7d32'], ['created', '#8c4a2f'], ['p95', '#8c4a2f'],
  ['queued', '#1565c0'], ['pending', '#1565c0'], ['replay', '#1565c0'], ['refund', '#6a1b9a'], ['ignored', '#757575'],
  ['retrying', '#ef6c00'], ['failed', '#ef6c00'], ['invalid', '#ef6c00'], ['unavailable', '#f9a825'], ['rejected', '#ad1457'],
  ['failing', '#c62828'], ['dead', '#c62828'], ['error', '#c62828'],
];
const PLACE = new Map(KNOWN_LINES.map(([name], i) => [name, i]));
const COLOUR = new Map(KNOWN_LINES);

/** A small line chart: time on x, the chart's unit on y, a legend when there is more than one line, gaps left as gaps. */
export function chartOption(chart: OpsChart, times: readonly number[], lineName: (name: string) => string): EChartsCoreOption {
  const format = (v: unknown) => (typeof v === 'number' ? formatValue(chart.unit, v) : '—');
  const legend = chart.lines.length > 1;
  const lines = [...chart.lines].sort((a, b) => (PLACE.get(a.name) ?? KNOWN_LINES.length) - (PLACE.get(b.name) ?? KNOWN_LINES.length));
  return {
    color: PALETTE,
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: format },
    legend: legend ? { top: 0, type: 'scroll', itemWidth: 14, itemHeight: 8 } : { show: false },
    grid: { left: 64, right: 16, top: legend ? 32 : 12, bottom: 28 },
    xAxis: { type: 'time', splitNumber: 4, splitLine: { show: false }, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', min: 0, max: chart.unit === 'ratio' ? 1 : undefined, minInterval: chart.unit === 'count' ? 1 : undefined, axisLabel: { formatter: format } },
    series: lines.map((l) => ({
      name: lineName(l.name),
      type: 'line',
      // A line draws nothing for a point alone between gaps: such a line shows its points as dots.
      showSymbol: hasLonePoint(l.values),
      symbolSize: 4,
      connectNulls: false,
      lineStyle: { width: 1.5 },
      ...(COLOUR.has(l.name) ? { itemStyle: { color: COLOUR.get(l.name) } } : {}),
      data: times.map((t, i) => [t, l.values[i] ?? null]),
    })),
  };
}

function hasLonePoint(values: readonly (number | null)[]): boolean {
  return values.some((v, i) => v !== null && (values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null);
}

/** A value in its unit: seconds as ms under one second, rates with their period, a ratio as a percentage. */
export function formatValue(unit: ChartUnit, v: number): string {
  const short = (n: number) => (Math.abs(n) >= 100 ? String(Math.round(n)) : String(Number(n.toPrecision(3))));
  switch (unit) {
    case 'seconds':
      return v < 1 ? `${short(v * 1000)} ms` : `${short(v)} s`;
    case 'perSecond':
      return `${short(v)}/s`;
    case 'perMinute':
      return `${short(v)}/min`;
    case 'ratio':
      return `${short(v * 100)} %`;
    case 'count':
      return short(v);
  }
}
