import express, { Router } from 'express';
import { cloudEventData, issuesOf, orderPaidEventSchema, PUBSUB_NAME, TOPICS } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { ApiRouter } from '../common/endpoint';
import { logger } from '../common/logger';
import { orderNoParams } from '../orders/orders.schemas';
import { openEventStream, wantsStream } from './event-stream';
import { type OrderStatusFeed, orderStatusFeed } from './order-status.feed';
import { OrderStreamRepository, type StreamedOrder } from './order-stream.repository';

/** The Dapr subscription the API adds for order.paid (listed by GET /dapr/subscribe). */
export const ORDER_PAID_SUBSCRIPTION = { pubsubname: PUBSUB_NAME, topic: TOPICS.orderPaid, route: '/events/order-paid' } as const;

/** GET /api/v1/orders/{orderNo}/events: the order's status pushed to its owner (server-sent events). */
export function orderStreamRoutes(feed: OrderStatusFeed = orderStatusFeed(), repo = new OrderStreamRepository()): Router {
  return new ApiRouter('/orders', 'orders').add({
    method: 'get', path: '/:orderNo/events', summary: "Server-sent events of the caller's own order: its status now, then `paid` when it is paid",
    description:
      'text/event-stream. First an `event: status` with the order as it is (orderNo, status, payStatus, paidAt), then one when it becomes paid (fed by the order.paid event, never by polling); the stream ends after a paid status, or after 10 minutes (`event: timeout`: reconnect or check the order). Comments every 15 s keep proxies from closing it. Only the order\'s owner (signed up while signed in, or with the phone the account proved by SMS) may subscribe: any other order is 404. A request that does not accept text/event-stream gets the first status only and the stream ends (a one-shot read).',
    access: { authenticated: true }, params: orderNoParams,
    produces: { status: 200, contentType: 'text/event-stream', description: 'the stream: `status` events (JSON data), `timeout`, heartbeat comments' },
    errors: ['ORDER_NOT_FOUND'],
    rateLimit: { name: 'order-events', limit: 120, windowSeconds: 60, by: 'user' },
    handle: async ({ principal, params, req, res }) => {
      // Listen first, then read: a payment between the two is heard, not lost.
      const heard: StreamedOrder[] = [];
      let deliver = (order: StreamedOrder) => void heard.push(order);
      const stop = await feed.listen(params.orderNo, (change) => deliver({ orderNo: change.orderNo, status: 'paid', payStatus: 'paid', paidAt: change.paidAt }));
      let order: StreamedOrder | null;
      try {
        order = await repo.ownedOrder(params.orderNo, principal.userId);
      } catch (err) {
        stop();
        throw err;
      }
      if (!order) {
        stop();
        throw new AppError('ORDER_NOT_FOUND');
      }
      const stream = openEventStream(req, res, stop);
      deliver = (o) => {
        stream.send('status', o);
        if (o.payStatus === 'paid') stream.end();
      };
      for (const o of [order, ...heard]) deliver(o);
      if (!wantsStream(req)) stream.end();
    },
  }).router;
}

/**
 * POST /events/order-paid: Dapr's delivery of order.paid, handed to every replica's streams through Redis.
 * A malformed event is dropped; a Redis failure asks for redelivery.
 */
export function orderPaidDelivery(feed: OrderStatusFeed = orderStatusFeed()): Router {
  const router = Router();
  router.post('/events/order-paid', express.json({ type: ['application/json', 'application/cloudevents+json'], limit: '64kb' }), async (req, res) => {
    const parsed = orderPaidEventSchema.safeParse(cloudEventData(req.body));
    if (!parsed.success) {
      logger.warn({ body: req.body, issues: issuesOf(parsed.error).slice(0, 5) }, 'malformed order.paid event dropped');
      res.json({ status: 'DROP' });
      return;
    }
    const event = parsed.data;
    try {
      await feed.publish({ orderNo: event.orderNo, status: 'paid', paidAt: event.paidAt });
      res.json({ status: 'SUCCESS' });
    } catch (err) {
      logger.warn({ err, orderNo: event.orderNo }, 'order.paid could not reach the streams, asking for redelivery');
      res.status(500).json({ status: 'RETRY' });
    }
  });
  return router;
}
