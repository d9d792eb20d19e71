import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { opsOverviewSchema } from './ops.schemas';
import { OpsService } from './ops.service';

/**
 * /api/v1/ops: what the archived Dapr dashboard showed, for operators. It spans every brand and names the
 * infrastructure, so only platform admins hold `ops:read`.
 */
export function opsRoutes(service = new OpsService()): Router {
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
    }).router;
}
