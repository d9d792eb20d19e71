// Every port the local stack uses, in one table. Each one can be overridden by the environment
// variable named beside it (the infrastructure ones use the names the apps already read).
// Dapr's own defaults collide (daprd, placement and scheduler all want metrics on 9090, placement and
// scheduler both want healthz on 8080, etcd wants 2379/2380), so every port is set explicitly. None lies in
// Linux's ephemeral range (32768–60999): an outgoing connection took 50002 once and the actors' daprd could not start.

const PORT_TABLE = {
  mariadb: ['DB_PORT', 3306],
  externalDb: ['EXTERNAL_DB_PORT', 3307], // the second MariaDB: stand-in for a brand's database (sync target)
  redis: ['REDIS_PORT', 6379],
  rabbitmq: ['RABBITMQ_PORT', 5672],
  rabbitmqDist: ['RABBITMQ_DIST_PORT', 25672], // Erlang distribution (rabbitmqctl); management plugin is off
  epmd: ['ERL_EPMD_PORT', 4369], // Erlang port mapper, needed by the RabbitMQ node

  placement: ['DMH_PLACEMENT_PORT', 16005],
  placementHealthz: ['DMH_PLACEMENT_HEALTHZ_PORT', 16080],
  placementMetrics: ['DMH_PLACEMENT_METRICS_PORT', 16090],
  placementRaft: ['DMH_PLACEMENT_RAFT_PORT', 16201], // single-node raft peer address

  scheduler: ['DMH_SCHEDULER_PORT', 16006],
  schedulerHealthz: ['DMH_SCHEDULER_HEALTHZ_PORT', 16081],
  schedulerMetrics: ['DMH_SCHEDULER_METRICS_PORT', 16091],
  schedulerEtcdClient: ['DMH_SCHEDULER_ETCD_CLIENT_PORT', 16379],
  schedulerEtcdPeer: ['DMH_SCHEDULER_ETCD_PEER_PORT', 16380],

  prometheus: ['DMH_PROMETHEUS_PORT', 19090], // Prometheus' own 9090 with a 1 in front (a system Prometheus keeps 9090)

  api: ['DMH_API_PORT', 8889],
  apiDaprHttp: ['DMH_API_DAPR_HTTP_PORT', 3500],
  apiDaprGrpc: ['DMH_API_DAPR_GRPC_PORT', 15001],
  apiDaprInternalGrpc: ['DMH_API_DAPR_INTERNAL_GRPC_PORT', 15011],
  apiDaprMetrics: ['DMH_API_DAPR_METRICS_PORT', 9091],

  actors: ['DMH_ACTORS_PORT', 3001],
  actorsDaprHttp: ['DMH_ACTORS_DAPR_HTTP_PORT', 3501],
  actorsDaprGrpc: ['DMH_ACTORS_DAPR_GRPC_PORT', 15002],
  actorsDaprInternalGrpc: ['DMH_ACTORS_DAPR_INTERNAL_GRPC_PORT', 15012],
  actorsDaprMetrics: ['DMH_ACTORS_DAPR_METRICS_PORT', 9092],

  sync: ['DMH_SYNC_PORT', 3002],
  syncDaprHttp: ['DMH_SYNC_DAPR_HTTP_PORT', 3502],
  syncDaprGrpc: ['DMH_SYNC_DAPR_GRPC_PORT', 15003],
  syncDaprInternalGrpc: ['DMH_SYNC_DAPR_INTERNAL_GRPC_PORT', 15013],
  syncDaprMetrics: ['DMH_SYNC_DAPR_METRICS_PORT', 9093],

  sandbox: ['SANDBOX_PORT', 8890], // WeChat Pay v3 sandbox (no sidecar)

  // Replicas past the first (DMH_API_REPLICAS, DMH_ACTOR_HOSTS; scripts/stack/replicas.ts): replica k ≥ 2 takes the
  // block of 10 ports starting at base + (k − 2) × 10 (app, daprd HTTP, gRPC, internal gRPC, metrics); 9 replicas at most.
  apiReplicas: ['DMH_API_REPLICA_PORTS', 17100],
  actorsReplicas: ['DMH_ACTORS_REPLICA_PORTS', 17200],
  apiLb: ['DMH_API_LB_PORT', 18889], // nginx in front of two API replicas or more

  console: ['DMH_CONSOLE_PORT', 3000], // the admin console (built app + /api/ proxy), the seed's port
  h5: ['DMH_H5_PORT', 3100], // the consumer H5 app (built app + /api/ proxy), the seed's port

  zipkin: ['DMH_ZIPKIN_PORT', 9411], // the trace store (Zipkin's own default port): API and UI, when tracing is on
} as const satisfies Record<string, readonly [string, number]>;

export type PortName = keyof typeof PORT_TABLE;
export type Ports = Readonly<Record<PortName, number>>;

/** The environment variable that overrides a port. */
export function portEnvName(name: PortName): string {
  return PORT_TABLE[name][0];
}

/** Reads the table, applies overrides and refuses invalid or duplicate ports. */
export function loadPorts(env: NodeJS.ProcessEnv = process.env): Ports {
  const ports = {} as Record<PortName, number>;
  const owners = new Map<number, PortName>();
  for (const name of Object.keys(PORT_TABLE) as PortName[]) {
    const [envName, fallback] = PORT_TABLE[name];
    const raw = env[envName];
    const port = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`${envName}=${raw} is not a valid port`);
    }
    const other = owners.get(port);
    if (other) {
      throw new Error(`port ${port} is given to both ${other} and ${name} (set ${envName} or ${portEnvName(other)})`);
    }
    owners.set(port, name);
    ports[name] = port;
  }
  return ports;
}
