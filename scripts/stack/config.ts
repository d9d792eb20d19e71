// The supervisor's configuration, read once from the environment: where things live, which ports,
// which credentials. Everything else in scripts/stack receives a StackConfig instead of reading
// process.env.
import * as os from 'node:os';
import * as path from 'node:path';
import { loadPorts, type Ports } from './ports';

export interface StackConfig {
  readonly repoRoot: string;
  readonly stateDir: string;
  readonly logsDir: string;
  readonly pidsDir: string;
  readonly componentsDir: string;
  readonly daprConfigFile: string;
  readonly resiliencyDir: string;
  /** Where daprd/placement/scheduler are; null means "ask scripts/dapr-ensure.sh". */
  readonly daprBinDir: string | null;
  readonly daprLogLevel: string;
  /**
   * Each first-instance sidecar serves Go's pprof on its metrics port + 100 (DAPRD_PROFILING=1; daprd's
   * `--enable-profiling`): for finding where a daprd hop's CPU goes (bench/README.md). Off unless told.
   */
  readonly daprdProfiling: boolean;
  /** Run the stack's own Prometheus (DMH_PROMETHEUS=0: not; the benchmark leaves it out). */
  readonly prometheus: boolean;
  readonly ports: Ports;
  readonly host: string;
  readonly db: {
    readonly host: string;
    readonly port: number;
    readonly user: string;
    readonly password: string;
    readonly name: string;
    readonly externalName: string;
    readonly daprName: string;
  };
  /** The second MariaDB server (`external-db`): the sync worker's default target. */
  readonly externalDb: { readonly host: string; readonly port: number; readonly user: string; readonly password: string };
  readonly redis: { readonly host: string; readonly port: number };
  readonly rabbitmq: { readonly host: string; readonly port: number; readonly user: string; readonly password: string };
  /**
   * How the API verifies WeChat Pay and how the sandbox signs (WECHATPAY_VERIFY_MODE): the public key (the
   * default), platform certificates fetched from the sandbox's /v3/certificates, or both.
   */
  readonly wechatpayVerifyMode: WechatpayVerifyMode;
  /** Per-probe readiness timeout for the slow starters (RabbitMQ, MariaDB first run, sidecars). */
  readonly readyTimeoutMs: number;
  /** SIGTERM → SIGKILL grace period when stopping. */
  readonly stopGraceMs: number;
  /**
   * Tracing (scripts/stack/tracing.ts): a Zipkin server on the `zipkin` port, every sidecar with a
   * Configuration that samples every request and exports to it, every app sending its spans there.
   * DMH_TRACING=1 (or the override); `npm start` turns it on, tests and the bench leave it off.
   */
  readonly tracing: boolean;
  /**
   * How many API processes (DMH_API_REPLICAS) and actor hosts (DMH_ACTOR_HOSTS) run, each with its own daprd
   * (scripts/stack/replicas.ts); 1 each unless told. With two API replicas or more, nginx is in front of them.
   */
  readonly apiReplicas: number;
  readonly actorHosts: number;
  /** The environment handed to children before the stack's own settings are layered on top. */
  readonly baseEnv: NodeJS.ProcessEnv;
}

export interface ConfigOverrides {
  /** Defaults to $DMH_STATE_DIR, else ~/.local/state/dmh. */
  stateDir?: string;
  /** Extra/overriding environment (for tests); merged over process.env before anything is read. */
  env?: NodeJS.ProcessEnv;
  /** Overrides DMH_TRACING. */
  tracing?: boolean;
}

export const WECHATPAY_VERIFY_MODES = ['public_key', 'certificate', 'both'] as const;
export type WechatpayVerifyMode = (typeof WECHATPAY_VERIFY_MODES)[number];

function verifyMode(raw: string | undefined): WechatpayVerifyMode {
  if (raw === undefined || raw === '') return 'public_key';
  const mode = WECHATPAY_VERIFY_MODES.find((m) => m === raw);
  if (!mode) throw new Error(`WECHATPAY_VERIFY_MODE=${raw} must be one of ${WECHATPAY_VERIFY_MODES.join(', ')}`);
  return mode;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}=${raw} must be a positive integer`);
  return n;
}

function flag(raw: string | undefined, name: string): boolean {
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw new Error(`${name}=${raw} must be 1 or 0`);
}

/** Replicas of one app: 1 to MAX_REPLICAS (each replica past the first has a block of 10 ports, ports.ts). */
export const MAX_REPLICAS = 9;

function replicaCount(raw: string | undefined, name: string): number {
  const n = positiveInt(raw, 1, name);
  if (n > MAX_REPLICAS) throw new Error(`${name}=${raw}: at most ${MAX_REPLICAS}`);
  return n;
}

export function loadConfig(overrides: ConfigOverrides = {}): StackConfig {
  const env: NodeJS.ProcessEnv = { ...process.env, ...overrides.env };
  const stateDir = path.resolve(
    overrides.stateDir ?? env.DMH_STATE_DIR ?? path.join(os.homedir(), '.local', 'state', 'dmh'),
  );
  const ports = loadPorts(env);
  return {
    repoRoot: REPO_ROOT,
    stateDir,
    logsDir: path.join(stateDir, 'logs'),
    pidsDir: path.join(stateDir, 'pids'),
    componentsDir: path.join(REPO_ROOT, 'components'),
    daprConfigFile: path.join(REPO_ROOT, 'dapr', 'config.yaml'),
    resiliencyDir: path.join(REPO_ROOT, 'dapr', 'resiliency'),
    daprBinDir: env.DAPR_BIN_DIR || null,
    daprLogLevel: env.DAPR_LOG_LEVEL || 'info',
    daprdProfiling: env.DAPRD_PROFILING === '1',
    prometheus: env.DMH_PROMETHEUS !== '0',
    ports,
    host: '127.0.0.1',
    db: {
      host: env.DB_HOST || '127.0.0.1',
      port: ports.mariadb,
      user: env.DB_USER || 'root',
      password: env.DB_PASSWORD ?? '',
      name: env.DB_NAME || 'dmh',
      externalName: env.EXTERNAL_DB_NAME || 'dmh_external',
      daprName: 'dmh_dapr',
    },
    externalDb: {
      host: env.EXTERNAL_DB_HOST || '127.0.0.1',
      port: ports.externalDb,
      user: env.EXTERNAL_DB_USER || env.DB_USER || 'root',
      password: env.EXTERNAL_DB_PASSWORD ?? env.DB_PASSWORD ?? '',
    },
    redis: { host: env.REDIS_HOST || '127.0.0.1', port: ports.redis },
    rabbitmq: {
      host: env.RABBITMQ_HOST || '127.0.0.1',
      port: ports.rabbitmq,
      user: env.RABBITMQ_USER || 'guest',
      password: env.RABBITMQ_PASSWORD ?? 'guest',
    },
    wechatpayVerifyMode: verifyMode(env.WECHATPAY_VERIFY_MODE),
    readyTimeoutMs: positiveInt(env.DMH_READY_TIMEOUT_MS, 60_000, 'DMH_READY_TIMEOUT_MS'),
    stopGraceMs: positiveInt(env.DMH_STOP_GRACE_MS, 10_000, 'DMH_STOP_GRACE_MS'),
    tracing: overrides.tracing ?? flag(env.DMH_TRACING, 'DMH_TRACING'),
    apiReplicas: replicaCount(env.DMH_API_REPLICAS, 'DMH_API_REPLICAS'),
    actorHosts: replicaCount(env.DMH_ACTOR_HOSTS, 'DMH_ACTOR_HOSTS'),
    baseEnv: env,
  };
}

export function logFile(cfg: StackConfig, name: string): string {
  return path.join(cfg.logsDir, `${name}.log`);
}

/** Where clients reach the API: nginx in front of the replicas when there are two or more, else the API itself. */
export function apiEntryPort(cfg: StackConfig): number {
  return cfg.apiReplicas > 1 ? cfg.ports.apiLb : cfg.ports.api;
}

export function isLocalHost(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}
