// Prometheus (Debian's `prometheus` package) as one of the stack's children: it scrapes every app's
// GET /metrics and every daprd, placement and scheduler on its --metrics-port, every 5 s, and evaluates
// deploy/prometheus/alerts.yml (the deployment's own rule file, read in place). Its configuration is
// written at each start from the port table (scrapeJobs below is the one list of what is scraped;
// tests/deploy/prometheus-rules.test.ts holds deploy/prometheus/prometheus.yml to the same list on the
// default ports). Data under <state>/prometheus/data, kept 2 days; HTTP on 127.0.0.1 only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { APPS } from '../apps';
import { logFile, type StackConfig } from '../config';
import { processEnv } from '../env';
import type { Ports } from '../ports';
import { replicaPorts, type ScaledApp } from '../replicas';
import { httpOk, waitUntil } from '../probes';
import type { Supervisor } from '../supervisor';

export const PROMETHEUS = 'prometheus';

/** Locally: a short interval, so a test or a developer sees a change within seconds. */
export const LOCAL_SCRAPE_INTERVAL = '5s';
const LOCAL_SCRAPE_TIMEOUT = '4s'; // must not exceed the interval (Prometheus' default is 10 s)
const RETENTION_TIME = '2d';
const RETENTION_SIZE = '256MB';

export interface ScrapeTarget {
  readonly address: string;
  readonly labels?: Readonly<Record<string, string>>;
}

export interface ScrapeJob {
  readonly job: string;
  readonly targets: readonly ScrapeTarget[];
}

/** How many instances of the scaled apps run (scripts/stack/replicas.ts); one of each unless told. */
export interface ScrapeReplicas {
  readonly apiReplicas: number;
  readonly actorHosts: number;
}

/**
 * What Prometheus scrapes, on the given ports: each app with a sidecar (the Node processes that serve
 * /metrics; the WeChat Pay sandbox stands in for WeChat and has none) under its Dapr app id, every daprd
 * (labelled `sidecar_of`, since daprd's process and Go metrics carry no app id), placement and scheduler.
 * Every replica of the API and of the actor host is a target of its app's job (and its daprd of `daprd`),
 * told apart by its address (Prometheus' `instance` label), as pods of a Deployment are on Kubernetes.
 */
export function scrapeJobs(ports: Ports, replicas: ScrapeReplicas = { apiReplicas: 1, actorHosts: 1 }, host = '127.0.0.1'): ScrapeJob[] {
  const count = (name: string) => (name === 'api' ? replicas.apiReplicas : name === 'actors' ? replicas.actorHosts : 1);
  const withSidecar = APPS.flatMap((app) => (app.dapr ? [{ app, dapr: app.dapr }] : []));
  // Each instance's app port and daprd metrics port: the first from the port table, replica k ≥ 2 from its block.
  const instances = withSidecar.map(({ app, dapr }) => {
    const first = { app: ports[app.port], metrics: ports[dapr.ports.metrics] };
    const more = [];
    for (let k = 2; k <= count(app.name); k++) {
      const r = replicaPorts(ports, app.name as ScaledApp, k);
      more.push({ app: r.app, metrics: r.metrics });
    }
    return { appId: dapr.appId, ports: [first, ...more] };
  });
  return [
    ...instances.map(({ appId, ports: ps }) => ({ job: appId, targets: ps.map((p) => ({ address: `${host}:${p.app}` })) })),
    {
      job: 'daprd',
      targets: instances.flatMap(({ appId, ports: ps }) => ps.map((p) => ({ address: `${host}:${p.metrics}`, labels: { sidecar_of: appId } }))),
    },
    { job: 'dapr-placement', targets: [{ address: `${host}:${ports.placementMetrics}` }] },
    { job: 'dapr-scheduler', targets: [{ address: `${host}:${ports.schedulerMetrics}` }] },
  ];
}

export interface PrometheusConfigOptions {
  readonly scrapeInterval: string;
  readonly scrapeTimeout: string;
  readonly ruleFile: string;
}

/** prometheus.yml for these jobs (YAML written by hand: the shape is fixed and small). */
export function renderPrometheusConfig(jobs: readonly ScrapeJob[], opts: PrometheusConfigOptions): string {
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const lines = [
    '# Written by scripts/stack/infra/prometheus.ts at every start of the local stack: do not edit.',
    'global:',
    `  scrape_interval: ${opts.scrapeInterval}`,
    `  scrape_timeout: ${opts.scrapeTimeout}`,
    `  evaluation_interval: ${opts.scrapeInterval}`,
    '  external_labels:',
    '    system: dmh',
    '',
    'rule_files:',
    `  - ${q(opts.ruleFile)}`,
    '',
    'scrape_configs:',
  ];
  for (const job of jobs) {
    lines.push(`  - job_name: ${q(job.job)}`, '    static_configs:');
    for (const target of job.targets) {
      lines.push(`      - targets: [${q(target.address)}]`);
      const labels = Object.entries(target.labels ?? {});
      if (labels.length > 0) {
        lines.push('        labels:');
        for (const [k, v] of labels) lines.push(`          ${k}: ${q(v)}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

export function prometheusUrl(cfg: StackConfig): string {
  return `http://127.0.0.1:${cfg.ports.prometheus}`;
}

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && fs.existsSync(path.join(dir, command)));
}

/** Writes the configuration for the configured ports, starts Prometheus and waits until it is ready. */
export async function startPrometheus(cfg: StackConfig, sup: Supervisor): Promise<void> {
  const env = processEnv(cfg);
  if (!onPath(PROMETHEUS, env)) {
    throw new Error('prometheus not found on PATH: install Debian\'s prometheus package (bash scripts/system-deps.sh)');
  }
  const base = path.join(cfg.stateDir, PROMETHEUS);
  const data = path.join(base, 'data');
  fs.mkdirSync(data, { recursive: true, mode: 0o700 });
  const configFile = path.join(base, 'prometheus.yml');
  fs.writeFileSync(
    configFile,
    renderPrometheusConfig(scrapeJobs(cfg.ports, cfg), {
      scrapeInterval: LOCAL_SCRAPE_INTERVAL,
      scrapeTimeout: LOCAL_SCRAPE_TIMEOUT,
      ruleFile: path.join(cfg.repoRoot, 'deploy', 'prometheus', 'alerts.yml'),
    }),
  );
  const proc = sup.start({
    name: PROMETHEUS,
    command: PROMETHEUS,
    args: [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${data}`,
      `--storage.tsdb.retention.time=${RETENTION_TIME}`,
      `--storage.tsdb.retention.size=${RETENTION_SIZE}`,
      `--web.listen-address=127.0.0.1:${cfg.ports.prometheus}`,
      `--web.external-url=${prometheusUrl(cfg)}/`,
    ],
    env,
    cwd: base,
  });
  await waitPrometheus(cfg, proc.exited);
}

/** Ready = /-/ready answers 200: the TSDB is open (its write-ahead log replayed) and the rules are loaded. */
export function waitPrometheus(cfg: StackConfig, exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>): Promise<void> {
  return waitUntil(httpOk(`${prometheusUrl(cfg)}/-/ready`, [200]), {
    what: 'Prometheus',
    timeoutMs: cfg.readyTimeoutMs,
    logFile: logFile(cfg, PROMETHEUS),
    exited,
  });
}
