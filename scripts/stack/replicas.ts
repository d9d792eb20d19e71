// Replicas: DMH_API_REPLICAS API processes and DMH_ACTOR_HOSTS actor hosts, each with its own daprd and the same
// Dapr app id (dmh-api, dmh-actors). The first instance is the plain app ('api', 'actors', ports from the table);
// replica k ≥ 2 is 'api-k' / 'api-k-sidecar' (or 'actors-k…') on the k-th block of 10 ports of its app
// (ports.ts: apiReplicas, actorsReplicas). With one of each, nothing here adds a process.
import { APPS, type AppDef, type AppName, type InstancePorts } from './apps';
import type { StackConfig } from './config';
import type { PortName, Ports } from './ports';

export type ScaledApp = 'api' | 'actors';

const SCALED: Record<ScaledApp, { readonly base: PortName; readonly count: (cfg: StackConfig) => number }> = {
  api: { base: 'apiReplicas', count: (cfg) => cfg.apiReplicas },
  actors: { base: 'actorsReplicas', count: (cfg) => cfg.actorHosts },
};

const isScaled = (name: string): name is ScaledApp => name === 'api' || name === 'actors';

/** How many instances of an app run (1 for the apps that do not scale). */
export function instanceCount(cfg: StackConfig, app: AppName): number {
  return isScaled(app) ? SCALED[app].count(cfg) : 1;
}

/** The ports of replica `index` (≥ 2) of a scaled app: app, daprd HTTP, gRPC, internal gRPC, metrics. */
export function replicaPorts(ports: Ports, app: ScaledApp, index: number): Required<InstancePorts> {
  if (!Number.isInteger(index) || index < 2) throw new Error(`replica ${index} of ${app}: replicas are numbered from 2`);
  const first = ports[SCALED[app].base] + (index - 2) * 10;
  return { app: first, http: first + 1, grpc: first + 2, internalGrpc: first + 3, metrics: first + 4 };
}

/** Replica `index` (≥ 2) of an app, as an AppDef the stack starts like any other. */
export function replicaDef(cfg: StackConfig, app: ScaledApp, index: number): AppDef {
  const def = APPS.find((a) => a.name === app);
  if (!def) throw new Error(`unknown app ${app}`);
  const count = SCALED[app].count(cfg);
  if (index > count) throw new Error(`${app}-${index}: this stack runs ${count} instance(s) of ${app}`);
  const ports = replicaPorts(cfg.ports, app, index);
  return {
    ...def,
    replica: { index, ports },
    // The apps read these (daprClientEnv in apps.ts); a replica's own ports replace the first instance's.
    env: (c) => ({ ...def.env(c), PORT: String(ports.app), APP_PORT: String(ports.app), DAPR_HTTP_PORT: String(ports.http), DAPR_GRPC_PORT: String(ports.grpc) }),
  };
}

/** Every instance of the named apps: each app's first instance, then its replicas. */
export function appInstances(cfg: StackConfig, names: readonly AppName[]): AppDef[] {
  const out: AppDef[] = [];
  for (const name of names) {
    const def = APPS.find((a) => a.name === name);
    if (!def) throw new Error(`unknown app ${name}`);
    out.push(def);
    if (isScaled(name)) for (let k = 2; k <= SCALED[name].count(cfg); k++) out.push(replicaDef(cfg, name, k));
  }
  return out;
}

/** 'api-2' → replica 2 of api; 'actors-3-sidecar' → the sidecar of replica 3 of actors; anything else → null. */
export function parseReplicaName(name: string): { app: ScaledApp; index: number; sidecar: boolean } | null {
  const m = /^(api|actors)-(\d+)(-sidecar)?$/.exec(name);
  if (!m) return null;
  return { app: m[1] as ScaledApp, index: Number(m[2]), sidecar: m[3] !== undefined };
}

/** The process names the replicas add ('api-2', 'api-2-sidecar', …), and nginx when there are API replicas. */
export function replicaProcessNames(cfg: StackConfig): string[] {
  const names: string[] = [];
  for (const app of ['api', 'actors'] as const) {
    for (let k = 2; k <= SCALED[app].count(cfg); k++) names.push(`${app}-${k}`, `${app}-${k}-sidecar`);
  }
  if (cfg.apiReplicas > 1) names.push('nginx');
  return names;
}

/** Refuses a replica port that another port of the table already has (e.g. a base moved onto it). */
export function assertReplicaPorts(cfg: StackConfig): void {
  const owners = new Map<number, string>();
  for (const [name, port] of Object.entries(cfg.ports)) owners.set(port, name);
  for (const app of ['api', 'actors'] as const) {
    for (let k = 2; k <= SCALED[app].count(cfg); k++) {
      for (const [what, port] of Object.entries(replicaPorts(cfg.ports, app, k))) {
        const other = owners.get(port);
        // The block's first port is its base entry in the table.
        if (other !== undefined && !(other === SCALED[app].base && what === 'app' && k === 2)) {
          throw new Error(`port ${port} (${app}-${k} ${what}) is also ${other}: move ${SCALED[app].base === 'apiReplicas' ? 'DMH_API_REPLICA_PORTS' : 'DMH_ACTORS_REPLICA_PORTS'}`);
        }
        owners.set(port, `${app}-${k} ${what}`);
      }
    }
  }
}
