// Our own Redis 7: append-only file persistence under <state>/redis, 127.0.0.1 only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { logFile } from '../config';
import { processEnv } from '../env';
import { redisPing, waitUntil } from '../probes';
import type { InfraContext } from './context';

export async function startRedis(ctx: InfraContext): Promise<void> {
  const { cfg } = ctx;
  const dir = path.join(cfg.stateDir, 'redis');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const proc = ctx.sup.start({
    name: 'redis',
    command: 'redis-server',
    args: [
      '--port', String(cfg.redis.port),
      '--bind', '127.0.0.1',
      '--dir', dir,
      '--appendonly', 'yes',
      '--daemonize', 'no',
      '--logfile', '',
    ],
    env: processEnv(cfg),
    cwd: dir,
  });
  await waitRedis(ctx, proc.exited);
}

export function waitRedis(ctx: InfraContext, exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>): Promise<void> {
  return waitUntil(() => redisPing(ctx.cfg.redis.host, ctx.cfg.redis.port), {
    what: 'Redis',
    timeoutMs: ctx.cfg.readyTimeoutMs,
    logFile: logFile(ctx.cfg, 'redis'),
    exited,
  });
}

export async function stopRedis(ctx: InfraContext): Promise<void> {
  await ctx.sup.stop('redis');
}
