// Dapr's processes: placement and scheduler (control plane) and one daprd sidecar per app. Every
// listener is bound to 127.0.0.1 on a port from the table; mTLS is off locally (no sentry).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { instanceName, instancePorts, type AppDef } from './apps';
import { logFile, type StackConfig } from './config';
import { processEnv } from './env';
import { httpJson, httpOk, httpStatus, waitUntil } from './probes';
import type { SpecInput, Supervisor } from './supervisor';
import { daprConfigFile } from './tracing';

export type DaprControlName = 'placement' | 'scheduler';

/** daprd, placement and scheduler: $DAPR_BIN_DIR, else what scripts/dapr-ensure.sh prints. */
export async function resolveDaprBinDir(cfg: StackConfig, sup: Supervisor): Promise<string> {
  let dir = cfg.daprBinDir;
  if (!dir) {
    const out = await sup.runOnce(
      { name: 'dapr-ensure', command: 'bash', args: [path.join(cfg.repoRoot, 'scripts', 'dapr-ensure.sh')], env: processEnv(cfg), cwd: cfg.repoRoot },
      30 * 60_000,
    );
    dir = out.trim().split('\n').pop() ?? '';
  }
  for (const bin of ['daprd', 'placement', 'scheduler']) {
    if (!fs.existsSync(path.join(dir, bin))) throw new Error(`${bin} not found in ${dir} (set DAPR_BIN_DIR or run scripts/dapr-ensure.sh)`);
  }
  return dir;
}

export function placementSpec(cfg: StackConfig, binDir: string): SpecInput {
  const p = cfg.ports;
  return {
    name: 'placement',
    command: path.join(binDir, 'placement'),
    args: [
      '--port', String(p.placement),
      '--listen-address', '127.0.0.1',
      '--healthz-port', String(p.placementHealthz),
      '--healthz-listen-address', '127.0.0.1',
      '--metrics-port', String(p.placementMetrics),
      '--metrics-listen-address', '127.0.0.1',
      '--initial-cluster', `dapr-placement-0=127.0.0.1:${p.placementRaft}`,
      '--tls-enabled=false',
      '--log-level', cfg.daprLogLevel,
    ],
    env: processEnv(cfg),
    cwd: cfg.stateDir,
  };
}

export function schedulerSpec(cfg: StackConfig, binDir: string): SpecInput {
  const p = cfg.ports;
  const dataDir = path.join(cfg.stateDir, 'scheduler', 'etcd');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return {
    name: 'scheduler',
    command: path.join(binDir, 'scheduler'),
    args: [
      '--port', String(p.scheduler),
      '--listen-address', '127.0.0.1',
      '--healthz-port', String(p.schedulerHealthz),
      '--healthz-listen-address', '127.0.0.1',
      '--metrics-port', String(p.schedulerMetrics),
      '--metrics-listen-address', '127.0.0.1',
      '--etcd-data-dir', dataDir,
      '--etcd-client-port', String(p.schedulerEtcdClient),
      '--etcd-client-listen-address', '127.0.0.1',
      '--etcd-initial-cluster', `dapr-scheduler-server-0=http://127.0.0.1:${p.schedulerEtcdPeer}`,
      '--override-broadcast-host-port', `127.0.0.1:${p.scheduler}`,
      '--tls-enabled=false',
      '--log-level', cfg.daprLogLevel,
    ],
    env: processEnv(cfg),
    cwd: cfg.stateDir,
  };
}

export function controlHealthUrl(cfg: StackConfig, name: DaprControlName): string {
  const port = name === 'placement' ? cfg.ports.placementHealthz : cfg.ports.schedulerHealthz;
  return `http://127.0.0.1:${port}/healthz`;
}

/** Where the current run of a process starts in its log (the log is appended to). */
export function logOffset(cfg: StackConfig, name: string): number {
  try {
    return fs.statSync(logFile(cfg, name)).size;
  } catch {
    return 0;
  }
}

/** What a process logged since `offset` (bytes, from logOffset) of its log file; nothing if it has no log yet. */
export function logSince(cfg: StackConfig, name: string, offset: number): string {
  if (!fs.existsSync(logFile(cfg, name))) return '';
  const fd = fs.openSync(logFile(cfg, name), 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(Math.max(0, size - offset));
    fs.readSync(fd, buf, 0, buf.length, offset);
    return buf.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Healthz answers 200 as soon as the process listens. The scheduler is only usable once its cron
 * engine holds leadership, which after an unclean stop (SIGKILL) waits ~20 s for the old etcd lease
 * to expire; no endpoint tells, so its log line "Cron is ready" (since logOffset) is awaited too.
 */
export function waitControl(
  cfg: StackConfig,
  name: DaprControlName,
  exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  sinceOffset?: number,
): Promise<void> {
  const healthy = httpOk(controlHealthUrl(cfg, name), [200]);
  return waitUntil(
    async () => (await healthy()) && (name !== 'scheduler' || sinceOffset === undefined || logSince(cfg, name, sinceOffset).includes('Cron is ready')),
    { what: name, timeoutMs: cfg.readyTimeoutMs, logFile: logFile(cfg, name), exited },
  );
}

export function sidecarName(app: AppDef): string {
  return `${instanceName(app)}-sidecar`;
}

/** A daprd's own ports, on loopback. */
export interface DaprdPorts {
  app: number;
  http: number;
  grpc: number;
  internalGrpc: number;
  metrics: number;
}

/**
 * The arguments of a standalone daprd on loopback: the stack's sidecars, and any other app's (the example
 * consumer) joining the same placement. `scheduler: null` runs it without the job scheduler.
 */
export function daprdArgs(o: {
  appId: string;
  ports: DaprdPorts;
  placement: number;
  scheduler: number | null;
  resourcesPaths: readonly string[];
  config?: string;
  logLevel: string;
  extra?: readonly string[];
}): string[] {
  return [
    '--mode', 'standalone',
    '--app-id', o.appId,
    '--app-port', String(o.ports.app),
    '--app-protocol', 'http',
    '--app-channel-address', '127.0.0.1',
    ...(o.extra ?? []),
    '--dapr-listen-addresses', '127.0.0.1',
    '--dapr-http-port', String(o.ports.http),
    '--dapr-grpc-port', String(o.ports.grpc),
    '--dapr-internal-grpc-port', String(o.ports.internalGrpc),
    '--dapr-internal-grpc-listen-address', '127.0.0.1',
    '--metrics-port', String(o.ports.metrics),
    '--metrics-listen-address', '127.0.0.1',
    '--placement-host-address', `127.0.0.1:${o.placement}`,
    '--scheduler-host-address', o.scheduler === null ? '' : `127.0.0.1:${o.scheduler}`,
    ...o.resourcesPaths.flatMap((dir) => ['--resources-path', dir]),
    ...(o.config ? ['--config', o.config] : []),
    '--log-level', o.logLevel,
  ];
}

/** DAPRD_PROFILING=1: a first-instance sidecar's pprof port is its metrics port + this (9191, 9192, 9193 by default). */
export const DAPRD_PROFILE_PORT_OFFSET = 100;

export function sidecarSpec(cfg: StackConfig, binDir: string, app: AppDef): SpecInput {
  if (!app.dapr) throw new Error(`${app.name} has no sidecar`);
  const p = cfg.ports;
  // A replica's daprd has ports of its own, and the same app id: Dapr spreads invocations over the instances
  // of an app id, and placement spreads actor ids over the actor hosts.
  const { app: appPort, http, grpc, internalGrpc, metrics } = instancePorts(cfg, app);
  if (http === undefined || grpc === undefined || internalGrpc === undefined || metrics === undefined) throw new Error(`${app.name} has no sidecar ports`);
  return {
    name: sidecarName(app),
    command: path.join(binDir, 'daprd'),
    args: daprdArgs({
      appId: app.dapr.appId,
      ports: { app: appPort, http, grpc, internalGrpc, metrics },
      placement: p.placement,
      scheduler: p.scheduler,
      resourcesPaths: [cfg.componentsDir, cfg.resiliencyDir],
      config: daprConfigFile(cfg),
      logLevel: cfg.daprLogLevel,
      extra: [
        ...(app.dapr.appHealthCheck
          ? ['--enable-app-health-check', '--app-health-check-path', app.healthPath, '--app-health-probe-interval', '5', '--app-health-threshold', '3']
          : []),
        ...(cfg.daprdProfiling && !app.replica ? ['--enable-profiling', '--profile-port', String(metrics + DAPRD_PROFILE_PORT_OFFSET)] : []),
      ],
    }),
    env: processEnv(cfg),
    cwd: cfg.repoRoot,
  };
}

export function sidecarHttp(cfg: StackConfig, app: AppDef): string {
  if (!app.dapr) throw new Error(`${app.name} has no sidecar`);
  return `http://127.0.0.1:${instancePorts(cfg, app).http}`;
}

interface SidecarMetadata {
  readonly actorRuntime?: { readonly runtimeStatus?: string; readonly hostReady?: boolean; readonly placement?: string };
}

/**
 * Ready = outbound healthy (components loaded), fully healthy (app channel up), connected to
 * placement, and — for the actor host — hosting (its actor types reached placement).
 */
export function waitSidecar(cfg: StackConfig, app: AppDef, exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>): Promise<void> {
  const base = sidecarHttp(cfg, app);
  return waitUntil(
    async () => {
      if ((await httpStatus(`${base}/v1.0/healthz/outbound`)) !== 204) return false;
      if ((await httpStatus(`${base}/v1.0/healthz`)) !== 204) return false;
      const meta = await httpJson<SidecarMetadata>(`${base}/v1.0/metadata`);
      const actors = meta.actorRuntime;
      if (!actors?.placement?.includes('connected') || actors.placement.includes('disconnected')) return false;
      return !app.dapr?.hostsActors || actors.hostReady === true;
    },
    { what: `${instanceName(app)} sidecar (${app.dapr?.appId})`, timeoutMs: cfg.readyTimeoutMs, logFile: logFile(cfg, sidecarName(app)), exited },
  );
}
