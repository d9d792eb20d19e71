import express, { Router } from 'express';
import { logger } from '../common/logger';

/** Runs one firing of a job: `key` is the part of its name after the kind; `data` what it was scheduled with. */
export type JobHandler = (key: string, data: unknown) => Promise<void>;

/**
 * Where Dapr's scheduler delivers this app's jobs: POST /job/<kind>.<key>, through the sidecar's app channel.
 * A 2xx tells the scheduler the firing is done; anything else makes it try again (the job's failure policy),
 * so a handler that fails half-way is run again: every handler must be idempotent. A job of a kind this
 * replica does not know is acknowledged and logged (a retry would not help it).
 *
 * Everything a handler does is re-checked against the provider's signed answers and guarded transitions,
 * so a request from elsewhere can make DMH ask again, never change money.
 */
export function jobRoutes(handlers: Readonly<Record<string, JobHandler>>): Router {
  const router = Router();
  router.post('/job/:name', express.json({ limit: '64kb' }), async (req, res) => {
    const name = String(req.params.name);
    const dot = name.indexOf('.');
    const [kind, key] = dot < 0 ? [name, ''] : [name.slice(0, dot), name.slice(dot + 1)];
    const handler = handlers[kind];
    if (!handler) {
      logger.warn({ job: name }, 'job of an unknown kind acknowledged without work');
      res.status(200).end();
      return;
    }
    try {
      await handler(key, req.body);
      res.status(200).end();
    } catch (err) {
      logger.warn({ err, job: name }, 'job failed; the scheduler will fire it again');
      res.status(500).end();
    }
  });
  return router;
}
