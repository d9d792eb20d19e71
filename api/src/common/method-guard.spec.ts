import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import express, { type ErrorRequestHandler } from 'express';
import { AppError } from './app-error';
import { methodGuard, onlyFor } from './method-guard';
import { RouteTable } from './route-table';
import { serveForSpec } from './spec-server';

/** The guard in front of routers that, like the API's, mount `/:id` before a static path. */
describe('methodGuard', () => {
  const table = new RouteTable();
  const routes: [('get' | 'post' | 'put'), string][] = [['get', '/api/v1/members/:id'], ['put', '/api/v1/members/:id'], ['post', '/api/v1/members/merge']];
  const router = express.Router();
  for (const [method, path] of routes) {
    table.add(method, path);
    router[method](path, onlyFor(table.normalised(path)), (_req, res) => void res.json({ route: `${method} ${path}` }));
  }
  const errors: ErrorRequestHandler = (err, _req, res, _next) => void res.status(err instanceof AppError ? err.http : 500).json({ code: err.code });
  const served = serveForSpec(express().use(methodGuard(table)).use(router).use((_req, res) => void res.status(404).json({ code: 40400 })).use(errors));

  test('a static path is never taken by the /:id route mounted before it', async () => {
    const res = await fetch(`${served.base}/api/v1/members/merge`, { method: 'POST' });
    assert.deepEqual(await res.json(), { route: 'post /api/v1/members/merge' });
  });

  test('a method the path does not have answers 405 with the true Allow', async () => {
    const res = await fetch(`${served.base}/api/v1/members/merge`);
    assert.equal(res.status, 405);
    assert.equal(res.headers.get('allow'), 'POST, OPTIONS');
    assert.deepEqual(await res.json(), { code: 40500 });
    const del = await fetch(`${served.base}/api/v1/members/12`, { method: 'DELETE' });
    assert.equal(del.status, 405);
    assert.equal(del.headers.get('allow'), 'GET, PUT, HEAD, OPTIONS');
  });

  test('OPTIONS answers 204 with the methods of that path only', async () => {
    const res = await fetch(`${served.base}/api/v1/members/merge`, { method: 'OPTIONS' });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('allow'), 'POST, OPTIONS');
  });

  test('the documented methods and unknown paths route as before', async () => {
    assert.deepEqual(await (await fetch(`${served.base}/api/v1/members/12`)).json(), { route: 'get /api/v1/members/:id' });
    assert.equal((await fetch(`${served.base}/api/v1/members/12`, { method: 'HEAD' })).status, 200);
    assert.equal((await fetch(`${served.base}/api/v1/nothing`, { method: 'DELETE' })).status, 404);
  });
});
