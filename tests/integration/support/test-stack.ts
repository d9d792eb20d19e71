import { Stack } from '../../../scripts/stack/stack';
import { closeDb } from './db';
import Redis from 'ioredis';

import { TEST_DB, TEST_EXTERNAL_DB } from './test-databases';

/**
 * The real stack for a suite: MariaDB, Redis, RabbitMQ, placement, scheduler, every app with its daprd
 * sidecar, the WeChat Pay sandbox. It runs on its own databases, emptied first, so the invariants see only
 * what this run did.
 */
export async function startTestStack(): Promise<Stack> {
  const stack = new Stack({ env: { DB_NAME: TEST_DB, EXTERNAL_DB_NAME: TEST_EXTERNAL_DB, LOG_LEVEL: 'warn' } });
  await stack.startInfra();
  await resetState(stack);
  await stack.start();
  return stack;
}

export async function stopTestStack(stack: Stack | undefined): Promise<void> {
  await closeDb();
  await stack?.stop();
}

async function resetState(stack: Stack): Promise<void> {
  const admin = await import('mysql2/promise').then((m) =>
    m.createConnection({ host: stack.cfg.db.host, port: stack.cfg.db.port, user: stack.cfg.db.user, password: stack.cfg.db.password }),
  );
  await admin.query(`DROP DATABASE IF EXISTS \`${TEST_DB}\``);
  await admin.query(`DROP DATABASE IF EXISTS \`${TEST_EXTERNAL_DB}\``);
  await admin.end();
  const redis = new Redis({ host: stack.cfg.redis.host, port: stack.cfg.redis.port, lazyConnect: true });
  await redis.connect();
  // Keys of earlier runs (campaign cache by id, event receipts, notification feeds, topic streams) would
  // otherwise meet this run's fresh ids.
  for (const pattern of ['dmh:*', 'order.paid', 'reward.settled']) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
  await redis.quit();
}
