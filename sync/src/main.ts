import express from 'express';
import { SYNC_BINDING_IN, SyncJob } from '@dmh/shared';
import { config } from './config';
import { DmhRepository } from './jobs/dmh.repository';
import { SyncJobService } from './jobs/sync-job.service';
import { logger } from './runtime/logger';
import { MysqlTarget } from './targets/mysql.target';

/** The sync worker: Dapr delivers each job from the RabbitMQ input binding to POST /sync-jobs. */
async function main(): Promise<void> {
  const c = config();
  const dmhOptions = { host: c.DB_HOST, port: c.DB_PORT, user: c.DB_USER, password: c.DB_PASSWORD, database: c.DB_NAME };
  const targetOptions = {
    host: c.EXTERNAL_DB_HOST ?? c.DB_HOST, port: c.EXTERNAL_DB_PORT ?? c.DB_PORT, user: c.EXTERNAL_DB_USER ?? c.DB_USER,
    password: c.EXTERNAL_DB_PASSWORD ?? c.DB_PASSWORD, database: c.EXTERNAL_DB_NAME,
  };
  await MysqlTarget.ensureDatabase(targetOptions).catch((err) => logger.warn({ err }, 'target database not reachable yet'));
  const dmh = DmhRepository.create(dmhOptions);
  const target = new MysqlTarget(targetOptions);
  const jobs = new SyncJobService(dmh, target, c.SYNC_MAX_ATTEMPTS);

  const app = express();
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const target_ = await target.healthCheck().then(() => 'up', () => 'down');
    res.status(target_ === 'up' ? 200 : 503).json({ target: target_ });
  });
  app.post(`/${SYNC_BINDING_IN}`, express.json({ type: () => true, limit: '256kb' }), async (req, res) => {
    const job = req.body as SyncJob;
    if (!job?.jobId || !job.orderId) {
      logger.warn({ body: req.body }, 'malformed sync job dropped');
      res.status(200).end();
      return;
    }
    try {
      const outcome = await jobs.run(job);
      if (outcome === 'retry') {
        // Non-2xx: the broker keeps the message and redelivers it. A short pause keeps a dead target from being hammered.
        await new Promise((r) => setTimeout(r, 1000));
        res.status(500).json({ outcome });
        return;
      }
      res.status(200).json({ outcome });
    } catch (err) {
      logger.error({ err, jobId: job.jobId }, 'sync job failed before it could be recorded; redelivering');
      res.status(500).json({ outcome: 'retry' });
    }
  });

  const server = app.listen(c.PORT, c.HOST, () => logger.info({ port: c.PORT }, 'sync worker started'));
  const shutdown = () => {
    server.close(() => void Promise.allSettled([dmh.close(), target.close()]).then(() => process.exit(0)));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((err) => {
  logger.fatal({ err }, 'sync worker failed to start');
  process.exit(1);
});
