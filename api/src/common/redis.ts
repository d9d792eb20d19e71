import Redis from 'ioredis';
import { config } from '../config';

let redis: Redis | undefined;

/** One Redis connection per process (caches, rate limits, notification streams). */
export function redisClient(): Redis {
  redis ??= new Redis(config().REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
  return redis;
}
