import { RewardSettledEvent } from '@dmh/shared';
import { redisClient, redisReady } from '../common/redis';
import { LIVE_STREAM, LIVE_STREAM_MAXLEN } from '../dashboard/live-stream';
import { REWARD_FEED_CHANNEL } from '../order-events/order-status.feed';

const streamKey = (userId: string) => `dmh:notifications:${userId}`;
const SEEN_SECONDS = 7 * 24 * 3600;

/**
 * Marks the event seen, appends it to the user's feed and to the admins' live stream (dashboard/live-stream.ts)
 * and announces it to the live streams (REWARD_FEED_CHANNEL, order-events/order-status.feed.ts) in one step (a Lua
 * script runs atomically): marking it first and appending after would lose it for good if Redis went away in between, since the redelivered
 * event would then look like a duplicate.
 */
const APPEND_ONCE = `
if redis.call('SET', KEYS[1], '1', 'EX', ARGV[1], 'NX') then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', '1000', '*', 'event', ARGV[2])
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[3], '*', 'event', ARGV[2])
  redis.call('PUBLISH', ARGV[4], ARGV[2])
  return 1
end
return 0`;

/**
 * A distributor's live feed: each settled reward once (deduplicated by event id, since pub/sub delivers
 * at least once), newest last, capped at about 1000 entries per user. The events of one delivery go to
 * Redis in one pipeline (one round trip). Right after a Redis restart the client may still be
 * reconnecting: it is given a moment rather than sending the events back for a redelivery that the
 * pub/sub makes only after its processing timeout (a minute). Answers, per event, true when it was
 * appended now, false when it was already in the feed; throws if Redis did not take them all.
 */
export async function pushRewardNotifications(events: readonly RewardSettledEvent[]): Promise<boolean[]> {
  if (events.length === 0) return [];
  const redis = await redisReady();
  const pipeline = redis.pipeline();
  for (const event of events) {
    pipeline.eval(APPEND_ONCE, 3, `dmh:event-seen:${event.eventId}`, streamKey(event.userId), LIVE_STREAM, SEEN_SECONDS, JSON.stringify(event), LIVE_STREAM_MAXLEN, REWARD_FEED_CHANNEL);
  }
  const answers = (await pipeline.exec()) ?? [];
  if (answers.length !== events.length) throw new Error(`redis answered ${answers.length} of ${events.length} notifications`);
  return answers.map(([err, added]) => {
    if (err) throw err;
    return added === 1;
  });
}

export async function pushRewardNotification(event: RewardSettledEvent): Promise<boolean> {
  const [added] = await pushRewardNotifications([event]);
  return added;
}

export async function recentNotifications(userId: string, count = 50): Promise<RewardSettledEvent[]> {
  const entries = await redisClient().xrevrange(streamKey(userId), '+', '-', 'COUNT', count);
  return entries.map(([, fields]) => JSON.parse(fields[1]) as RewardSettledEvent);
}
