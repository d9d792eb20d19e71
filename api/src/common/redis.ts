import Redis from 'ioredis';
import { config } from '../config';

let redis: Redis | undefined;

/** One Redis connection per process (caches, rate limits, notification streams). */
export function redisClient(): Redis {
  redis ??= new Redis(config().REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
  return redis;
}

/**
 * Waits (briefly) until the shared client is connected. It has no offline queue, so a command sent while it
 * reconnects (Redis restarted a moment ago) fails at once; work that must not fail for that waits here first.
 */
export async function redisReady(timeoutMs = 3000): Promise<Redis> {
  const client = redisClient();
  if (client.status === 'ready') return client;
  await new Promise<void>((resolve, reject) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      client.off('ready', onReady);
      reject(new Error(`redis not ready after ${timeoutMs} ms (${client.status})`));
    }, timeoutMs);
    client.once('ready', onReady);
  });
  return client;
}
