import { Router } from 'express';
import { register } from 'prom-client';

/** GET /metrics: the process's Prometheus metrics (for Prometheus, beside the app port; nginx proxies only /api/). */
export function metricsRoutes(registry = register): Router {
  const router = Router();
  router.get('/metrics', async (_req, res) => {
    res.set('Content-Type', registry.contentType).send(await registry.metrics());
  });
  return router;
}
