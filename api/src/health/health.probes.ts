import { pingDatabase } from './health.repository';
import { redisClient } from '../common/redis';

export type ProbeState = 'up' | 'down';

/** Whether MySQL and Redis answer right now (readiness). */
export async function probeDependencies(): Promise<{ mysql: ProbeState; redis: ProbeState }> {
  const checks = await Promise.allSettled([pingDatabase(), redisClient().ping()]);
  const [mysql, redis] = checks.map((c): ProbeState => (c.status === 'fulfilled' ? 'up' : 'down'));
  return { mysql, redis };
}
