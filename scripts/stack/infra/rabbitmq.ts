// Our own RabbitMQ 3.x node "dmh@localhost", run as root straight from /usr/lib/rabbitmq/bin (the
// /usr/sbin wrapper would switch to the rabbitmq user). Everything it writes lives under
// <state>/rabbitmq: HOME (so the Erlang cookie is ours), mnesia, logs, config. Management plugin
// off (empty enabled_plugins). Logs go to stdout, i.e. <state>/logs/rabbitmq.log. The Erlang port
// mapper (epmd) runs as our own child too unless one already answers.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { logFile } from '../config';
import { processEnv } from '../env';
import { amqpAnswers, tcpOpen, waitUntil } from '../probes';
import type { InfraContext } from './context';

const RABBITMQ_SERVER = '/usr/lib/rabbitmq/bin/rabbitmq-server';

function writeOnce(file: string, content: string, mode = 0o600): void {
  if (!fs.existsSync(file)) fs.writeFileSync(file, content, { mode });
}

function prepareFiles(ctx: InfraContext): Record<string, string> {
  const { cfg } = ctx;
  const base = path.join(cfg.stateDir, 'rabbitmq');
  const home = path.join(base, 'home');
  for (const dir of [base, home, path.join(base, 'mnesia'), path.join(base, 'log')]) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  }
  // The cookie must be readable by its owner only, or Erlang refuses it.
  writeOnce(path.join(home, '.erlang.cookie'), randomBytes(20).toString('hex').toUpperCase(), 0o400);
  fs.writeFileSync(path.join(base, 'enabled_plugins'), '[].\n');
  fs.writeFileSync(path.join(base, 'rabbitmq-env.conf'), '# intentionally empty: all settings come from the environment\n');
  fs.writeFileSync(
    path.join(base, 'rabbitmq.conf'),
    [
      `listeners.tcp.1 = 127.0.0.1:${cfg.rabbitmq.port}`,
      'loopback_users.guest = true',
      'log.console = true',
      'log.file = false',
      '',
    ].join('\n'),
  );
  return {
    HOME: home,
    RABBITMQ_CONF_ENV_FILE: path.join(base, 'rabbitmq-env.conf'),
    RABBITMQ_CONFIG_FILE: path.join(base, 'rabbitmq.conf'),
    RABBITMQ_ENABLED_PLUGINS_FILE: path.join(base, 'enabled_plugins'),
    RABBITMQ_MNESIA_BASE: path.join(base, 'mnesia'),
    RABBITMQ_LOG_BASE: path.join(base, 'log'),
    RABBITMQ_LOGS: '-',
    RABBITMQ_PID_FILE: path.join(base, 'rabbitmq.pid'),
    RABBITMQ_NODENAME: 'dmh@localhost',
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    RABBITMQ_NODE_PORT: String(cfg.rabbitmq.port),
    RABBITMQ_DIST_PORT: String(cfg.ports.rabbitmqDist),
    ERL_EPMD_PORT: String(cfg.ports.epmd),
    ERL_EPMD_ADDRESS: '127.0.0.1',
    // The distribution port (rabbitmqctl) on loopback only, like everything else.
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
  };
}

async function ensureEpmd(ctx: InfraContext): Promise<void> {
  const { cfg } = ctx;
  if (await tcpOpen('127.0.0.1', cfg.ports.epmd)) return; // a running epmd serves any node
  const proc = ctx.sup.start({
    name: 'epmd',
    command: 'epmd',
    args: ['-port', String(cfg.ports.epmd), '-address', '127.0.0.1'],
    env: processEnv(cfg, { ERL_EPMD_ADDRESS: '127.0.0.1' }),
    cwd: cfg.stateDir,
  });
  await waitUntil(() => tcpOpen('127.0.0.1', cfg.ports.epmd), {
    what: 'epmd',
    timeoutMs: 10_000,
    logFile: logFile(cfg, 'epmd'),
    exited: proc.exited,
  });
}

export async function startRabbitMq(ctx: InfraContext): Promise<void> {
  const { cfg } = ctx;
  if (!fs.existsSync(RABBITMQ_SERVER)) {
    throw new Error(`${RABBITMQ_SERVER} not found: install rabbitmq-server (scripts/system-deps.sh)`);
  }
  await ensureEpmd(ctx);
  const env = prepareFiles(ctx);
  const proc = ctx.sup.start({
    name: 'rabbitmq',
    command: RABBITMQ_SERVER,
    args: [],
    env: processEnv(cfg, env),
    cwd: env.HOME ?? cfg.stateDir,
  });
  await waitRabbitMq(ctx, proc.exited);
}

export function waitRabbitMq(ctx: InfraContext, exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>): Promise<void> {
  return waitUntil(() => amqpAnswers(ctx.cfg.rabbitmq.host, ctx.cfg.rabbitmq.port), {
    what: 'RabbitMQ',
    timeoutMs: Math.max(ctx.cfg.readyTimeoutMs, 90_000),
    logFile: logFile(ctx.cfg, 'rabbitmq'),
    exited,
  });
}

/** Stops the node (epmd stays up: it is shared and cheap; stack.stop() ends it last). */
export async function stopRabbitMq(ctx: InfraContext): Promise<void> {
  await ctx.sup.stop('rabbitmq');
}
