import type { Request, RequestHandler, Response } from 'express';
import { Histogram, register } from 'prom-client';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Response time of every answer, by the registered route pattern (`/api/v1/campaigns/:id`, never the raw
 * URL), method and status class (2xx…5xx; `aborted` when the client left before any answer). Buckets around
 * the seed's 1 s alert. Server-sent event streams are left out: their length is the subscription's, not a
 * response time. The label values come from fixed sets, so the series stay bounded by the route table.
 */
export const httpRequestDuration = new Histogram({
  name: 'dmh_api_http_request_duration_seconds',
  help: 'API response time by route pattern, method and status class.',
  labelNames: ['route', 'method', 'status_class'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [register],
});

/** The route a request was answered by, as registered: the API's table first (methodGuard), then Express's. */
export function routeOf(req: Request, res: Response): string {
  const api = res.locals.route;
  if (typeof api === 'string') return api;
  // A hand-written route outside /api/v1 (/healthz, /dapr/subscribe, /events/…, /job/:name): its pattern.
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path === 'string') return req.baseUrl + path;
  return 'other';
}

export function statusClassOf(res: Response): string {
  return res.headersSent ? `${Math.floor(res.statusCode / 100)}xx` : 'aborted';
}

/** First middleware: times each request to its answer and observes it once, when the response closes. */
export function httpMetrics(histogram = httpRequestDuration): RequestHandler {
  return (req, res, next) => {
    if (req.path === '/metrics') return next();
    const started = process.hrtime.bigint();
    res.once('close', () => {
      if (/^text\/event-stream/.test(String(res.getHeader('content-type') ?? ''))) return;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      histogram.observe({ route: routeOf(req, res), method: METHODS.has(req.method) ? req.method : 'OTHER', status_class: statusClassOf(res) }, seconds);
    });
    next();
  };
}
