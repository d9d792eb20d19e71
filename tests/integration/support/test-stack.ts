import * as fs from 'node:fs';
import * as path from 'node:path';
import { Stack } from '../../../scripts/stack/stack';
import { closeDb } from './db';
import { closeExternalDb } from './external-db';
import Redis from 'ioredis';

import { TEST_DB, TEST_EXTERNAL_DB } from './test-databases';

/** The signing key of the test stack's API, so the JWT attack tests can forge expired or foreign-audience tokens. */
export const TEST_JWT_SECRET = 'test-only-jwt-secret-0123456789abcdef-0123456789';
/** The key the test stack's API signs actor calls with, so scenarios can call an actor as the API does. */
export const TEST_ACTOR_CALL_SECRET = 'test-only-actor-call-secret-0123456789abcdef';

/**
 * Auth settings of the test stack: the suites all run from loopback and log in many times, so loopback is
 * exempt from the per-address auth limits (which keep their production values for every other address:
 * the auth scenarios prove them from other addresses through X-Forwarded-For, trusted from loopback only).
 */
const AUTH_TEST_ENV = {
  JWT_SECRET: TEST_JWT_SECRET, ACTOR_CALL_SECRET: TEST_ACTOR_CALL_SECRET, AUTH_RATE_LIMIT_EXEMPT_IPS: '127.0.0.1,::1,::ffff:127.0.0.1',
};

/**
 * Refunds in process on the test stack's clock: the sandbox ends a refund half a second after taking it, the
 * API first queries one 3 s after asking (then every 4 s at most), and shows one still in process after 8 s
 * as needing action. The refunds-in-process scenarios rely on these.
 */
export const REFUND_TEST_ENV = {
  SANDBOX_REFUND_NOTIFY_AFTER_MS: '500',
  REFUND_QUERY_DELAY_SECONDS: '3',
  REFUND_QUERY_MAX_INTERVAL_SECONDS: '4',
  REFUND_STUCK_AFTER_SECONDS: '8',
};

/**
 * The real stack for a suite: MariaDB, Redis, RabbitMQ, placement, scheduler, every app with its daprd
 * sidecar, the WeChat Pay sandbox. It runs on its own databases, emptied first, so the invariants see only
 * what this run did.
 */
export async function startTestStack(extraEnv: Record<string, string> = {}): Promise<Stack> {
  const stack = new Stack({ env: { DB_NAME: TEST_DB, EXTERNAL_DB_NAME: TEST_EXTERNAL_DB, LOG_LEVEL: 'warn', ...AUTH_TEST_ENV, ...REFUND_TEST_ENV, ...extraEnv } });
  try {
    await stack.startInfra();
    await resetState(stack);
    await stack.start();
  } catch (err) {
    // A half-started stack must not outlive the failed suite (it would hold the ports of the next one).
    await stack.stop().catch(() => undefined);
    throw err;
  }
  return stack;
}

export async function stopTestStack(stack: Stack | undefined): Promise<void> {
  await closeDb();
  await closeExternalDb();
  await stack?.stop();
}

/**
 * Empties what a run leaves behind: its two databases and the Redis keys of earlier runs. Exported for the
 * benchmark, which starts the stack of another checkout (a baseline revision) on the same servers.
 */
export async function resetState(stack: Pick<Stack, 'cfg'>): Promise<void> {
  const admin = await import('mysql2/promise').then((m) =>
    m.createConnection({ host: stack.cfg.db.host, port: stack.cfg.db.port, user: stack.cfg.db.user, password: stack.cfg.db.password }),
  );
  await admin.query(`DROP DATABASE IF EXISTS \`${TEST_DB}\``);
  await admin.query(`DROP DATABASE IF EXISTS \`${TEST_EXTERNAL_DB}\``); // where it lived before external-db
  // The actor state store's schema too (DMH keeps no state in it): its component creates it at the actor
  // host's sidecar start, as on a fresh machine, so every suite goes through that creation (replicas: two
  // sidecars of dmh-actors, whose start the stack orders for it).
  await admin.query(`DROP DATABASE IF EXISTS \`${stack.cfg.db.daprName}\``);
  await admin.end();
  // The external database (the sync worker's default target) lives on its own server, `external-db`.
  const external = await import('mysql2/promise').then((m) =>
    m.createConnection({ host: stack.cfg.externalDb.host, port: stack.cfg.externalDb.port, user: stack.cfg.externalDb.user, password: stack.cfg.externalDb.password }),
  );
  await external.query(`DROP DATABASE IF EXISTS \`${TEST_EXTERNAL_DB}\``);
  await external.end();
  const redis = new Redis({ host: stack.cfg.redis.host, port: stack.cfg.redis.port, lazyConnect: true });
  await redis.connect();
  // Keys of earlier runs (campaign cache by id, event receipts, notification feeds, the topic streams
  // order.paid, order.refunded, reward.settled, reward.reversed…) would
  // otherwise meet this run's fresh ids.
  for (const pattern of ['dmh:*', 'order.*', 'reward.*']) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
  await redis.quit();
  // The stack's Prometheus keeps its series under the state directory: an earlier suite's refused callbacks would
  // make this run's payment-success alert pending, and its charts mix in old points.
  fs.rmSync(path.join(stack.cfg.stateDir, 'prometheus', 'data'), { recursive: true, force: true });
}
