import express, { Router } from 'express';
import { PUBSUB_NAME, RewardSettledEvent, TOPICS } from '@dmh/shared';
import { logger } from '../common/logger';
import { pushRewardNotification } from './notifications';

/**
 * Dapr pub/sub subscriptions of the API (programmatic: the sidecar reads GET /dapr/subscribe). A handler
 * answers RETRY on failure so the message is redelivered, never a 404 (which would lose it).
 */
export function subscriptionRoutes(): Router {
  const router = Router();
  router.get('/dapr/subscribe', (_req, res) => {
    res.json([{ pubsubname: PUBSUB_NAME, topic: TOPICS.rewardSettled, route: '/events/reward-settled' }]);
  });
  router.post('/events/reward-settled', express.json({ type: ['application/json', 'application/cloudevents+json'], limit: '64kb' }), async (req, res) => {
    const event = (req.body?.data ?? req.body) as RewardSettledEvent;
    if (!event?.eventId || !event.userId) {
      logger.warn({ body: req.body }, 'malformed reward.settled event dropped');
      res.json({ status: 'DROP' });
      return;
    }
    try {
      await pushRewardNotification(event);
      res.json({ status: 'SUCCESS' });
    } catch (err) {
      logger.warn({ err, eventId: event.eventId }, 'reward.settled handling failed, asking for redelivery');
      res.status(500).json({ status: 'RETRY' });
    }
  });
  return router;
}
