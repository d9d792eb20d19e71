import { RewardSettledEvent } from '@dmh/shared';
import { redisClient } from '../common/redis';

const streamKey = (userId: string) => `dmh:notifications:${userId}`;

/**
 * A distributor's live feed: each settled reward once (deduplicated by event id, since pub/sub delivers
 * at least once), newest last, capped at about 1000 entries per user.
 */
export async function pushRewardNotification(event: RewardSettledEvent): Promise<boolean> {
  const redis = redisClient();
  const fresh = await redis.set(`dmh:event-seen:${event.eventId}`, '1', 'EX', 7 * 24 * 3600, 'NX');
  if (fresh !== 'OK') return false;
  await redis.xadd(streamKey(event.userId), 'MAXLEN', '~', '1000', '*', 'event', JSON.stringify(event));
  return true;
}

export async function recentNotifications(userId: string, count = 50): Promise<RewardSettledEvent[]> {
  const entries = await redisClient().xrevrange(streamKey(userId), '+', '-', 'COUNT', count);
  return entries.map(([, fields]) => JSON.parse(fields[1]) as RewardSettledEvent);
}
