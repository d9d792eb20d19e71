// MariaDB, Redis and RabbitMQ: use the server that already answers on the configured host:port,
// else start our own as a child with its data under the state dir.
import { isLocalHost } from './config';
import { assertOwned, type InfraContext, type InfraName } from './infra/context';
import { startExternalDb, stopExternalDb } from './infra/external-db';
import { startMariaDb, stopMariaDb } from './infra/mariadb';
import { startRabbitMq, stopRabbitMq } from './infra/rabbitmq';
import { startRedis, stopRedis } from './infra/redis';
import { amqpAnswers, mySqlSelect1, redisPing, tcpOpen } from './probes';

export { startMariaDb, stopMariaDb, startRabbitMq, stopRabbitMq, startRedis, stopRedis };
export type { InfraContext, InfraName };

interface InfraService {
  readonly name: InfraName;
  readonly endpoint: (ctx: InfraContext) => { host: string; port: number };
  /** Resolves true if a usable server answers; throws if one answers but is unusable. */
  readonly answers: (ctx: InfraContext) => Promise<boolean>;
  readonly start: (ctx: InfraContext) => Promise<void>;
  readonly stop: (ctx: InfraContext) => Promise<void>;
}

export const INFRA: readonly InfraService[] = [
  {
    name: 'mariadb',
    endpoint: (ctx) => ctx.cfg.db,
    answers: async (ctx) => {
      if (!(await tcpOpen(ctx.cfg.db.host, ctx.cfg.db.port))) return false;
      try {
        await mySqlSelect1(ctx.cfg.db);
        return true;
      } catch (err) {
        throw new Error(
          `a server listens on ${ctx.cfg.db.host}:${ctx.cfg.db.port} but SELECT 1 as ${ctx.cfg.db.user} failed ` +
            `(${(err as Error).message}); stop it, fix DB_USER/DB_PASSWORD, or set DB_PORT to a free port`,
        );
      }
    },
    start: startMariaDb,
    stop: stopMariaDb,
  },
  {
    name: 'redis',
    endpoint: (ctx) => ctx.cfg.redis,
    answers: async (ctx) => {
      if (!(await tcpOpen(ctx.cfg.redis.host, ctx.cfg.redis.port))) return false;
      if (await redisPing(ctx.cfg.redis.host, ctx.cfg.redis.port).catch(() => false)) return true;
      throw new Error(`something listens on ${ctx.cfg.redis.host}:${ctx.cfg.redis.port} but does not answer PING; stop it or set REDIS_PORT`);
    },
    start: startRedis,
    stop: stopRedis,
  },
  {
    name: 'rabbitmq',
    endpoint: (ctx) => ctx.cfg.rabbitmq,
    answers: async (ctx) => {
      const { host, port } = ctx.cfg.rabbitmq;
      if (!(await tcpOpen(host, port))) return false;
      if (await amqpAnswers(host, port)) return true;
      throw new Error(`something listens on ${host}:${port} but does not speak AMQP 0-9-1; stop it or set RABBITMQ_PORT`);
    },
    start: startRabbitMq,
    stop: stopRabbitMq,
  },
  {
    name: 'external-db',
    endpoint: (ctx) => ctx.cfg.externalDb,
    answers: async (ctx) => {
      const { host, port, user } = ctx.cfg.externalDb;
      if (!(await tcpOpen(host, port))) return false;
      try {
        await mySqlSelect1(ctx.cfg.externalDb);
        return true;
      } catch (err) {
        throw new Error(
          `a server listens on ${host}:${port} but SELECT 1 as ${user} failed (${(err as Error).message}); ` +
            'stop it, fix EXTERNAL_DB_USER/EXTERNAL_DB_PASSWORD, or set EXTERNAL_DB_PORT to a free port',
        );
      }
    },
    start: startExternalDb,
    stop: stopExternalDb,
  },
];

export function infraService(name: InfraName): InfraService {
  const service = INFRA.find((s) => s.name === name);
  if (!service) throw new Error(`unknown infrastructure service ${name}`);
  return service;
}

/** Ensures one service answers: reuses a running server, else starts ours. */
export async function ensureService(ctx: InfraContext, name: InfraName): Promise<'reused' | 'started'> {
  const service = infraService(name);
  if (ctx.sup.isRunning(name)) return 'started';
  if (await service.answers(ctx)) {
    ctx.reused.add(name);
    return 'reused';
  }
  const { host, port } = service.endpoint(ctx);
  if (!isLocalHost(host)) throw new Error(`${name} does not answer on ${host}:${port}, and only a local one can be started`);
  ctx.reused.delete(name);
  await service.start(ctx);
  return 'started';
}

/** All of them, concurrently (they do not depend on each other). */
export async function ensureInfra(ctx: InfraContext): Promise<Record<InfraName, 'reused' | 'started'>> {
  const [mariadb, redis, rabbitmq, externalDb] = await Promise.all([
    ensureService(ctx, 'mariadb'),
    ensureService(ctx, 'redis'),
    ensureService(ctx, 'rabbitmq'),
    ensureService(ctx, 'external-db'),
  ]);
  return { mariadb, redis, rabbitmq, 'external-db': externalDb };
}

export async function startOwned(ctx: InfraContext, name: InfraName): Promise<void> {
  assertOwned(ctx, name);
  await infraService(name).start(ctx);
}

export async function stopOwned(ctx: InfraContext, name: InfraName): Promise<void> {
  assertOwned(ctx, name);
  await infraService(name).stop(ctx);
}
