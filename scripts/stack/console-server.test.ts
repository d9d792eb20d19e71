import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as zlib from 'node:zlib';
import { acceptsGzip, createConsoleServer } from './console-server';

let root: string;
let api: http.Server;
let server: http.Server;
let base: string;
let seen: { method?: string; url?: string; body: string; forwardedFor?: string; auth?: string } = { body: '' };

const BIG_JS = `export const words = ${JSON.stringify('活动报名与支付 '.repeat(400))};\n`;

/** A GET with exactly these headers (fetch would add Accept-Encoding and unzip by itself). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

async function listen(s: http.Server): Promise<number> {
  s.listen(0, '127.0.0.1');
  await new Promise((resolve) => s.once('listening', resolve));
  return (s.address() as AddressInfo).port;
}

before(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dmh-console-'));
  fs.writeFileSync(path.join(root, 'index.html'), '<app-root></app-root>');
  fs.writeFileSync(path.join(root, 'main-ABCD1234.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'chunk-WXYZ5678.js'), BIG_JS);
  fs.writeFileSync(path.join(root, 'logo.png'), Buffer.alloc(2048, 7));
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

  test('sends text gzipped to a browser that accepts it, and as it is to one that does not', async () => {
    const zipped = await rawGet(`${base}/chunk-WXYZ5678.js`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers['vary'], 'accept-encoding');
    assert.equal(Number(zipped.headers['content-length']), zipped.body.length);
    assert.ok(zipped.body.length < Buffer.byteLength(BIG_JS) / 4, `gzipped ${zipped.body.length} bytes`);
    assert.equal(zlib.gunzipSync(zipped.body).toString('utf8'), BIG_JS);
    const again = await rawGet(`${base}/chunk-WXYZ5678.js`, { 'accept-encoding': 'gzip' });
    assert.deepEqual(again.body, zipped.body);
    for (const refused of [{}, { 'accept-encoding': 'br' }, { 'accept-encoding': 'gzip;q=0, identity' }] as Record<string, string>[]) {
      const plain = await rawGet(`${base}/chunk-WXYZ5678.js`, refused);
      assert.equal(plain.headers['content-encoding'], undefined, JSON.stringify(refused));
      assert.equal(plain.body.toString('utf8'), BIG_JS);
    }
    const tiny = await rawGet(`${base}/main-ABCD1234.js`, { 'accept-encoding': 'gzip' });
    assert.equal(tiny.headers['content-encoding'], undefined, 'a few bytes are not worth a gzip header');
    const image = await rawGet(`${base}/logo.png`, { 'accept-encoding': 'gzip' });
    assert.equal(image.headers['content-encoding'], undefined, 'images are compressed already');
    assert.equal(image.body.length, 2048);
  });

  test('reads Accept-Encoding with its weights', () => {
    assert.equal(acceptsGzip('gzip, deflate, br'), true);
    assert.equal(acceptsGzip('br;q=1.0, gzip;q=0.8'), true);
    assert.equal(acceptsGzip('*'), true);
    assert.equal(acceptsGzip('gzip;q=0'), false);
    assert.equal(acceptsGzip('identity'), false);
    assert.equal(acceptsGzip(undefined), false);
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
