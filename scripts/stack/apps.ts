// The stack's Node processes (the contract with api/, actors/, sync/): what runs, on which port,
// behind which sidecar, with which extra environment.
import * as path from 'node:path';
import type { StackConfig } from './config';
import type { PortName } from './ports';
import { tracingEnv } from './tracing';

export type AppName = 'api' | 'actors' | 'sync' | 'sandbox';

export interface SidecarPorts {
  readonly http: PortName;
  readonly grpc: PortName;
  readonly internalGrpc: PortName;
  readonly metrics: PortName;
}

export interface AppDef {
  readonly name: AppName;
  /** Compiled entry point, relative to the repo root. */
  readonly entry: string;
  readonly port: PortName;
  readonly healthPath: string;
  /** Dapr app id and sidecar ports; absent for processes without a sidecar. */
  readonly dapr?: {
    readonly appId: string;
    readonly ports: SidecarPorts;
    readonly hostsActors: boolean;
    /**
     * Whether the sidecar probes the app (`--enable-app-health-check`) and stops delivering to it while it
     * is unhealthy. Off for the sync worker: when its sidecar (Dapr 1.18) stops and restarts the RabbitMQ
     * input binding, the old consumer is left on the channel holding the channel-wide prefetch, so the new
     * one never receives a job again (after a worker crash of more than ~15 s, sync stalled for good until
     * the sidecar restarted). Without the probe, a delivery to a worker that is down fails and goes back
     * to RabbitMQ, which delivers it again until the worker is back (no sidecar retry: dapr/resiliency).
     */
    readonly appHealthCheck: boolean;
  };
  readonly env: (cfg: StackConfig) => Record<string, string>;
  /** Replica k ≥ 2 of a scaled app (scripts/stack/replicas.ts): its number and its own ports. Absent on the first. */
  readonly replica?: { readonly index: number; readonly ports: InstancePorts };
}

/** The ports one instance of an app listens on (its daprd's too, if it has one). */
export interface InstancePorts {
  readonly app: number;
  readonly http?: number;
  readonly grpc?: number;
  readonly internalGrpc?: number;
  readonly metrics?: number;
}

/** How to run an app instead of `node <entry>` (tests: stand-ins, tsx on sources, …). */
export interface AppCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: Record<string, string>;
}

const sidecar = (prefix: 'api' | 'actors' | 'sync'): SidecarPorts => ({
  http: `${prefix}DaprHttp`,
  grpc: `${prefix}DaprGrpc`,
  internalGrpc: `${prefix}DaprInternalGrpc`,
  metrics: `${prefix}DaprMetrics`,
});

function daprClientEnv(cfg: StackConfig, ports: SidecarPorts, appPort: PortName): Record<string, string> {
  return {
    PORT: String(cfg.ports[appPort]),
    APP_PORT: String(cfg.ports[appPort]),
    DAPR_HTTP_PORT: String(cfg.ports[ports.http]),
    DAPR_GRPC_PORT: String(cfg.ports[ports.grpc]),
    ...tracingEnv(cfg),
  };
}

export const APPS: readonly AppDef[] = [
  {
    name: 'sandbox',
    entry: 'wechatpay-sandbox/dist/main.js',
    port: 'sandbox',
    healthPath: '/healthz',
    env: (cfg) => ({ SANDBOX_PORT: String(cfg.ports.sandbox), PORT: String(cfg.ports.sandbox) }),
  },
  {
    name: 'actors',
    entry: 'actors/dist/main.js',
    port: 'actors',
    healthPath: '/healthz',
    dapr: { appId: 'dmh-actors', ports: sidecar('actors'), hostsActors: true, appHealthCheck: true },
    env: (cfg) => daprClientEnv(cfg, sidecar('actors'), 'actors'),
  },
  {
    name: 'sync',
    entry: 'sync/dist/main.js',
    port: 'sync',
    healthPath: '/healthz',
    dapr: { appId: 'dmh-sync', ports: sidecar('sync'), hostsActors: false, appHealthCheck: false },
    env: (cfg) => daprClientEnv(cfg, sidecar('sync'), 'sync'),
  },
  {
    name: 'api',
    entry: 'api/dist/main.js',
    port: 'api',
    healthPath: '/healthz',
    dapr: { appId: 'dmh-api', ports: sidecar('api'), hostsActors: false, appHealthCheck: true },
    env: (cfg) => daprClientEnv(cfg, sidecar('api'), 'api'),
  },
];

export function appDef(name: AppName): AppDef {
  const def = APPS.find((a) => a.name === name);
  if (!def) throw new Error(`unknown app ${name}`);
  return def;
}

export function appEntry(cfg: StackConfig, def: AppDef): string {
  return path.join(cfg.repoRoot, def.entry);
}

/** The process name of an app instance: 'api' for the first, 'api-2' for replica 2. */
export function instanceName(def: AppDef): string {
  return def.replica ? `${def.name}-${def.replica.index}` : def.name;
}

/** Where an instance listens: the port table for the first, the replica's own block for the others. */
export function instancePorts(cfg: StackConfig, def: AppDef): InstancePorts {
  if (def.replica) return def.replica.ports;
  const d = def.dapr?.ports;
  const p = cfg.ports;
  return d
    ? { app: p[def.port], http: p[d.http], grpc: p[d.grpc], internalGrpc: p[d.internalGrpc], metrics: p[d.metrics] }
    : { app: p[def.port] };
}

export function appUrl(cfg: StackConfig, def: AppDef, pathname = def.healthPath): string {
  return `http://127.0.0.1:${instancePorts(cfg, def).app}${pathname}`;
}
