import { RewardSettledEvent } from '@dmh/shared';
import { redisClient, redisReady } from '../common/redis';

const streamKey = (userId: string) => `dmh:notifications:${userId}`;
const SEEN_SECONDS = 7 * 24 * 3600;

/**
 * Marks the event seen and appends it to the feed in one step (a Lua script runs atomically): marking it
 * first and appending after would lose it for good if Redis went away in between, since the redelivered
 * event would then look like a duplicate.
 */
const APPEND_ONCE = `
if redis.call('SET', KEYS[1], '1', 'EX', ARGV[1], 'NX') then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', '1000', '*', 'event', ARGV[2])
  return 1
end
return 0`;

/**
 * A distributor's live feed: each settled reward once (deduplicated by event id, since pub/sub delivers
 * at least once), newest last, capped at about 1000 entries per user. Right after a Redis restart the
 * client may still be reconnecting: it is given a moment rather than sending the event back for a
 * redelivery that the pub/sub makes only after its processing timeout (a minute).
 */
export async function pushRewardNotification(event: RewardSettledEvent): Promise<boolean> {
  const redis = await redisReady();
  const added = await redis.eval(APPEND_ONCE, 2, `dmh:event-seen:${event.eventId}`, streamKey(event.userId), SEEN_SECONDS, JSON.stringify(event));
  return added === 1;
}

export async function recentNotifications(userId: string, count = 50): Promise<RewardSettledEvent[]> {
  const entries = await redisClient().xrevrange(streamKey(userId), '+', '-', 'COUNT', count);
  return entries.map(([, fields]) => JSON.parse(fields[1]) as RewardSettledEvent);
}
