import 'reflect-metadata';
import { createApp } from './app';
import { config } from './config';
import { openDatabase } from './common/database';
import { logger } from './common/logger';
import { redisClient } from './common/redis';
import { createPayments } from './payments/payment.setup';
import { OutboxRelay } from './settlement/outbox.relay';
import { SettlementService } from './settlement/settlement.service';

/** The API process: Express under /api/v1 behind the `dmh-api` sidecar, plus the settlement outbox relay. */
async function main(): Promise<void> {
  const c = config();
  const db = await openDatabase();
  const payments = createPayments(c);
  const settlement = new SettlementService(payments.verifier, c.OUTBOX_LEASE_MS);
  const app = createApp({ settlement, payments: payments.provider });
  const relay = new OutboxRelay(c.OUTBOX_POLL_MS, c.OUTBOX_LEASE_MS);

  const server = app.listen(c.PORT, c.HOST, () => logger.info({ port: c.PORT, payments: payments.mode }, 'API listening'));
  server.keepAliveTimeout = 65_000;
  relay.start();

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'API stopping');
    server.close(() => {
      void relay.stop().then(() => Promise.allSettled([db.destroy(), redisClient().quit()])).then(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));

main().catch((err) => {
  logger.fatal({ err }, 'API failed to start');
  process.exit(1);
});
