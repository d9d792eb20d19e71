import { SYNC_WORKER_APP_ID } from '@dmh/shared';
import { logger } from '../common/logger';
import { config } from '../config';
import type { QueueView } from '../sync/sync.schemas';
import { SyncRepository } from '../sync/sync.repository';
import type { AppReport, OpsOverview, OutboxBacklog } from './ops.schemas';
import { OpsRepository } from './ops.repository';
import { probe } from './probe';
import { shapeSidecarMetadata } from './sidecar-metadata';

/** Where each app, its sidecar and the control plane answer (from the API's config). */
export interface OpsTargets {
  apps: { name: AppReport['name']; appId: string; healthUrl: string; sidecarUrl: string }[];
  placementHealthUrl: string;
  schedulerHealthUrl: string;
  timeoutMs: number;
}

export interface OpsBacklogs {
  outbox(): Promise<OutboxBacklog>;
  sync(): Promise<QueueView>;
}

export function opsTargetsFromConfig(): OpsTargets {
  const c = config();
  return {
    apps: [
      { name: 'api', appId: 'dmh-api', healthUrl: c.OPS_API_HEALTH_URL, sidecarUrl: c.OPS_API_SIDECAR_URL },
      { name: 'actors', appId: 'dmh-actors', healthUrl: c.OPS_ACTORS_HEALTH_URL, sidecarUrl: c.OPS_ACTORS_SIDECAR_URL },
      { name: 'sync', appId: SYNC_WORKER_APP_ID, healthUrl: c.OPS_SYNC_HEALTH_URL, sidecarUrl: c.OPS_SYNC_SIDECAR_URL },
    ],
    placementHealthUrl: c.OPS_PLACEMENT_HEALTH_URL,
    schedulerHealthUrl: c.OPS_SCHEDULER_HEALTH_URL,
    timeoutMs: c.OPS_PROBE_TIMEOUT_MS,
  };
}

const databaseBacklogs = (): OpsBacklogs => {
  const ops = new OpsRepository();
  const sync = new SyncRepository();
  return { outbox: () => ops.outboxBacklog(), sync: () => sync.queue({ all: true }) };
};

/**
 * The ops page's report, in place of the archived Dapr dashboard: every app's process health, its sidecar's
 * health and metadata (shaped: never a component's metadata), placement and scheduler, the outbox and sync
 * backlogs. Every call runs at once with its own timeout; whatever does not answer is reported down with the
 * reason in words, so the report always answers (within about one timeout).
 */
export class OpsService {
  constructor(
    private readonly targets: () => OpsTargets = opsTargetsFromConfig,
    private readonly backlogs: OpsBacklogs = databaseBacklogs(),
  ) {}

  async overview(): Promise<OpsOverview> {
    const t = this.targets();
    const [apps, placement, scheduler, outbox, sync] = await Promise.all([
      Promise.all(t.apps.map((app) => this.appReport(app, t.timeoutMs))),
      probe(t.placementHealthUrl, t.timeoutMs),
      probe(t.schedulerHealthUrl, t.timeoutMs),
      settle(this.backlogs.outbox(), 'outbox backlog'),
      settle(this.backlogs.sync(), 'sync backlog'),
    ]);
    return {
      checkedAt: new Date().toISOString(),
      apps,
      controlPlane: [
        { name: 'placement', health: withoutBody(placement) },
        { name: 'scheduler', health: withoutBody(scheduler) },
      ],
      backlogs: { outbox: outbox.value, outboxError: outbox.error, sync: sync.value, syncError: sync.error },
    };
  }

  private async appReport(app: OpsTargets['apps'][number], timeoutMs: number): Promise<AppReport> {
    const base = app.sidecarUrl.replace(/\/+$/, '');
    const [processHealth, sidecarHealth, metadata] = await Promise.all([
      probe(app.healthUrl, timeoutMs),
      probe(`${base}/v1.0/healthz`, timeoutMs),
      probe(`${base}/v1.0/metadata`, timeoutMs),
    ]);
    let sidecar: AppReport['sidecar'] = null;
    let metadataView = withoutBody(metadata);
    if (metadata.status === 'up') {
      try {
        sidecar = shapeSidecarMetadata(metadata.body);
      } catch (err) {
        metadataView = { status: 'down', error: (err as Error).message, latencyMs: metadata.latencyMs };
      }
    }
    return { name: app.name, appId: app.appId, process: withoutBody(processHealth), sidecarHealth: withoutBody(sidecarHealth), metadata: metadataView, sidecar };
  }
}

function withoutBody(p: Awaited<ReturnType<typeof probe>>) {
  return { status: p.status, error: p.error, latencyMs: p.latencyMs };
}

async function settle<T>(work: Promise<T>, what: string): Promise<{ value: T | null; error: string | null }> {
  try {
    return { value: await work, error: null };
  } catch (err) {
    logger.warn({ err }, `ops: ${what} could not be read`);
    return { value: null, error: `the database did not answer: ${(err as Error).message}`.slice(0, 300) };
  }
}
