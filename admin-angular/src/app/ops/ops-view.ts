import type { Data } from '@dmh/api-client';

export type OpsReport = Data<'/api/v1/ops/overview', 'get'>;
type AppReport = OpsReport['apps'][number];
type Probe = AppReport['process'];
type SidecarInfo = NonNullable<AppReport['sidecar']>;

/** One failed check of a card, said as "<what> — <the API's reason in words>". */
export interface Problem {
  /** Translation key of what failed (`ops.checks.<check>`). */
  check: 'process' | 'sidecarHealth' | 'metadata' | 'placement' | 'scheduler';
  error: string;
}

export interface AppCard {
  name: AppReport['name'];
  appId: string;
  /** Green when every check answered; red (down) otherwise, with each failure in `problems`. */
  state: 'up' | 'down';
  problems: Problem[];
  checks: { process: Probe; sidecarHealth: Probe; metadata: Probe };
  runtimeVersion: string | null;
  actorRuntime: SidecarInfo['actorRuntime'];
  actors: SidecarInfo['actors'];
  /** Active actors of every type together. */
  activeActors: number;
  components: SidecarInfo['components'];
  subscriptions: SidecarInfo['subscriptions'];
}

export interface ControlCard {
  name: 'placement' | 'scheduler';
  state: 'up' | 'down';
  latencyMs: number;
  error: string | null;
}

export interface OpsView {
  checkedAt: string;
  apps: AppCard[];
  control: ControlCard[];
  /** How many cards (apps and control plane) are down: the page's headline. */
  down: number;
  outbox: OpsReport['backlogs']['outbox'];
  outboxError: string | null;
  sync: OpsReport['backlogs']['sync'];
  syncError: string | null;
}

const CHECKS = ['process', 'sidecarHealth', 'metadata'] as const;

/** The page's cards from the API's report. */
export function toOpsView(report: OpsReport): OpsView {
  const apps = report.apps.map(appCard);
  const control = report.controlPlane.map((c): ControlCard => ({ name: c.name, state: c.health.status, latencyMs: c.health.latencyMs, error: c.health.error }));
  return {
    checkedAt: report.checkedAt,
    apps,
    control,
    down: apps.filter((a) => a.state === 'down').length + control.filter((c) => c.state === 'down').length,
    outbox: report.backlogs.outbox,
    outboxError: report.backlogs.outboxError,
    sync: report.backlogs.sync,
    syncError: report.backlogs.syncError,
  };
}

function appCard(app: AppReport): AppCard {
  const checks = { process: app.process, sidecarHealth: app.sidecarHealth, metadata: app.metadata };
  const problems: Problem[] = CHECKS.filter((c) => checks[c].status === 'down').map((c) => ({ check: c, error: checks[c].error ?? '' }));
  const s = app.sidecar;
  return {
    name: app.name,
    appId: app.appId,
    state: problems.length === 0 ? 'up' : 'down',
    problems,
    checks,
    runtimeVersion: s?.runtimeVersion || null,
    actorRuntime: s?.actorRuntime ?? null,
    actors: s?.actors ?? [],
    activeActors: (s?.actors ?? []).reduce((sum, a) => sum + a.count, 0),
    components: s?.components ?? [],
    subscriptions: s?.subscriptions ?? [],
  };
}

/** A backlog's age in words' parameters: whole seconds under two minutes, else whole minutes. */
export function age(seconds: number): { key: 'seconds' | 'minutes'; value: number } {
  return seconds < 120 ? { key: 'seconds', value: Math.round(seconds) } : { key: 'minutes', value: Math.floor(seconds / 60) };
}

/** How often the page asks again while it is visible. */
export const REFRESH_EVERY_MS = 10_000;
