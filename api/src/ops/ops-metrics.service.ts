import { logger } from '../common/logger';
import { config } from '../config';
import { type ChartDefinition, CHARTS, type MetricRange, RANGE_PLANS } from './ops-metrics.queries';
import type { ChartView, OpsMetrics, PrometheusMatrix } from './ops-metrics.schemas';
import { type FetchLike, PrometheusQueryError, queryRange } from './prometheus.client';

export interface PrometheusSettings {
  /** Prometheus' base URL; empty: the charts are not configured. */
  url: string;
  timeoutMs: number;
}

const settingsFromConfig = (): PrometheusSettings => ({ url: config().OPS_PROMETHEUS_URL, timeoutMs: config().OPS_PROMETHEUS_TIMEOUT_MS });

/**
 * The Ops page's charts: the fixed queries of ops-metrics.queries.ts over the chosen range, all at once, each
 * answer's matrix laid on one shared time axis (start … end every step). Prometheus down: 503
 * DEPENDENCY_UNAVAILABLE; one query refused: that chart carries the reason, the others still show.
 */
export class OpsMetricsService {
  constructor(
    private readonly settings: () => PrometheusSettings = settingsFromConfig,
    private readonly fetchFn: FetchLike = fetch,
    private readonly now: () => number = Date.now,
  ) {}

  async charts(range: MetricRange): Promise<OpsMetrics> {
    const { url, timeoutMs } = this.settings();
    const plan = RANGE_PLANS[range];
    if (!url) {
      return { configured: false, range, stepSeconds: plan.stepSeconds, times: [], charts: CHARTS.map((c) => ({ key: c.key, unit: c.unit, lines: [], error: null })) };
    }
    const end = Math.floor(this.now() / 1000);
    const start = end - plan.seconds;
    const count = plan.seconds / plan.stepSeconds + 1;
    const axis = { start, stepSeconds: plan.stepSeconds, count };
    const ask = (expr: string) => queryRange(url, { query: expr, start, end, stepSeconds: plan.stepSeconds }, timeoutMs, this.fetchFn);
    const charts = await Promise.all(CHARTS.map((c) => this.chart(c, plan.window, axis, ask)));
    const times = Array.from({ length: count }, (_, i) => (start + i * plan.stepSeconds) * 1000);
    return { configured: true, range, stepSeconds: plan.stepSeconds, times, charts };
  }

  private async chart(def: ChartDefinition, window: string, axis: Axis, ask: (expr: string) => Promise<PrometheusMatrix>): Promise<ChartView> {
    const answers = await Promise.allSettled(def.queries.map((q) => ask(q.expr(window))));
    const outage = answers.find((a): a is PromiseRejectedResult => a.status === 'rejected' && !(a.reason instanceof PrometheusQueryError));
    if (outage) throw outage.reason;
    const refused = answers.find((a): a is PromiseRejectedResult => a.status === 'rejected');
    if (refused) {
      logger.warn({ chart: def.key, err: refused.reason }, 'ops: a chart query was refused by Prometheus');
      return { key: def.key, unit: def.unit, lines: [], error: (refused.reason as Error).message };
    }
    const lines = def.queries.flatMap((q, i) => {
      const matrix = (answers[i] as PromiseFulfilledResult<PrometheusMatrix>).value;
      return matrix.map((series) => ({ name: 'lineBy' in q ? (series.metric[q.lineBy] ?? '') : q.line, values: onAxis(series.values, axis) }));
    });
    lines.sort((a, b) => a.name.localeCompare(b.name));
    return { key: def.key, unit: def.unit, lines, error: null };
  }
}

interface Axis {
  start: number;
  stepSeconds: number;
  count: number;
}

/**
 * A series' samples on the shared axis: each sample at the point of its time, null where there is none, and
 * NaN or ±Inf (a quantile of no traffic, a ratio of 0/0) as null too: a gap, never a made-up zero.
 */
export function onAxis(samples: readonly (readonly [number, string])[], axis: Axis): (number | null)[] {
  const values: (number | null)[] = new Array<number | null>(axis.count).fill(null);
  for (const [t, v] of samples) {
    const i = Math.round((t - axis.start) / axis.stepSeconds);
    const n = Number(v);
    if (i >= 0 && i < axis.count && Number.isFinite(n)) values[i] = n;
  }
  return values;
}
