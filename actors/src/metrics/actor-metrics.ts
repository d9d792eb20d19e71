import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, register } from 'prom-client';

/** Orders created by CampaignActor (a sign-up admitted and written; an idempotent repeat is not counted). */
export const ordersCreated = new Counter({
  name: 'dmh_orders_created_total',
  help: 'Orders created: sign-ups admitted by CampaignActor and written (repeats of one sign-up are not counted).',
  registers: [register],
});

/** GET /metrics for the actor host's HTTP server (the Dapr SDK's own Express app, whose types it keeps to itself). */
export function metricsHandler(registry = register): (req: IncomingMessage, res: ServerResponse) => void {
  return (_req, res) => {
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'Content-Type': registry.contentType });
        res.end(text);
      },
      (err: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`metrics unavailable: ${err instanceof Error ? err.message : String(err)}\n`);
      },
    );
  };
}
