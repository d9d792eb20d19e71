import { utcPool } from '@dmh/shared';
import type { Pool } from 'mysql2/promise';
import { type SyncConfig, credentialsKeyFile } from './config';
import { TargetHealthService } from './health/target-health.service';
import { workerApp } from './http/worker-app';
import { DmhOrdersRepository } from './jobs/dmh-orders.repository';
import { errorText } from './jobs/error-text';
import { JobIntake } from './jobs/job-intake';
import { RetryPoller } from './jobs/retry-poller';
import { SyncJobRunner } from './jobs/sync-job.runner';
import { SyncJobsRepository } from './jobs/sync-jobs.repository';
import { SyncOutcomeRepository } from './jobs/sync-outcome.repository';
import { SyncMetrics } from './metrics/sync-metrics';
import { ReconcileRuns } from './reconcile/reconcile-runs';
import { ReconcileRunsRepository } from './reconcile/reconcile-runs.repository';
import { ReconcileService } from './reconcile/reconcile.service';
import { logger } from './runtime/logger';
import { pingDmhDatabase } from './health/dmh-ping.repository';
import { lazyCipher, loadCredentialsKey } from './targets/credentials';
import { ensureDefaultTarget } from './targets/default-target';
import type { TargetConnection } from './targets/target-adapter';
import { TargetConfigRepository } from './targets/target-config.repository';
import { TargetRegistry } from './targets/target-registry';

/** Everything the worker (and the reconcile CLI) is made of, wired once from the configuration. */
export function buildWorker(c: SyncConfig) {
  const pool: Pool = utcPool({
    host: c.DB_HOST, port: c.DB_PORT, user: c.DB_USER, password: c.DB_PASSWORD, database: c.DB_NAME, connectionLimit: 8,
    supportBigNumbers: true, bigNumberStrings: true,
    // Several statements per round trip (a job's registration and claim, the order with its rewards, the
    // outcome): every value still goes through placeholders. See @dmh/shared lean-sql.
    multipleStatements: true,
  });
  // Loaded on first use: without a key the default target still works; brands' own targets fail clearly.
  const cipher = lazyCipher(() => loadCredentialsKey({ key: c.SYNC_CREDENTIALS_KEY, file: credentialsKeyFile(c), production: c.NODE_ENV === 'production' }));
  const defaultConnection: TargetConnection = {
    host: c.EXTERNAL_DB_HOST ?? c.DB_HOST, port: c.EXTERNAL_DB_PORT ?? c.DB_PORT, database: c.EXTERNAL_DB_NAME,
    username: c.EXTERNAL_DB_USER ?? c.DB_USER, password: c.EXTERNAL_DB_PASSWORD ?? c.DB_PASSWORD, connectTimeoutMs: 5_000, queryTimeoutMs: 30_000, encrypt: false, trustServerCertificate: false,
  };
  const targets = new TargetRegistry(new TargetConfigRepository(pool), cipher, defaultConnection, {
    threshold: c.SYNC_BREAKER_THRESHOLD, cooldownMs: c.SYNC_BREAKER_COOLDOWN_MS, describeError: errorText,
  });
  const jobs = new SyncJobsRepository(pool);
  const orders = new DmhOrdersRepository(pool);
  const metrics = new SyncMetrics({
    queue: () => jobs.stats(),
    targets: () => targets.known().map((t) => ({ name: t.name, kind: t.kind, circuit: t.breaker.snapshot().state })),
  });
  const runner = new SyncJobRunner({
    orders, outcomes: new SyncOutcomeRepository(pool), targets, metrics, attemptTimeoutMs: c.SYNC_ATTEMPT_TIMEOUT_MS,
    recordRetryMs: Math.floor(c.SYNC_LEASE_MS * 0.9),
    retry: { maxRetries: c.SYNC_MAX_RETRIES, baseMs: c.SYNC_RETRY_BASE_MS, maxMs: c.SYNC_RETRY_MAX_MS },
  });
  const health = new TargetHealthService(targets);
  const reconcile = new ReconcileService(orders, targets);
  const reconcileRuns = new ReconcileRuns(reconcile, new ReconcileRunsRepository(pool), (brandId, orderIds, runId) => jobs.requeue(brandId, orderIds, runId));
  const poller = new RetryPoller(jobs, runner, { pollMs: c.SYNC_POLL_MS, leaseMs: c.SYNC_LEASE_MS, batch: 8 });
  const app = workerApp({
    intake: new JobIntake(jobs, runner, c.SYNC_LEASE_MS), jobs, targets, health, reconcileRuns, cipher, metrics,
    pingDmh: () => pingDmhDatabase(pool),
  });
  return {
    app, poller, jobs, reconcile, reconcileRuns, targets, metrics,
    /** The default target's tables (a down server is not fatal: jobs wait and retry). */
    prepareDefaultTarget: () =>
      ensureDefaultTarget(defaultConnection).catch((err: unknown) => logger.warn({ err }, 'default sync target not reachable yet')),
    close: async () => {
      await poller.stop();
      await reconcileRuns.idle();
      await Promise.allSettled([targets.close(), pool.end()]);
    },
  };
}
