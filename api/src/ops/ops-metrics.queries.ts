/**
 * The Ops page's charts: a FIXED set of PromQL range queries on DMH's own metrics (README, "Metrics and
 * alerts"). The browser only chooses a range among these; it never sends PromQL.
 */

export const METRIC_RANGES = ['1h', '6h', '24h'] as const;
export type MetricRange = (typeof METRIC_RANGES)[number];

export interface RangePlan {
  seconds: number;
  /** Distance between two points of a chart. */
  stepSeconds: number;
  /** The window of rate() and of the quantiles: a few steps wide, and at least a few scrapes (5 s locally, 15–30 s deployed). */
  window: string;
}

/** 1 h → a point every 30 s (121 points), 6 h → every 2 min, 24 h → every 5 min. */
export const RANGE_PLANS: Readonly<Record<MetricRange, RangePlan>> = {
  '1h': { seconds: 3_600, stepSeconds: 30, window: '2m' },
  '6h': { seconds: 21_600, stepSeconds: 120, window: '8m' },
  '24h': { seconds: 86_400, stepSeconds: 300, window: '20m' },
};

export const CHART_KEYS = [
  'apiP95', 'paymentCallbacks', 'paymentSuccess', 'settlementDelayP95', 'ordersCreated', 'syncAttempts', 'syncBacklog', 'outboxBacklog',
] as const;
export type ChartKey = (typeof CHART_KEYS)[number];

/** How a chart's numbers read: seconds, events per second or per minute, a share (0–1), a count. */
export const CHART_UNITS = ['seconds', 'perSecond', 'perMinute', 'ratio', 'count'] as const;
export type ChartUnit = (typeof CHART_UNITS)[number];

/** One query of a chart: its lines are named by a label of the answer (`outcome`), or the query is one line of that name. */
export type ChartQuery = { expr: (window: string) => string } & ({ lineBy: string } | { line: string });

export interface ChartDefinition {
  key: ChartKey;
  unit: ChartUnit;
  queries: readonly ChartQuery[];
}

const p95 = (histogram: string) => (w: string) => `histogram_quantile(0.95, sum by (le) (rate(${histogram}_bucket[${w}])))`;

export const CHARTS: readonly ChartDefinition[] = [
  // Every answer of the API (all replicas, all routes), as the alert reads it.
  { key: 'apiP95', unit: 'seconds', queries: [{ line: 'p95', expr: p95('dmh_api_http_request_duration_seconds') }] },
  { key: 'paymentCallbacks', unit: 'perSecond', queries: [{ lineBy: 'outcome', expr: (w) => `sum by (outcome) (rate(dmh_payment_callbacks_total[${w}]))` }] },
  // As dmh:payment_success_ratio: a replay is the same payment and a refund notification no payment, both left out.
  {
    key: 'paymentSuccess',
    unit: 'ratio',
    queries: [{
      line: 'successRatio',
      expr: (w) => `sum(increase(dmh_payment_callbacks_total{outcome="paid"}[${w}])) / sum(increase(dmh_payment_callbacks_total{outcome!~"replay|refund"}[${w}]))`,
    }],
  },
  // Payment accepted → its rewards credited (fast path or relay).
  { key: 'settlementDelayP95', unit: 'seconds', queries: [{ line: 'p95', expr: p95('dmh_reward_settlement_delay_seconds') }] },
  { key: 'ordersCreated', unit: 'perMinute', queries: [{ line: 'created', expr: (w) => `sum(rate(dmh_orders_created_total[${w}])) * 60` }] },
  { key: 'syncAttempts', unit: 'perMinute', queries: [{ lineBy: 'outcome', expr: (w) => `sum by (outcome) (rate(dmh_sync_attempts_total[${w}])) * 60` }] },
  // Gauges read from the database on each scrape: every replica reports the same rows, so the largest, not the sum.
  { key: 'syncBacklog', unit: 'count', queries: [{ lineBy: 'status', expr: () => 'max by (status) (dmh_sync_jobs)' }] },
  {
    key: 'outboxBacklog',
    unit: 'count',
    queries: [
      { line: 'pending', expr: () => 'max(sum by (instance) (dmh_outbox_pending))' },
      { line: 'failing', expr: () => 'max(dmh_outbox_failing)' },
    ],
  },
];
