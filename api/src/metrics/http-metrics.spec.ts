import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseExposition, sampleValue } from '@dmh/shared/dist/metrics';
import express from 'express';
import { AppError } from '../common/app-error';
import { ApiRouter } from '../common/endpoint';
import { errorMiddleware } from '../common/error.middleware';
import { methodGuard } from '../common/method-guard';
import { RouteTable } from '../common/route-table';
import { z } from '../common/zod';
import { httpMetrics } from './http-metrics';
import { metricsRoutes } from './metrics.routes';
import { serveForSpec } from '../common/spec-server';

const DURATION = 'dmh_api_http_request_duration_seconds';

/** The API's middleware order (app.ts): timing first, /metrics, the route guard, ApiRouter routes, the error answer. */
describe('API response time by route pattern (GET /metrics)', () => {
  const api = new ApiRouter('/things', 'test')
    .add({ method: 'get', path: '/:id', summary: 'one thing', access: { public: true }, response: z.object({ id: z.string() }), handle: async ({ req }) => ({ id: String(req.params.id) }) })
    .add({ method: 'post', path: '/:id/break', summary: 'fails', access: { public: true }, handle: async () => { throw new Error('a bug'); } })
    .add({ method: 'get', path: '/:id/late', summary: 'refused', access: { public: true }, handle: async () => { throw AppError.unavailable('a dependency', 1); } });
  const table = new RouteTable();
  table.add('get', '/api/v1/things/:id');
  table.add('post', '/api/v1/things/:id/break');
  table.add('get', '/api/v1/things/:id/late');
  const app = express()
    .use(httpMetrics())
    .use(metricsRoutes())
    .use(methodGuard(table))
    .get('/events/:topic', (_req, res) => void res.status(200).json({ status: 'SUCCESS' }))
    .get('/stream', (_req, res) => {
      res.status(200).set('Content-Type', 'text/event-stream; charset=utf-8').flushHeaders();
      setTimeout(() => res.end(), 20);
    })
    .use('/api/v1/things', api.router)
    .use((_req, _res, next) => next(new AppError('NOT_FOUND', 'no such endpoint')))
    .use(errorMiddleware);
  const served = serveForSpec(app);
  const scrape = async () => {
    const res = await fetch(`${served.base}/metrics`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    return res.text();
  };
  const count = (text: string, labels: Record<string, string>) => sampleValue(text, `${DURATION}_count`, labels) ?? 0;

  test('a route hit moves the histogram of its registered pattern, never of its raw URL', async () => {
    const before = await scrape();
    const one = { route: '/api/v1/things/:id', method: 'GET', status_class: '2xx' };
    for (const id of ['1', '2', '3']) assert.equal((await fetch(`${served.base}/api/v1/things/${id}`)).status, 200);
    const text = await scrape();
    assert.equal(parseExposition(text).types.get(DURATION), 'histogram');
    assert.equal(count(text, one) - count(before, one), 3);
    assert.ok((sampleValue(text, `${DURATION}_bucket`, { ...one, le: '1' }) ?? 0) >= 3, 'the 1 s bucket of the alert exists and holds them');
    assert.ok((sampleValue(text, `${DURATION}_sum`, one) ?? -1) >= 0);
    const routes = new Set(parseExposition(text).samples.filter((s) => s.name === `${DURATION}_count`).map((s) => s.labels.route));
    assert.ok(![...routes].some((r) => /\/things\/\d/.test(r!)), `no raw URL among ${[...routes].join(', ')}`);
  });

  test('the status class: a bug is 5xx, a dependency outage 5xx, an unknown path 4xx under one `other` route', async () => {
    assert.equal((await fetch(`${served.base}/api/v1/things/7/break`, { method: 'POST' })).status, 500);
    assert.equal((await fetch(`${served.base}/api/v1/things/7/late`)).status, 503);
    assert.equal((await fetch(`${served.base}/api/v1/nothing/here`)).status, 404);
    assert.equal((await fetch(`${served.base}/api/v1/things/8`, { method: 'DELETE' })).status, 405);
    const text = await scrape();
    assert.equal(count(text, { route: '/api/v1/things/:id/break', method: 'POST', status_class: '5xx' }), 1);
    assert.equal(count(text, { route: '/api/v1/things/:id/late', method: 'GET', status_class: '5xx' }), 1);
    assert.equal(count(text, { route: 'other', method: 'GET', status_class: '4xx' }), 1);
    assert.equal(count(text, { route: '/api/v1/things/:id', method: 'DELETE', status_class: '4xx' }), 1);
  });

  test('a hand-written route outside /api/v1 is labelled with its pattern; event streams and /metrics are not timed', async () => {
    await (await fetch(`${served.base}/events/order-paid`)).text();
    await (await fetch(`${served.base}/stream`)).text();
    await scrape();
    const text = await scrape();
    assert.equal(count(text, { route: '/events/:topic', method: 'GET', status_class: '2xx' }), 1);
    const routes = parseExposition(text).samples.filter((s) => s.name === `${DURATION}_count`).map((s) => s.labels.route);
    assert.ok(!routes.includes('/stream') && !routes.includes('/metrics'), routes.join(', '));
  });
});
