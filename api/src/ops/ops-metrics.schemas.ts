import { z } from '../common/zod';
import { CHART_KEYS, CHART_UNITS, METRIC_RANGES } from './ops-metrics.queries';

export const opsMetricsQuerySchema = z.object({
  range: z.enum(METRIC_RANGES).default('1h').openapi({ description: 'how far back the charts go: 1h (a point every 30 s), 6h (every 2 min), 24h (every 5 min)' }),
});

export const chartLineSchema = z.object({
  /** The line's name: a label value of the answer (`paid`, `success`, `queued`) or the query's own (`p95`, `pending`). */
  name: z.string(),
  /** One value per entry of `times`; null where Prometheus has none (no sample, or no rate to take a quantile of). */
  values: z.array(z.number().nullable()),
});

export const chartSchema = z.object({
  key: z.enum(CHART_KEYS),
  unit: z.enum(CHART_UNITS),
  lines: z.array(chartLineSchema),
  /** Why this chart's query failed, in words (Prometheus answered an error for it); null when it did not. */
  error: z.string().nullable(),
});

export const opsMetricsSchema = z.object({
  /** False when the API has no Prometheus to ask (OPS_PROMETHEUS_URL empty): the charts are not configured, `times` and every chart's lines are empty. */
  configured: z.boolean(),
  range: z.enum(METRIC_RANGES),
  stepSeconds: z.int().min(1),
  /** The points' times, in milliseconds since the epoch, oldest first: the x axis every chart shares. */
  times: z.array(z.int()),
  charts: z.array(chartSchema),
});
export type OpsMetrics = z.infer<typeof opsMetricsSchema>;
export type ChartView = z.infer<typeof chartSchema>;

/** Prometheus' answer to a range query (GET /api/v1/query_range), read at the edge. */
export const prometheusRangeAnswerSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('success'),
    data: z.object({
      resultType: z.literal('matrix'),
      result: z.array(z.object({ metric: z.record(z.string(), z.string()), values: z.array(z.tuple([z.number(), z.string()])) })),
    }),
  }),
  z.object({ status: z.literal('error'), errorType: z.string().optional(), error: z.string().optional() }),
]);
export type PrometheusMatrix = Extract<z.infer<typeof prometheusRangeAnswerSchema>, { status: 'success' }>['data']['result'];
