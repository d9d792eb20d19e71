import { Router } from 'express';
import { database } from '../common/database';
import { redisClient } from '../common/redis';

/** Liveness (/healthz) and readiness (/readyz: MySQL and Redis answer). */
export function healthRoutes(): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  router.get('/readyz', async (_req, res) => {
    const checks = await Promise.allSettled([database().query('SELECT 1'), redisClient().ping()]);
    const [mysql, redis] = checks.map((c) => (c.status === 'fulfilled' ? 'up' : 'down'));
    const up = mysql === 'up' && redis === 'up';
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'degraded', mysql, redis });
  });
  return router;
}
