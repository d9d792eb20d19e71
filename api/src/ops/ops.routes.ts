import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { opsMetricsQuerySchema, opsMetricsSchema } from './ops-metrics.schemas';
import { OpsMetricsService } from './ops-metrics.service';
import { opsOverviewSchema } from './ops.schemas';
import { OpsService } from './ops.service';

/**
 * /api/v1/ops: what the archived Dapr dashboard showed, for operators. It spans every brand and names the
 * infrastructure, so only platform admins hold `ops:read`.
 */
export function opsRoutes(service = new OpsService(), metrics = new OpsMetricsService()): Router {
  return new ApiRouter('/ops', 'ops')
    .add({
      method: 'get',
      path: '/overview',
      summary: "Every app's process and sidecar health, its sidecar's metadata (runtime version, actor types with active counts, components, subscriptions), placement and scheduler, the outbox and sync backlogs",
      description:
        'Each call is made at once with its own timeout (OPS_PROBE_TIMEOUT_MS, default 2 s); one that fails is reported down with the reason in words, ' +
        "so the report answers even when sidecars do not. Components are listed by name, type and version: their metadata (connection strings, secrets) never is.",
      access: { permission: 'ops:read' },
      response: opsOverviewSchema,
      handle: async () => service.overview(),
    })
    .add({
      method: 'get',
      path: '/metrics',
      summary: "The Ops page's charts from Prometheus over the last 1 h, 6 h or 24 h: API p95, payment callbacks by outcome and success rate, reward settlement delay p95, orders created, sync attempts and backlog, outbox backlog",
      description:
        'A fixed set of PromQL range queries (the caller chooses only the range) against the Prometheus at OPS_PROMETHEUS_URL, every chart on one time axis. ' +
        '`configured: false` when no Prometheus is configured; 503 (50300) with Retry-After when Prometheus does not answer; a query Prometheus refuses gives that chart an `error`.',
      access: { permission: 'ops:read' },
      query: opsMetricsQuerySchema,
      response: opsMetricsSchema,
      errors: ['DEPENDENCY_UNAVAILABLE'],
      handle: async ({ query }) => metrics.charts(query.range),
    }).router;
}
