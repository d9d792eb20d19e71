// The local stack as one object, for the CLI and for integration tests:
//   infra → databases, migrate, seed → placement + scheduler + Prometheus → apps with their sidecars.
// Tests kill and restart single parts (kill('actors-sidecar'), restart('mariadb'), …). With DMH_API_REPLICAS or
// DMH_ACTOR_HOSTS above 1, the replicas ('api-2', 'actors-2-sidecar', …) and nginx are parts like the others.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { APPS, appDef, appEntry, appUrl, instanceName, instancePorts, type AppCommand, type AppDef, type AppName } from './apps';
import { apiEntryPort, loadConfig, logFile, type ConfigOverrides, type StackConfig } from './config';
import { logOffset, placementSpec, resolveDaprBinDir, schedulerSpec, sidecarHttp, sidecarName, sidecarSpec, waitControl, waitSidecar } from './dapr';
import { ensureDatabases, runDbCli } from './db-steps';
import { processEnv } from './env';
import { ensureInfra, ensureService, startOwned, stopOwned, type InfraContext, type InfraName } from './infra';
import { assertOwned } from './infra/context';
import { waitExternalDb } from './infra/external-db';
import { prometheusUrl, startPrometheus, waitPrometheus } from './infra/prometheus';
import { waitMariaDb } from './infra/mariadb';
import { waitRabbitMq } from './infra/rabbitmq';
import { waitRedis } from './infra/redis';
import { startZipkin, waitZipkin, ZIPKIN } from './infra/zipkin';
import { NGINX, startNginx, webRoot } from './nginx';
import { liveForeignOwner, readPidRecords, stopRecorded } from './pidfiles';
import { groupMembers } from './procfs';
import { httpOk, waitUntil } from './probes';
import { appInstances, assertReplicaPorts, parseReplicaName, replicaDef, replicaProcessNames } from './replicas';
import { STOP_TIERS, stopTier } from './stop-order';
import { Supervisor } from './supervisor';
import { zipkinUrl } from './tracing';

export type ProcessName =
  | 'api' | 'api-sidecar' | 'actors' | 'actors-sidecar' | 'sync' | 'sync-sidecar' | 'sandbox'
  | 'placement' | 'scheduler' | 'mariadb' | 'redis' | 'rabbitmq' | 'external-db' | 'prometheus' | 'zipkin'
  | ReplicaName | 'nginx';

/** Replica k ≥ 2 of the API or of the actor host, and its sidecar (scripts/stack/replicas.ts). */
export type ReplicaName = `api-${number}` | `api-${number}-sidecar` | `actors-${number}` | `actors-${number}-sidecar`;

export const PROCESS_NAMES: readonly ProcessName[] = [
  'mariadb', 'redis', 'rabbitmq', 'external-db', 'zipkin', 'placement', 'scheduler', 'prometheus',
  'sandbox', 'actors', 'actors-sidecar', 'sync', 'sync-sidecar', 'api', 'api-sidecar',
];


export interface StackOptions extends ConfigOverrides {
  /** Run an app differently from `node <app>/dist/…` (stand-ins, tsx on sources…). */
  appCommands?: Partial<Record<AppName, AppCommand>>;
}

export interface StartOptions {
  /** Echo every child's output to the console as "[name] …" (the CLI does). */
  stream?: boolean;
  /** Run shared/dist/db/migrate.cli.js (default true). */
  migrate?: boolean;
  /** Run shared/dist/db/seed.cli.js (default true). */
  seed?: boolean;
  /** Which apps to start (default all); false = infrastructure and Dapr control plane only. */
  apps?: boolean | readonly AppName[];
}

const INFRA_NAMES: readonly InfraName[] = ['mariadb', 'redis', 'rabbitmq', 'external-db'];
const isInfra = (name: string): name is InfraName => (INFRA_NAMES as readonly string[]).includes(name);

export class Stack {
  readonly cfg: StackConfig;
  private readonly sup: Supervisor;
  private readonly infra: InfraContext;
  private readonly appCommands: Partial<Record<AppName, AppCommand>>;
  private binDir: string | null = null;
  private readonly controlLogOffset = new Map<string, number>();

  constructor(opts: StackOptions = {}) {
    this.cfg = loadConfig(opts);
    assertReplicaPorts(this.cfg);
    this.sup = new Supervisor(this.cfg);
    this.infra = { cfg: this.cfg, sup: this.sup, reused: new Set() };
    this.appCommands = opts.appCommands ?? {};
  }

  get urls(): Record<string, string> {
    const p = this.cfg.ports;
    const api = apiEntryPort(this.cfg); // nginx when there are API replicas
    return {
      console: `http://127.0.0.1:${p.console}`,
      h5: `http://127.0.0.1:${p.h5}`,
      api: `http://127.0.0.1:${api}/api/v1`,
      health: `http://127.0.0.1:${api}/healthz`,
      docs: `http://127.0.0.1:${api}/api/docs`,
      openapi: `http://127.0.0.1:${api}/api/v1/openapi.json`,
      asyncapi: `http://127.0.0.1:${api}/api/v1/asyncapi.json`,
      sandbox: `http://127.0.0.1:${p.sandbox}`,
      rabbitmq: `amqp://127.0.0.1:${p.rabbitmq}`,
      mariadb: `mysql://${this.cfg.db.user}@127.0.0.1:${p.mariadb}/${this.cfg.db.name}`,
      externalDb: `mysql://${this.cfg.externalDb.user}@127.0.0.1:${p.externalDb}/${this.cfg.db.externalName}`,
      redis: `redis://127.0.0.1:${p.redis}`,
      apiSidecar: `http://127.0.0.1:${p.apiDaprHttp}`,
      actorsSidecar: `http://127.0.0.1:${p.actorsDaprHttp}`,
      syncSidecar: `http://127.0.0.1:${p.syncDaprHttp}`,
      prometheus: prometheusUrl(this.cfg),
      zipkin: zipkinUrl(this.cfg),
    };
  }

  /** Every process name of this stack: PROCESS_NAMES, plus the replicas and nginx it was configured with. */
  get processNames(): readonly ProcessName[] {
    return [...PROCESS_NAMES, ...(replicaProcessNames(this.cfg) as ProcessName[])];
  }

  /** Each API instance's own origin ('api' first, then 'api-2', …), bypassing nginx. */
  get apiReplicaOrigins(): string[] {
    return appInstances(this.cfg, ['api']).map((def) => `http://127.0.0.1:${instancePorts(this.cfg, def).app}`);
  }

  /** The Dapr HTTP endpoint of an app instance's sidecar ('api', 'actors-2', 'actors-2-sidecar', …). */
  sidecarUrl(name: ProcessName): string {
    return sidecarHttp(this.cfg, this.resolveAppPart(name).app);
  }

  /** Infrastructure services found running and reused (not ours to kill). */
  get reusedInfra(): readonly InfraName[] {
    return [...this.infra.reused];
  }

  logFile(name: string): string {
    return logFile(this.cfg, name);
  }

  isRunning(name: ProcessName): boolean {
    return this.sup.isRunning(name);
  }

  pid(name: ProcessName): number | null {
    return this.sup.get(name)?.pid ?? null;
  }

  async start(opts: StartOptions = {}): Promise<void> {
    await this.prepare(opts.stream === true);
    // The trace store (when tracing is on) starts beside the databases: the sidecars export to it from their first span.
    await Promise.all([this.startInfra(), this.startTraceStore()]);
    await ensureDatabases(this.cfg);
    if (opts.migrate ?? true) await runDbCli(this.cfg, this.sup, 'migrate');
    if (opts.seed ?? true) await runDbCli(this.cfg, this.sup, 'seed');
    // Prometheus with the control plane: about 0.1 s and 45 MB, so every stack has it (README, Metrics and alerts).
    await Promise.all([
      this.startProcess('placement'), this.startProcess('scheduler'), ...(this.cfg.prometheus ? [this.startProcess('prometheus')] : []),
    ]);
    const apps = opts.apps ?? true;
    const names = apps === true ? APPS.map((a) => a.name) : apps === false ? [] : apps;
    // The first instance of each app before any replica: the actor state store (state.mysql) creates and
    // migrates its table as a sidecar starts, and two dmh-actors sidecars doing it at once on an empty schema
    // race (one dies with "Error 1060: Duplicate column name 'row_id'"; seen on a fresh machine's CI run).
    const instances = appInstances(this.cfg, names);
    await Promise.all(instances.filter((def) => !def.replica).map((def) => this.startApp(def)));
    await Promise.all(instances.filter((def) => def.replica).map((def) => this.startApp(def)));
    if (this.cfg.apiReplicas > 1 && names.includes('api')) await this.startProcess(NGINX);
  }

  /** MariaDB, Redis and RabbitMQ only (reusing running servers). */
  async startInfra(opts: { stream?: boolean } = {}): Promise<void> {
    if (opts.stream !== undefined) await this.prepare(opts.stream);
    const how = await ensureInfra(this.infra);
    for (const [name, state] of Object.entries(how)) this.sup.info(`${name}: ${state === 'reused' ? 'reusing the server already running' : 'started'}`);
  }

  /** Zipkin, when tracing is on (scripts/stack/tracing.ts); else nothing. */
  async startTraceStore(): Promise<void> {
    if (!this.cfg.tracing) return;
    const how = await startZipkin(this.cfg, this.sup);
    this.sup.info(`zipkin: ${how === 'reused' ? 'reusing the server already running' : 'started'} (${zipkinUrl(this.cfg)}/zipkin/)`);
  }

  /** Starts one process and waits until it is healthy. */
  async startProcess(name: ProcessName): Promise<void> {
    if (name === ZIPKIN) {
      await startZipkin(this.cfg, this.sup);
      return;
    }
    if (isInfra(name)) {
      if (this.infra.reused.has(name)) return;
      await ensureService(this.infra, name);
      return;
    }
    if (name === 'placement' || name === 'scheduler') {
      const bin = await this.daprBin();
      const offset = logOffset(this.cfg, name);
      this.controlLogOffset.set(name, offset);
      const proc = this.sup.start(name === 'placement' ? placementSpec(this.cfg, bin) : schedulerSpec(this.cfg, bin));
      await waitControl(this.cfg, name, proc.exited, offset);
      return;
    }
    if (name === 'prometheus') {
      await startPrometheus(this.cfg, this.sup);
      return;
    }
    if (name === NGINX) {
      await startNginx(this.cfg, this.sup, this.apiReplicaOrigins.map((origin) => Number(new URL(origin).port)));
      this.sup.info(`nginx ready (${this.urls.api}, in front of ${this.cfg.apiReplicas} API replicas)`);
      return;
    }
    const { app, sidecar } = this.resolveAppPart(name);
    if (sidecar) {
      const proc = this.sup.start(sidecarSpec(this.cfg, await this.daprBin(), app));
      await waitSidecar(this.cfg, app, proc.exited);
    } else {
      const proc = this.sup.start(this.appSpec(app));
      await this.waitApp(app, proc.exited);
    }
  }

  /** Sends a signal to a process group (default SIGKILL) and, if it terminates, waits until it is gone. */
  async kill(name: ProcessName, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (isInfra(name)) assertOwned(this.infra, name);
    await this.sup.signal(name, signal);
  }

  /** Graceful stop (SIGTERM, SIGKILL after the grace period), then start and wait until healthy. */
  async restart(name: ProcessName): Promise<void> {
    if (isInfra(name)) {
      await stopOwned(this.infra, name);
      await startOwned(this.infra, name);
      return;
    }
    await this.sup.stop(name);
    await this.startProcess(name);
  }

  /** Waits until a process answers its health check (an app: its sidecar too, if running). */
  async waitHealthy(name: ProcessName, timeoutMs = this.cfg.readyTimeoutMs): Promise<void> {
    const exited = this.sup.get(name)?.running ? this.sup.get(name)?.exited : undefined;
    const cfg = timeoutMs === this.cfg.readyTimeoutMs ? this.cfg : { ...this.cfg, readyTimeoutMs: timeoutMs };
    const ctx = { ...this.infra, cfg };
    switch (name) {
      case 'mariadb': return waitMariaDb(ctx, exited);
      case 'external-db': return waitExternalDb(ctx, exited);
      case 'redis': return waitRedis(ctx, exited);
      case 'rabbitmq': return waitRabbitMq(ctx, exited);
      case 'zipkin': return waitZipkin(cfg, exited);
      case 'placement':
      case 'scheduler': return waitControl(cfg, name, exited, this.controlLogOffset.get(name));
      case 'prometheus': return waitPrometheus(cfg, exited);
      case NGINX: return waitUntil(httpOk(`${this.urls.health}`, [200, 204]), { what: NGINX, timeoutMs, logFile: this.logFile(NGINX), exited });
      default: {
        const { app, sidecar } = this.resolveAppPart(name);
        if (!sidecar) await this.waitApp(app, exited, timeoutMs);
        if (app.dapr && (sidecar || this.sup.isRunning(sidecarName(app)))) {
          await waitSidecar(cfg, app, sidecar ? exited : this.sup.get(sidecarName(app))?.exited);
        }
      }
    }
  }

  /**
   * The admin console (scripts/stack/console-server.ts, or nginx when it fronts API replicas): admin-angular/dist
   * with /api/ proxied to this stack's API, on the `console` port. Not one of APPS: the suites that test the API
   * do not need it.
   */
  async startConsole(): Promise<void> {
    await this.startWebApp('console', webRoot(this.cfg, 'console'), this.cfg.ports.console, {});
  }

  /**
   * The consumer H5 app: h5-ionic/www on the `h5` port with /api/ proxied to this stack's API and, because
   * this is the development stack, POST /sandbox/pay/… passed to the WeChat Pay sandbox (the app pays there).
   */
  async startH5(): Promise<void> {
    await this.startWebApp('h5', webRoot(this.cfg, 'h5'), this.cfg.ports.h5, {
      DMH_SANDBOX_ORIGIN: `http://127.0.0.1:${this.cfg.ports.sandbox}`,
    });
  }

  private async startWebApp(name: 'console' | 'h5', root: string, port: number, extra: Record<string, string>): Promise<void> {
    if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`${path.relative(this.cfg.repoRoot, root)}/index.html not found: build it first (bash scripts/bootstrap.sh)`);
    if (this.sup.isRunning(NGINX)) {
      // In front of API replicas, nginx serves both apps on their ports already (scripts/stack/nginx.ts).
      const url = this.urls[name]!;
      await waitUntil(httpOk(`${url}/healthz`, [204]), { what: `${name} (nginx)`, timeoutMs: this.cfg.readyTimeoutMs, logFile: this.logFile(NGINX) });
      this.sup.info(`${name} ready (${url}, served by nginx)`);
      return;
    }
    const env = processEnv(this.cfg, {
      DMH_CONSOLE_PORT: String(port),
      DMH_CONSOLE_ROOT: root,
      DMH_API_ORIGIN: `http://127.0.0.1:${apiEntryPort(this.cfg)}`,
      ...extra,
    });
    const proc = this.sup.start({
      name,
      command: process.execPath,
      args: ['--import', 'tsx', path.join(this.cfg.repoRoot, 'scripts', 'stack', 'console-server.main.ts')],
      env,
      cwd: this.cfg.repoRoot,
    });
    const url = this.urls[name]!;
    await waitUntil(httpOk(`${url}/healthz`, [204]), { what: name, timeoutMs: this.cfg.readyTimeoutMs, logFile: this.logFile(name), exited: proc.exited });
    this.sup.info(`${name} ready (${url})`);
  }

  /** Stops everything this stack started, in reverse order, and checks that nothing is left. */
  async stop(): Promise<void> {
    const names = [...new Set([...STOP_TIERS.flat(), ...this.processNames])];
    const tiers = [...new Set(names.map(stopTier))].sort((a, b) => a - b);
    for (const tier of tiers) await Promise.all(names.filter((name) => stopTier(name) === tier).map((name) => this.sup.stop(name)));
    await this.sup.stopInOrder([]);
    const left = readPidRecords(this.cfg.pidsDir).filter((r) => r.owner === process.pid && groupMembers(r.pid).length > 0);
    await stopRecorded(this.cfg.pidsDir, this.cfg.stopGraceMs, (r) => r.owner === process.pid);
    if (left.length > 0) throw new Error(`still running after stop, killed: ${left.map((r) => `${r.name} (${r.pid})`).join(', ')}`);
  }

  private async prepare(stream: boolean): Promise<void> {
    const owner = liveForeignOwner(this.cfg.pidsDir);
    if (owner !== null) {
      throw new Error(`another DMH stack (supervisor pid ${owner}) is running with state dir ${this.cfg.stateDir}; stop it first (cli down)`);
    }
    const leftovers = await stopRecorded(this.cfg.pidsDir, this.cfg.stopGraceMs, (r) => r.owner !== process.pid);
    if (stream) this.sup.streamTo([...this.processNames, 'console', 'h5', 'epmd', 'migrate', 'seed', 'dapr-ensure', 'mariadb-install', 'external-db-install', 'zipkin-ensure']);
    if (leftovers.length > 0) this.sup.info(`stopped leftovers of an earlier run: ${leftovers.join(', ')}`);
  }

  private async daprBin(): Promise<string> {
    this.binDir ??= await resolveDaprBinDir(this.cfg, this.sup);
    return this.binDir;
  }

  private resolveAppPart(name: ProcessName): { app: AppDef; sidecar: boolean } {
    const replica = parseReplicaName(name);
    if (replica) return { app: replicaDef(this.cfg, replica.app, replica.index), sidecar: replica.sidecar };
    const sidecar = name.endsWith('-sidecar');
    const app = appDef(name.replace(/-sidecar$/, '') as AppName);
    if (sidecar && !app.dapr) throw new Error(`${app.name} has no sidecar`);
    return { app, sidecar };
  }

  private appSpec(app: AppDef): Parameters<Supervisor['start']>[0] {
    const override = this.appCommands[app.name];
    const own = { ...app.env(this.cfg), ...override?.env };
    if (override) {
      return { name: instanceName(app), command: override.command, args: override.args, env: processEnv(this.cfg, own), cwd: this.cfg.repoRoot };
    }
    const entry = appEntry(this.cfg, app);
    if (!fs.existsSync(entry)) throw new Error(`${app.entry} not found: build first (npm run build)`);
    return { name: instanceName(app), command: process.execPath, args: ['--enable-source-maps', entry], env: processEnv(this.cfg, own), cwd: this.cfg.repoRoot };
  }

  private waitApp(app: AppDef, exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>, timeoutMs = this.cfg.readyTimeoutMs): Promise<void> {
    return waitUntil(httpOk(appUrl(this.cfg, app), [200, 204]), { what: instanceName(app), timeoutMs, logFile: this.logFile(instanceName(app)), exited });
  }

  /** An app and its sidecar are started together: the sidecar only registers actor types once it reaches the app. */
  private async startApp(app: AppDef): Promise<void> {
    const appProc = this.sup.isRunning(instanceName(app)) ? null : this.sup.start(this.appSpec(app));
    const side = app.dapr && !this.sup.isRunning(sidecarName(app)) ? this.sup.start(sidecarSpec(this.cfg, await this.daprBin(), app)) : null;
    await this.waitApp(app, appProc?.exited);
    if (app.dapr) await waitSidecar(this.cfg, app, side?.exited);
    this.sup.info(`${instanceName(app)} ready${app.dapr ? ` (sidecar ${sidecarHttp(this.cfg, app)})` : ''}`);
  }
}
