import express, { type Request, type Response } from 'express';
import {
  SYNC_BINDING_IN, SYNC_WORKER_METHODS, encryptPasswordRequestSchema, isId, issuesOf, MalformedMessageError, retryDeadJobsRequestSchema,
  startReconcileRunRequestSchema, syncJobBatchSchema, syncJobSchema, testTargetRequestSchema, type SyncJob,
} from '@dmh/shared';
import type { z } from 'zod';
import type { TargetHealthService } from '../health/target-health.service';
import type { JobIntake } from '../jobs/job-intake';
import type { SyncJobsRepository } from '../jobs/sync-jobs.repository';
import type { SyncMetrics } from '../metrics/sync-metrics';
import type { ReconcileRuns } from '../reconcile/reconcile-runs';
import { RangeTooLargeError } from '../reconcile/reconcile.service';
import { logger } from '../runtime/logger';
import { tracer } from '../runtime/tracing';
import { requestSpan, traceRequests } from '@dmh/shared/dist/tracing';
import { type Cipher, CredentialsError } from '../targets/credentials';
import type { TargetRegistry } from '../targets/target-registry';

/** How long an unacknowledged delivery waits before its 500, so a redelivery loop is not a tight one. */
const REDELIVER_PAUSE_MS = 1000;

/** A delivery without a job in it: no body, or an empty JSON object (what a body-less request parses to). */
export function isEmptyDelivery(body: unknown): boolean {
  return body === undefined || body === null || (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0);
}

/**
 * The jobs of a delivery: one job, or `{ jobs: [...] }` (several sent together). Each job is checked on its own:
 * the malformed ones are dropped (with why), the well-formed ones taken, so one bad job cannot sink the others.
 */
export function jobsOf(body: unknown): { jobs: SyncJob[]; dropped: { body: unknown; error: MalformedMessageError }[] } {
  const jobs: SyncJob[] = [];
  const dropped: { body: unknown; error: MalformedMessageError }[] = [];
  let candidates: unknown[] = [body];
  if (typeof body === 'object' && body !== null && 'jobs' in body) {
    const batch = syncJobBatchSchema.safeParse(body);
    if (!batch.success) return { jobs, dropped: [{ body, error: new MalformedMessageError('sync job batch', issuesOf(batch.error)) }] };
    candidates = batch.data.jobs;
  }
  for (const candidate of candidates) {
    const parsed = syncJobSchema.safeParse(candidate);
    if (parsed.success) jobs.push(parsed.data);
    else dropped.push({ body: candidate, error: new MalformedMessageError('sync job', issuesOf(parsed.error)) });
  }
  return { jobs, dropped };
}

export interface WorkerAppDeps {
  intake: JobIntake;
  jobs: SyncJobsRepository;
  targets: TargetRegistry;
  health: TargetHealthService;
  reconcileRuns: ReconcileRuns;
  cipher: Cipher;
  metrics: SyncMetrics;
  pingDmh: () => Promise<void>;
}

/**
 * The sync worker's HTTP surface: the input binding (POST /sync-jobs), probes, Prometheus metrics, and the
 * internal methods the API calls through Dapr service invocation (app id dmh-sync).
 */
export function workerApp(d: WorkerAppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  const json = express.json({ type: () => true, limit: '256kb' });
  // A SERVER span per delivery and internal call (when tracing is on), continuing daprd's traceparent: for a
  // sync job, the trace of the paid order whose settlement sent it (through the binding's message headers).
  const untraced = new Set(['/healthz', '/readyz', '/metrics']);
  app.use(traceRequests(tracer(), (req) => {
    const path = (req.url ?? '').split('?')[0];
    return untraced.has(path) ? null : `${req.method} ${path}`;
  }));

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const dmh = await d.pingDmh().then(() => 'up', () => 'down');
    res.status(dmh === 'up' ? 200 : 503).json({ dmh });
  });

  app.post(`/${SYNC_BINDING_IN}`, json, async (req, res) => {
    if (isEmptyDelivery(req.body)) {
      // No job at all is a transport fault, never a message anyone sent (a sidecar retry that lost the body):
      // not acknowledged, so the broker delivers the message again, whole (after a pause, not in a tight loop).
      logger.warn('empty sync job delivery: not acknowledged, the broker redelivers it');
      await new Promise((r) => setTimeout(r, REDELIVER_PAUSE_MS));
      res.status(500).json({ outcome: 'redeliver' });
      return;
    }
    const { jobs, dropped } = jobsOf(req.body);
    for (const refused of dropped) {
      // Refused before anything is recorded: a redelivery would be refused alike, so it is acknowledged (the
      // well-formed jobs of the same message are taken).
      logger.warn({ body: refused.body, field: refused.error.field, issues: refused.error.issues.slice(0, 5) }, refused.error.message);
    }
    if (jobs.length === 0) {
      const [first] = dropped;
      res.status(200).json({ outcome: 'dropped', code: first.error.code, field: first.error.field, error: first.error.message });
      return;
    }
    try {
      // In the delivery's span (the JSON parser called this outside it): the attempts started here are children
      // of each job's own trace context when it carries one (its settlement's), else of the delivery's span.
      const outcome = await tracer().within(requestSpan(req), () => d.intake.accept(jobs, tracer().traceparent()));
      res.status(200).json({ outcome, ...(dropped.length > 0 && { dropped: dropped.map((x) => ({ field: x.error.field, error: x.error.message })) }) });
    } catch (err) {
      // DMH could not record them: no acknowledgement, the broker redelivers (after a pause, not in a tight loop).
      logger.error({ err, jobIds: jobs.map((j) => j.jobId) }, 'sync job could not be recorded; redelivering');
      await new Promise((r) => setTimeout(r, REDELIVER_PAUSE_MS));
      res.status(500).json({ outcome: 'redeliver' });
    }
  });

  app.get('/metrics', async (_req, res) => {
    const { contentType, text } = await d.metrics.render();
    res.set('Content-Type', contentType).send(text);
  });

  app.post(`/${SYNC_WORKER_METHODS.encryptPassword}`, json, (req, res) =>
    handle(req, res, encryptPasswordRequestSchema, async (b) => ({ passwordEnc: d.cipher.encrypt(b.password, b.brandId) })));
  app.post(`/${SYNC_WORKER_METHODS.testTarget}`, json, (req, res) =>
    handle(req, res, testTargetRequestSchema, async (b) => (await d.health.test(b.brandId)) ?? notFound(`brand ${b.brandId} has no sync target`)));
  app.get(`/${SYNC_WORKER_METHODS.health}`, async (req, res) => {
    const raw = typeof req.query.brandIds === 'string' ? req.query.brandIds : '';
    const brandIds = raw ? raw.split(',').filter(isId) : undefined;
    res.json(await d.health.report(brandIds));
  });
  app.post(`/${SYNC_WORKER_METHODS.startReconcileRun}`, json, (req, res) => handle(req, res, startReconcileRunRequestSchema, (b) => d.reconcileRuns.start(b)));
  app.post(`/${SYNC_WORKER_METHODS.retryDeadJobs}`, json, (req, res) =>
    handle(req, res, retryDeadJobsRequestSchema, async (b) => ({ jobIds: await d.jobs.retryDead(b) })));

  app.use((err: Error, _req: Request, res: Response, _next: express.NextFunction) => {
    logger.error({ err }, 'sync worker request failed');
    res.status(500).json({ error: 'internal error' });
  });
  return app;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function notFound(message: string): never {
  throw new HttpError(404, message);
}

async function handle<S extends z.ZodType>(req: Request, res: Response, schema: S, work: (body: z.output<S>) => Promise<unknown>): Promise<void> {
  const parsed = schema.safeParse(req.body);
  if (!parsed.success) {
    res.status(400).json({ error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
    return;
  }
  try {
    res.json(await work(parsed.data));
  } catch (err) {
    if (err instanceof HttpError) res.status(err.status).json({ error: err.message });
    else if (err instanceof RangeTooLargeError) res.status(422).json({ error: err.message });
    else if (err instanceof CredentialsError && /no credentials key/.test(err.message)) {
      logger.error({ err }, 'the sync worker has no credentials key (SYNC_CREDENTIALS_KEY)');
      res.status(503).json({ error: 'the sync worker has no credentials key' });
    }
    else {
      logger.warn({ err, path: req.path }, 'sync worker method failed');
      res.status(502).json({ error: err instanceof Error ? err.message : String(err) });
    }
  }
}
