/**
 * A customer's service that follows DMH's events: a plain HTTP app behind its own Dapr sidecar (app id
 * dmh-example-consumer). The sidecar asks GET /dapr/subscribe which topics to deliver and POSTs each event,
 * a CloudEvent with DMH's event in `data` (described at DMH's /api/v1/asyncapi.json), to the route named.
 * Delivery is at least once: the consumer keeps each fact once by `data.eventId`. Kept in memory here; a
 * real service would record the id in the same transaction as what it does with the event.
 */
import express from 'express';

export const TOPICS = ['order.paid', 'reward.settled', 'order.refunded', 'reward.reversed', 'order.closed', 'order.late-payment'] as const;

interface Received {
  topic: string;
  eventId: string;
  data: Record<string, unknown>;
  receivedAt: string;
}

export function consumerApp(): express.Express {
  const app = express();
  const events = new Map<string, Received>();
  let deliveries = 0;
  let duplicates = 0;

  app.use(express.json({ type: ['application/json', 'application/cloudevents+json'] }));
  app.get('/healthz', (_req, res) => void res.status(204).end());
  app.get('/dapr/subscribe', (_req, res) => {
    res.json(TOPICS.map((topic) => ({ pubsubname: 'pubsub', topic, route: `/events/${topic}` })));
  });
  app.post('/events/:topic', (req, res) => {
    const data = req.body?.data as Record<string, unknown> | undefined;
    const eventId = typeof data?.eventId === 'string' ? data.eventId : null;
    // Not an event of the documented shape: dropped (Dapr does not redeliver it), never retried forever.
    if (!data || !eventId) return void res.json({ status: 'DROP' });
    deliveries += 1;
    if (events.has(eventId)) duplicates += 1;
    else events.set(eventId, { topic: req.params.topic, eventId, data, receivedAt: new Date().toISOString() });
    res.json({ status: 'SUCCESS' });
  });
  app.get('/received', (_req, res) => {
    res.json({ deliveries, duplicates, events: [...events.values()] });
  });
  return app;
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3300);
  consumerApp().listen(port, '127.0.0.1', () => console.log(`event consumer listening on 127.0.0.1:${port}`));
}
