import { createHash } from 'node:crypto';
import { logger } from '../common/logger';
import { redisClient } from '../common/redis';
import { whenReady } from './campaign-cache';
import { CampaignsRepository } from './campaigns.repository';

/** One view per visitor (signed-in user, else address) per campaign in this window. */
export const VIEW_WINDOW_SECONDS = 30 * 60;
/** Pending views are moved to MySQL once this many have gathered (and whenever stats are read). */
export const VIEW_FLUSH_EVERY = 50;

const pendingKey = (id: string) => `dmh:campaign:${id}:views`;
/** The campaigns that may have pending views (so the dashboard can flush them without scanning keys). */
const PENDING_SET = 'dmh:campaign:views:pending';
const seenKey = (id: string, visitor: string) =>
  `dmh:campaign:${id}:seen:${createHash('sha256').update(visitor).digest('base64url').slice(0, 22)}`;

/**
 * Campaign views, counted cheaply: a Redis counter per campaign (a visitor counts once per window, so
 * reloading or a script hammering the page does not inflate it), flushed in batches to campaigns.view_count.
 */
export class ViewCounter {
  constructor(private readonly campaigns = new CampaignsRepository()) {}

  /** Counts a consumer's view. Best effort: a view is never a reason to fail the page. */
  async count(campaignId: string, visitor: string): Promise<void> {
    try {
      await whenReady(redisClient());
      const fresh = await redisClient().set(seenKey(campaignId, visitor), '1', 'EX', VIEW_WINDOW_SECONDS, 'NX');
      if (fresh !== 'OK') return;
      const pending = await redisClient().incr(pendingKey(campaignId));
      await redisClient().sadd(PENDING_SET, campaignId);
      if (pending >= VIEW_FLUSH_EVERY) await this.flush(campaignId);
    } catch (err) {
      logger.warn({ err, campaignId }, 'campaign view not counted');
    }
  }

  /**
   * Moves the pending views to MySQL: GETDEL takes them atomically (a concurrent flush gets nothing, a
   * concurrent view starts a new counter); if MySQL refuses, they are put back.
   */
  async flush(campaignId: string): Promise<void> {
    const taken = Number((await redisClient().getdel(pendingKey(campaignId))) ?? 0);
    if (!(taken > 0)) return;
    try {
      await this.campaigns.addViews(campaignId, taken);
    } catch (err) {
      await redisClient().incrby(pendingKey(campaignId), taken);
      throw err;
    }
  }

  /**
   * Moves every campaign's pending views to MySQL (the dashboard's visits read them there). Each id leaves
   * the set before its counter is taken: a view counted in between puts the id back, so none is stranded.
   */
  async flushAll(): Promise<void> {
    await whenReady(redisClient());
    for (const id of await redisClient().smembers(PENDING_SET)) {
      await redisClient().srem(PENDING_SET, id);
      try {
        await this.flush(id);
      } catch (err) {
        await redisClient().sadd(PENDING_SET, id);
        throw err;
      }
    }
  }

  /** Views so far: flushed ones plus those still in Redis. */
  async total(campaignId: string): Promise<number> {
    let pending = 0;
    try {
      await this.flush(campaignId);
      pending = Number((await redisClient().get(pendingKey(campaignId))) ?? 0);
    } catch (err) {
      logger.warn({ err, campaignId }, 'pending campaign views unavailable');
    }
    return (await this.campaigns.viewCount(campaignId)) + pending;
  }
}
