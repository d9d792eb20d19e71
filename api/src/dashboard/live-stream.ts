import type Redis from 'ioredis';
import type { RewardSettledEvent } from '@dmh/shared';
import { type BrandScope, inBrandScope } from '../brands/brand-scope';
import { logger } from '../common/logger';
import { redisClient } from '../common/redis';

/**
 * Every settled reward, once, in one Redis stream (appended by events/notifications.ts when the API's
 * reward.settled subscription receives it, deduplicated there). Any API replica serves the live feed from
 * it, whichever replica the sidecar delivered the event to; its entry ids are the feed's event ids, so a
 * client that reconnects with Last-Event-ID gets exactly what it missed (while the stream still holds it).
 */
export const LIVE_STREAM = 'dmh:live:reward-settled';
export const LIVE_STREAM_MAXLEN = 10_000;

/** What an admin's feed shows of a settled reward (not the beneficiary's balance). */
export interface LiveReward {
  id: string;
  rewardId: string;
  orderId: string;
  campaignId: string;
  brandId: string;
  distributorId: string;
  userId: string;
  level: number;
  amount: string;
  settledAt: string;
}

/** Redis stream ids ("<ms>-<seq>") in order. */
export function compareStreamIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(BigInt);
  const [bm, bs] = b.split('-').map(BigInt);
  return am !== bm ? (am < bm ? -1 : 1) : as === bs ? 0 : as < bs ? -1 : 1;
}

export const STREAM_ID = /^\d{1,15}-\d{1,10}$/;

/** A stream entry as a feed item, or null when it is unreadable or outside the scope. */
export function liveRewardOf(id: string, fields: string[], scope: BrandScope): LiveReward | null {
  const at = fields.indexOf('event');
  if (at < 0) return null;
  let event: RewardSettledEvent;
  try {
    event = JSON.parse(fields[at + 1]) as RewardSettledEvent;
  } catch {
    return null;
  }
  if (typeof event?.brandId !== 'string' || !inBrandScope(scope, event.brandId)) return null;
  const { rewardId, orderId, campaignId, brandId, distributorId, userId, level, amount, settledAt } = event;
  return { id, rewardId, orderId, campaignId, brandId, distributorId, userId, level, amount, settledAt };
}

type Entry = [id: string, fields: string[]];
type Listener = (entries: Entry[]) => void;

/**
 * One blocking reader per API process, however many browsers watch: it reads the stream from where it
 * started and hands each batch to the open connections, which filter by their own scope.
 */
export class LiveStreamReader {
  private readonly listeners = new Set<Listener>();
  private reader: Redis | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly client: () => Redis = redisClient, private readonly blockMs = 5000) {}

  /** Starts reading (if not yet) from the stream's current end, then listens; answers the unsubscribe. */
  async subscribe(listener: Listener): Promise<() => void> {
    this.listeners.add(listener);
    if (!this.running) {
      const [last] = await this.client().xrevrange(LIVE_STREAM, '+', '-', 'COUNT', 1);
      if (!this.running) this.running = this.loop(last?.[0] ?? '0-0');
    }
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** What the stream holds after `afterId` (exclusive), oldest first; or the latest `count` when no id. */
  async since(afterId: string | null, count: number): Promise<Entry[]> {
    if (afterId) return (await this.client().xrange(LIVE_STREAM, `(${afterId}`, '+', 'COUNT', count)) as Entry[];
    return ((await this.client().xrevrange(LIVE_STREAM, '+', '-', 'COUNT', count)) as Entry[]).reverse();
  }

  private async loop(from: string): Promise<void> {
    this.reader = this.client().duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    let last = from;
    try {
      while (this.listeners.size > 0) {
        try {
          const answer = (await this.reader.xread('COUNT', 100, 'BLOCK', this.blockMs, 'STREAMS', LIVE_STREAM, last)) as [string, Entry[]][] | null;
          const entries = answer?.[0]?.[1] ?? [];
          if (entries.length === 0) continue;
          last = entries[entries.length - 1][0];
          for (const listener of this.listeners) listener(entries);
        } catch (err) {
          logger.warn({ err }, 'live feed: reading the stream failed, retrying');
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      }
    } finally {
      this.reader?.disconnect();
      this.reader = undefined;
      this.running = undefined;
      // Someone subscribed while the loop was deciding to stop: keep reading from where it was.
      if (this.listeners.size > 0) this.running = this.loop(last);
    }
  }
}
