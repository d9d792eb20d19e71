import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { loadPorts, portEnvName, type PortName } from '../../scripts/stack/ports';
import { BENCH_DB, BENCH_EXTERNAL_DB } from '../bench-env';

/**
 * The stack's environment in the benchmark: production settings, as docker-compose.yml runs DMH
 * (NODE_ENV=production, the apps' default log level `info`, daprd/placement/scheduler at `info`), with the
 * values production refuses to default given here (any value does against the sandbox). Both systems of a
 * comparison get exactly this environment and this checkout's port table (the baseline's own table had
 * sidecar ports in Linux's ephemeral range).
 */
const PRODUCTION: Record<string, string> = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  DAPR_LOG_LEVEL: 'info',
  JWT_SECRET: 'bench-only-jwt-secret-0123456789abcdef-0123456789',
  ACTOR_CALL_SECRET: 'bench-only-actor-call-secret-0123456789abcdef',
  // docker-compose runs no Prometheus (an operator's own scrapes it); the stack's own, scraping every process
  // every 5 s, would be a cost the baseline revision does not carry.
  DMH_PROMETHEUS: '0',
  WECHAT_APP_SECRET: 'bench-official-account-secret',
  WECHATPAY_APP_APPID: 'wxdmhbenchapp000001',
  SMS_PROVIDER: 'none',
  SYNC_CREDENTIALS_KEY: Buffer.alloc(32, 7).toString('base64'),
  // What the test stack sets for the suites and production leaves empty: none of it on the paid path.
  AUTH_RATE_LIMIT_EXEMPT_IPS: '',
};

/**
 * Where the benchmark's stack is NOT production as docker-compose.yml runs it, printed with every run.
 * BENCH_STACK_ENV (JSON) adds to or overrides the environment; each such key is listed as a difference too.
 */
export const KNOWN_DIFFERENCES = [
  'every process on one 2-core machine (docker-compose: one container each, same host); MariaDB 10.11 instead of MySQL 8.4',
  'the WeChat Pay sandbox plays WeChat Pay (as in docker-compose): notifications signed with its keys',
  'its own databases (dmh_bench, dmh_bench_external), dropped first; the external database on the local external-db server',
];

function daprBinDir(log: (line: string) => void): string {
  if (process.env.DAPR_BIN_DIR) return process.env.DAPR_BIN_DIR;
  log('DAPR_BIN_DIR not set: asking scripts/dapr-ensure.sh …');
  const out = execFileSync('bash', [path.resolve(__dirname, '..', '..', 'scripts', 'dapr-ensure.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop() ?? '';
}

export interface StackSettings {
  env: Record<string, string>;
  /** BENCH_STACK_ENV's keys and values: each one a difference from production. */
  overrides: Record<string, string>;
  differences: string[];
}

export function stackSettings(log: (line: string) => void): StackSettings {
  const ports = loadPorts(process.env);
  const portEnv = Object.fromEntries((Object.keys(ports) as PortName[]).map((n) => [portEnvName(n), String(ports[n])]));
  const overrides: Record<string, string> = process.env.BENCH_STACK_ENV ? JSON.parse(process.env.BENCH_STACK_ENV) : {};
  const env = {
    ...portEnv,
    DAPR_BIN_DIR: daprBinDir(log),
    DB_NAME: BENCH_DB,
    EXTERNAL_DB_NAME: BENCH_EXTERNAL_DB,
    ...PRODUCTION,
    ...(process.env.BENCH_PROFILE === '1'
      ? { NODE_OPTIONS: `--require ${path.join(__dirname, '..', 'profiling', 'cpu-profile-preload.cjs')}`, DAPRD_PROFILING: '1' }
      : {}),
    ...overrides,
  };
  const differences = [
    ...KNOWN_DIFFERENCES,
    ...(process.env.BENCH_PROFILE === '1' ? ['BENCH_PROFILE=1: the Node apps run with the V8 CPU profiler preloaded, the sidecars with pprof on'] : []),
    ...Object.entries(overrides).map(([k, v]) => `${k}=${v} (BENCH_STACK_ENV)`),
  ];
  return { env, overrides, differences };
}
