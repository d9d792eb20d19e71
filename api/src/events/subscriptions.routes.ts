import express, { Router } from 'express';
import { cloudEventData, issuesOf, PUBSUB_NAME, RewardSettledEvent, rewardSettledEventSchema, TOPICS } from '@dmh/shared';
import { logger } from '../common/logger';
import { pushRewardNotifications } from './notifications';
import { ORDER_PAID_SUBSCRIPTION } from '../order-events/order-stream.routes';

/**
 * How reward.settled reaches the API: in bulk (Dapr's bulk subscribe), up to 100 events per request, the
 * sidecar waiting at most 20 ms to fill one. A paid order settles up to three rewards at once, each its own
 * event: one request and one Redis round trip for all of them instead of one each.
 */
export const REWARD_SETTLED_BULK = { enabled: true, maxMessagesCount: 100, maxAwaitDurationMs: 20 } as const;

type Status = 'SUCCESS' | 'RETRY' | 'DROP';
interface BulkEntry {
  entryId?: unknown;
  event?: unknown;
}

/**
 * Dapr pub/sub subscriptions of the API (programmatic: the sidecar reads GET /dapr/subscribe). Each event
 * gets its own status: RETRY on failure so it is redelivered, DROP for one that can never be handled,
 * never a 404 (which would lose it); an event that does not match its schema (@dmh/shared) is dropped, with
 * the fields at fault in the log. A single (non-bulk) delivery is understood too.
 */
export function subscriptionRoutes(push: (events: readonly RewardSettledEvent[]) => Promise<unknown> = pushRewardNotifications): Router {
  const router = Router();
  router.get('/dapr/subscribe', (_req, res) => {
    res.json([{ pubsubname: PUBSUB_NAME, topic: TOPICS.rewardSettled, route: '/events/reward-settled', bulkSubscribe: REWARD_SETTLED_BULK }, ORDER_PAID_SUBSCRIPTION]);
  });
  router.post('/events/reward-settled', express.json({ type: ['application/json', 'application/cloudevents+json'], limit: '1mb' }), async (req, res) => {
    const bulk: BulkEntry[] | null = Array.isArray(req.body?.entries) ? req.body.entries : null;
    const entries = bulk ?? [{ entryId: null, event: req.body }];
    const parsed = entries.map((entry) => rewardSettledEventSchema.safeParse(cloudEventData(entry.event)));
    const events = parsed.map((p) => (p.success ? p.data : null));
    const valid = events.filter((e): e is RewardSettledEvent => e !== null);
    if (valid.length < events.length) {
      const dropped = parsed.flatMap((p, i) => (p.success ? [] : [{ entry: entries[i], issues: issuesOf(p.error).slice(0, 5) }])).slice(0, 5);
      logger.warn({ dropped }, 'malformed reward.settled events dropped');
    }
    let status: Status = 'SUCCESS';
    try {
      await push(valid);
    } catch (err) {
      logger.warn({ err, events: valid.length }, 'reward.settled handling failed, asking for redelivery');
      status = 'RETRY';
    }
    const statusOf = (event: RewardSettledEvent | null): Status => (event ? status : 'DROP');
    if (bulk) {
      res.json({ statuses: bulk.map((entry, i) => ({ entryId: String(entry.entryId ?? ''), status: statusOf(events[i]) })) });
    } else {
      const single = statusOf(events[0]);
      res.status(single === 'RETRY' ? 500 : 200).json({ status: single });
    }
  });
  return router;
}
