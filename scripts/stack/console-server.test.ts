import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createConsoleServer } from './console-server';

let root: string;
let api: http.Server;
let server: http.Server;
let base: string;
let seen: { method?: string; url?: string; body: string; forwardedFor?: string; auth?: string } = { body: '' };

async function listen(s: http.Server): Promise<number> {
  s.listen(0, '127.0.0.1');
  await new Promise((resolve) => s.once('listening', resolve));
  return (s.address() as AddressInfo).port;
}

before(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dmh-console-'));
  fs.writeFileSync(path.join(root, 'index.html'), '<app-root></app-root>');
  fs.writeFileSync(path.join(root, 'main-ABCD1234.js'), 'console.log(1)');
  fs.mkdirSync(path.join(root, 'i18n'));
  fs.writeFileSync(path.join(root, 'i18n', 'zh-CN.json'), '{"a":"中文"}');
  api = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen = { method: req.method, url: req.url, body, forwardedFor: req.headers['x-forwarded-for'] as string, auth: req.headers.authorization };
      res.writeHead(401, { 'content-type': 'application/json', 'x-correlation-id': 'abc' }).end('{"code":40150}');
    });
  });
  const apiPort = await listen(api);
  server = createConsoleServer({ root, apiOrigin: `http://127.0.0.1:${apiPort}` });
  base = `http://127.0.0.1:${await listen(server)}`;
});

after(async () => {
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => api.close(resolve));
  fs.rmSync(root, { recursive: true, force: true });
});

describe('console server', () => {
  test('serves the app for / and for any route of the app (index.html, not cached)', async () => {
    for (const route of ['/', '/campaigns', '/system/users?x=1']) {
      const r = await fetch(`${base}${route}`);
      assert.equal(r.status, 200, route);
      assert.equal(await r.text(), '<app-root></app-root>');
      assert.equal(r.headers.get('cache-control'), 'no-cache');
    }
  });

  test('serves assets with their type, caches hashed bundles for good, and answers 404 for a missing asset', async () => {
    const js = await fetch(`${base}/main-ABCD1234.js`);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    const json = await fetch(`${base}/i18n/zh-CN.json`);
    assert.deepEqual(await json.json(), { a: '中文' });
    assert.equal((await fetch(`${base}/missing-file.js`)).status, 404);
  });

  test('never serves a file outside its folder', async () => {
    const escape = await fetch(`${base}/..%2f..%2fetc%2fpasswd.json`);
    assert.equal(escape.status, 404);
    assert.doesNotMatch(await escape.text(), /root:/);
  });

  test('passes /api/ to the API: method, path, body and token; the answer as the API gave it; the caller in X-Forwarded-For', async () => {
    const r = await fetch(`${base}/api/v1/auth/login?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: '{"username":"admin"}',
    });
    assert.equal(r.status, 401);
    assert.equal(r.headers.get('x-correlation-id'), 'abc');
    assert.deepEqual(await r.json(), { code: 40150 });
    assert.deepEqual(seen, { method: 'POST', url: '/api/v1/auth/login?x=1', body: '{"username":"admin"}', forwardedFor: '127.0.0.1', auth: 'Bearer t' });
  });

  test('answers the envelope with 502 when the API is unreachable, so the console can say it', async () => {
    const dead = createConsoleServer({ root, apiOrigin: 'http://127.0.0.1:1' });
    const port = await listen(dead);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/v1/campaigns`);
      assert.equal(r.status, 502);
      assert.equal(((await r.json()) as { code: number }).code, 50300);
    } finally {
      await new Promise((resolve) => dead.close(resolve));
    }
  });

  test('passes only POST /sandbox/pay/<orderNo> to the pay sandbox, and only when it is given one (the H5 app in development)', async () => {
    // The stand-in API server plays the sandbox here: it records what reached it.
    const withSandbox = createConsoleServer({ root, apiOrigin: 'http://127.0.0.1:1', sandboxOrigin: `http://127.0.0.1:${(api.address() as AddressInfo).port}` });
    const port = await listen(withSandbox);
    try {
      seen = { body: '' };
      const paid = await fetch(`http://127.0.0.1:${port}/sandbox/pay/D20261203120000ABCDEFGHIJKL`, { method: 'POST' });
      assert.equal(paid.status, 401, 'the answer of the sandbox, relayed');
      assert.equal(seen.url, '/sandbox/pay/D20261203120000ABCDEFGHIJKL');
      seen = { body: '' };
      for (const [method, route] of [['POST', '/sandbox/refund/D1'], ['POST', '/sandbox/pay/a/b'], ['GET', '/sandbox/pay/D1']] as const) {
        const r = await fetch(`http://127.0.0.1:${port}${route}`, { method });
        assert.notEqual(r.status, 401, `${method} ${route} must not reach the sandbox`);
      }
      assert.equal(seen.url, undefined);
    } finally {
      withSandbox.closeAllConnections();
      await new Promise((resolve) => withSandbox.close(resolve));
    }
    const r = await fetch(`${base}/sandbox/pay/D20261203120000ABCDEFGHIJKL`, { method: 'POST' });
    assert.equal(r.status, 405, 'without a sandbox the path is not passed on');
  });
});
