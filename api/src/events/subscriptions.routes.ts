import express, { Router } from 'express';
import { PUBSUB_NAME, RewardSettledEvent, TOPICS } from '@dmh/shared';
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
 * never a 404 (which would lose it). A single (non-bulk) delivery is understood too.
 */
export function subscriptionRoutes(push: (events: readonly RewardSettledEvent[]) => Promise<unknown> = pushRewardNotifications): Router {
  const router = Router();
  router.get('/dapr/subscribe', (_req, res) => {
    res.json([{ pubsubname: PUBSUB_NAME, topic: TOPICS.rewardSettled, route: '/events/reward-settled', bulkSubscribe: REWARD_SETTLED_BULK }, ORDER_PAID_SUBSCRIPTION]);
  });
  router.post('/events/reward-settled', express.json({ type: ['application/json', 'application/cloudevents+json'], limit: '1mb' }), async (req, res) => {
    const bulk: BulkEntry[] | null = Array.isArray(req.body?.entries) ? req.body.entries : null;
    const entries = bulk ?? [{ entryId: null, event: req.body }];
    const events = entries.map((entry) => rewardSettledOf(entry.event));
    const valid = events.filter((e): e is RewardSettledEvent => e !== null);
    if (valid.length < events.length) {
      logger.warn({ dropped: entries.filter((_, i) => events[i] === null).slice(0, 5) }, 'malformed reward.settled events dropped');
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

/** The event inside a CloudEvent (or a bare event), or null when it is not a reward.settled event. */
function rewardSettledOf(envelope: unknown): RewardSettledEvent | null {
  const outer = envelope as { data?: unknown } | null;
  const event = (outer && typeof outer === 'object' && outer.data && typeof outer.data === 'object' ? outer.data : outer) as Partial<RewardSettledEvent> | null;
  return event && typeof event.eventId === 'string' && typeof event.userId === 'string' ? (event as RewardSettledEvent) : null;
}
