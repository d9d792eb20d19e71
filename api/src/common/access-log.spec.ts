import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import express from 'express';
import pino from 'pino';
import { accessLog } from './access-log';

describe('the access log', () => {
  const lines: string[] = [];
  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let base = '';

  before(async () => {
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => { lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)); done(); } });
    const app = express();
    app.use(accessLog(pino({ level: 'info' }, sink), () => ({ correlationId: 'corr-12345678' }), (req) => req.url === '/healthz'));
    app.get('/api/v1/me', (_req, res) => void res.status(200).json({ ok: true }));
    app.get('/healthz', (_req, res) => void res.status(204).end());
    app.use('/api/v1/things', express.Router().get('/broken', (_req, res) => void res.status(503).json({ error: 'down' })));
    await new Promise<void>((resolve) => { server = app.listen(0, '127.0.0.1', () => resolve()); });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const settled = async (n: number) => {
    for (let i = 0; i < 100 && lines.length < n; i++) await new Promise((r) => setTimeout(r, 10));
  };

  test('says method, path, status, time and the correlation id; never a header, a token, a cookie or the query', async () => {
    lines.length = 0;
    await (await fetch(`${base}/api/v1/me?code=one-time-oauth-code`, { headers: { authorization: 'Bearer secret-jwt-token', cookie: 'dmh_refresh=secret-refresh' } })).text();
    await settled(1);
    assert.equal(lines.length, 1);
    const line = JSON.parse(lines[0]!) as { req: Record<string, unknown>; res: Record<string, unknown>; responseTime: number; correlationId: string; level: number };
    assert.equal(line.level, 30);
    assert.equal(line.req.method, 'GET');
    assert.equal(line.req.path, '/api/v1/me');
    assert.equal(line.res.statusCode, 200);
    assert.equal(typeof line.responseTime, 'number');
    assert.equal(line.correlationId, 'corr-12345678');
    for (const secret of ['secret-jwt-token', 'secret-refresh', 'one-time-oauth-code', 'headers']) assert.ok(!lines[0]!.includes(secret), secret);
  });

  test('a 5xx is "request errored", with the whole path of a route mounted under a prefix', async () => {
    lines.length = 0;
    await (await fetch(`${base}/api/v1/things/broken?x=1`)).text();
    await settled(1);
    const line = JSON.parse(lines[0]!) as { req: { path: string; id: number }; res: { statusCode: number }; msg: string };
    assert.deepEqual([line.req.path, line.res.statusCode, line.msg], ['/api/v1/things/broken', 503, 'request errored']);
    assert.equal(typeof line.req.id, 'number');
  });

  test('leaves out what it is told to ignore (the probe)', async () => {
    lines.length = 0;
    await (await fetch(`${base}/healthz`)).text();
    await (await fetch(`${base}/api/v1/me`)).text();
    await settled(1);
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(lines.map((l) => (JSON.parse(l) as { req: { path: string } }).req.path), ['/api/v1/me']);
  });
});
