import type { Router } from 'express';
import { AppError } from '../common/app-error';
import { ApiRouter } from '../common/endpoint';
import { orderNoParams } from '../orders/orders.schemas';
import { openEventStream, wantsStream } from './event-stream';
import { type OrderStatusFeed, orderStatusFeed } from './order-status.feed';
import { OrderStreamRepository, type StreamedOrder } from './order-stream.repository';


/** GET /api/v1/orders/{orderNo}/events: the order's status pushed to its owner (server-sent events). */
export function orderStreamRoutes(feed: OrderStatusFeed = orderStatusFeed(), repo = new OrderStreamRepository()): Router {
  return new ApiRouter('/orders', 'orders').add({
    method: 'get', path: '/:orderNo/events', summary: "Server-sent events of the caller's own order: its status now, then `paid` when it is paid",
    description:
      'text/event-stream. First an `event: status` with the order as it is (orderNo, status, payStatus, paidAt), then one when it becomes paid (announced by the settlement the moment the rewards are credited, never by polling); the stream ends after a paid status, or after 10 minutes (`event: timeout`: reconnect or check the order). Comments every 15 s keep proxies from closing it. Only the order\'s owner (signed up while signed in, or with the phone the account proved by SMS) may subscribe: any other order is 404. A request that does not accept text/event-stream gets the first status only and the stream ends (a one-shot read).',
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
