/**
 * Runs the example consumer and its own daprd beside a running DMH stack (`npm start`):
 *   node --import tsx examples/event-consumer/run.ts
 * Its sidecar joins DMH's placement service, as every injected sidecar does on Kubernetes, so the worst
 * case is the one shown: it could address DMH's actors, and the actor host refuses the calls (they are not
 * signed by a DMH app: shared/src/actors/actor-call-auth.ts).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import * as path from 'node:path';
import { loadConfig, type StackConfig } from '../../scripts/stack/config';
import { daprdArgs } from '../../scripts/stack/dapr';

export const CONSUMER_APP_ID = 'dmh-example-consumer';
export const CONSUMER_PORTS = { app: 3300, daprHttp: 3510, daprGrpc: 15020, daprInternalGrpc: 15030, daprMetrics: 9095 } as const;

export interface RunningConsumer {
  appUrl: string;
  daprUrl: string;
  daprLog: string;
  stop(): Promise<void>;
}

function started(name: string, child: ChildProcess, log: string): ChildProcess {
  const out = createWriteStream(log, { flags: 'a' });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  child.on('error', (err) => out.write(`[${name}] ${err.message}\n`));
  return child;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} not ready within ${timeoutMs} ms`);
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startConsumer(cfg: StackConfig = loadConfig()): Promise<RunningConsumer> {
  const here = __dirname;
  const p = CONSUMER_PORTS;
  const appLog = path.join(cfg.logsDir, 'example-consumer.log');
  const daprLog = path.join(cfg.logsDir, 'example-consumer-sidecar.log');
  const app = started('consumer', spawn(process.execPath, ['--import', 'tsx', path.join(here, 'consumer.ts')], {
    cwd: cfg.repoRoot, env: { ...process.env, PORT: String(p.app) }, stdio: ['ignore', 'pipe', 'pipe'],
  }), appLog);
  const appUrl = `http://127.0.0.1:${p.app}`;
  const daprUrl = `http://127.0.0.1:${p.daprHttp}`;
  let sidecar: ChildProcess | undefined;
  try {
    await until('example consumer', async () => (await fetch(`${appUrl}/healthz`)).status === 204);
    // The stack's Dapr build (scripts/dapr-ensure.sh caches it; a second run only prints where).
    const binDir = cfg.daprBinDir ?? execFileSync('bash', [path.join(cfg.repoRoot, 'scripts', 'dapr-ensure.sh')], { encoding: 'utf8' }).trim().split('\n').pop()!;
    const args = daprdArgs({
      appId: CONSUMER_APP_ID,
      ports: { app: p.app, http: p.daprHttp, grpc: p.daprGrpc, internalGrpc: p.daprInternalGrpc, metrics: p.daprMetrics },
      placement: cfg.ports.placement,
      scheduler: null,
      resourcesPaths: [path.join(here, 'components')],
      logLevel: cfg.daprLogLevel,
    });
    sidecar = started('consumer-sidecar', spawn(path.join(binDir, 'daprd'), args, {
      cwd: cfg.repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        DMH_REDIS_HOST: `${cfg.redis.host}:${cfg.redis.port}`,
        CONSUMER_SECRET_REDIS_PASSWORD: cfg.baseEnv.REDIS_PASSWORD ?? '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }), daprLog);
    await until('example consumer sidecar', async () => (await fetch(`${daprUrl}/v1.0/healthz`)).status === 204);
  } catch (err) {
    await Promise.all([sidecar && stopped(sidecar), stopped(app)]);
    throw err;
  }
  return {
    appUrl, daprUrl, daprLog,
    stop: async () => {
      if (sidecar) await stopped(sidecar);
      await stopped(app);
    },
  };
}

if (require.main === module) {
  startConsumer().then((c) => {
    console.log(`example consumer: ${c.appUrl}/received   its sidecar: ${c.daprUrl}`);
    const stop = () => void c.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }, (err) => {
    console.error(err);
    process.exit(1);
  });
}
