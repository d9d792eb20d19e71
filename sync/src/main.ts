import { SYNC_WORKER_APP_ID } from '@dmh/shared';
import { collectProcessMetrics } from '@dmh/shared/dist/metrics';
import { config } from './config';
import { logger } from './runtime/logger';
import { buildWorker } from './worker';

/** The sync worker: Dapr delivers each job from the RabbitMQ input binding to POST /sync-jobs. */
async function main(): Promise<void> {
  const c = config();
  const worker = buildWorker(c);
  collectProcessMetrics(worker.metrics.registry, SYNC_WORKER_APP_ID);
  await worker.prepareDefaultTarget();
  // One sync worker process per deployment: a run still `running` now was cut off by the previous one.
  await worker.reconcileRuns.failInterrupted().catch((err: unknown) => logger.error({ err }, 'could not close interrupted reconciliation runs'));
  worker.poller.start();
  const server = worker.app.listen(c.PORT, c.HOST, () => logger.info({ port: c.PORT }, 'sync worker started'));
  const shutdown = () => {
    server.close(() => void worker.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));

main().catch((err) => {
  logger.fatal({ err }, 'sync worker failed to start');
  process.exit(1);
});
