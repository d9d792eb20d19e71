import { Router } from 'express';

/**
 * GET /dapr/subscribe, which daprd reads at start for the app's programmatic subscriptions: the API has none.
 * It publishes `order.paid`, `reward.settled`, … for other services (through their own sidecars) and tells its
 * own live screens itself when it settles an order (events/notifications.ts: announcePaidOrder), rather than
 * hearing its own events back through Redis streams, its sidecar and an HTTP request per order. Answered
 * explicitly (an empty list) so that the sidecar's start says so instead of meeting a 404.
 */
export function subscriptionRoutes(): Router {
  const router = Router();
  router.get('/dapr/subscribe', (_req, res) => void res.json([]));
  return router;
}
