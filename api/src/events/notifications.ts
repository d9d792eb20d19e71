import { RewardSettledEvent } from '@dmh/shared';
import { redisClient, redisReady } from '../common/redis';
import { LIVE_STREAM, LIVE_STREAM_MAXLEN } from '../dashboard/live-stream';
import { ORDER_STATUS_CHANNEL, type OrderStatusChange, REWARD_FEED_CHANNEL } from '../order-events/order-status.feed';

const streamKey = (userId: string) => `dmh:notifications:${userId}`;
const SEEN_SECONDS = 7 * 24 * 3600;

/**
 * Marks the event seen, appends it to the user's feed and to the admins' live stream (dashboard/live-stream.ts)
 * and announces it to the live streams (REWARD_FEED_CHANNEL, order-events/order-status.feed.ts) in one step (a Lua
 * script runs atomically): marking it first and appending after would lose it for good if Redis went away in between, since the
 * settlement's re-run would then look like a duplicate.
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
 * What a paid order's settlement tells the live screens, in one Redis round trip (a pipeline): each credited
 * reward into its distributor's feed and the admins' live stream, once per event id (APPEND_ONCE), and the
 * order's own status to whoever waits on it (ORDER_STATUS_CHANNEL, order-events/order-status.feed.ts). The
 * settlement calls it itself once the credits are in, beside publishing the events: the API does not subscribe
 * to its own events, since a delivery through Redis streams, its sidecar and an HTTP request per order bought
 * nothing a direct call does not. A re-run of the settlement (the outbox relay) repeats it harmlessly: a reward
 * already in the feed is not appended again, and a second status message finds the order's stream closed.
 * Right after a Redis restart the client may still be reconnecting: it is given a moment. Throws if Redis did
 * not take it all (the settlement then runs again).
 */
export async function announcePaidOrder(change: OrderStatusChange, settled: readonly RewardSettledEvent[]): Promise<void> {
  const redis = await redisReady();
  const pipeline = redis.pipeline();
  for (const event of settled) {
    pipeline.eval(APPEND_ONCE, 3, `dmh:event-seen:${event.eventId}`, streamKey(event.userId), LIVE_STREAM, SEEN_SECONDS, JSON.stringify(event), LIVE_STREAM_MAXLEN, REWARD_FEED_CHANNEL);
  }
  pipeline.publish(ORDER_STATUS_CHANNEL, JSON.stringify(change));
  const answers = (await pipeline.exec()) ?? [];
  if (answers.length !== settled.length + 1) throw new Error(`redis answered ${answers.length} of ${settled.length + 1} announcements`);
  for (const [err] of answers) if (err) throw err;
}

export async function recentNotifications(userId: string, count = 50): Promise<RewardSettledEvent[]> {
  const entries = await redisClient().xrevrange(streamKey(userId), '+', '-', 'COUNT', count);
  return entries.map(([, fields]) => JSON.parse(fields[1]) as RewardSettledEvent);
}
