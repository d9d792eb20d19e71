import { Router } from 'express';
import { probeDependencies } from './health.probes';

/** Liveness (/healthz) and readiness (/readyz: MySQL and Redis answer). */
export function healthRoutes(): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  router.get('/readyz', async (_req, res) => {
    const { mysql, redis } = await probeDependencies();
    const up = mysql === 'up' && redis === 'up';
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'degraded', mysql, redis });
  });
  return router;
}
