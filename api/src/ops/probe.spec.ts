import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { describeFailure, probe } from './probe';

let server: http.Server;
let base = '';
let closedPort = 0;

before(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/ok') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"x"}');
    if (req.url === '/empty') return void res.writeHead(204).end();
    if (req.url === '/dapr-error') return void res.writeHead(500).end('{"errorCode":"ERR_HEALTH_NOT_READY","message":"dapr is not ready"}');
    if (req.url === '/hang') return; // never answers
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const spare = http.createServer();
  await new Promise<void>((r) => spare.listen(0, '127.0.0.1', r));
  closedPort = (spare.address() as AddressInfo).port;
  await new Promise<void>((r) => spare.close(() => r()));
});

after(() => {
  server.closeAllConnections();
  server.close();
});

describe('a probe of a health or metadata endpoint', () => {
  test('a 2xx answer is up, with its JSON body', async () => {
    const p = await probe(`${base}/ok`, 1000);
    assert.equal(p.status, 'up');
    assert.equal(p.error, null);
    assert.deepEqual(p.body, { id: 'x' });
    assert.equal((await probe(`${base}/empty`, 1000)).status, 'up');
  });

  test("an error answer is down with its status and Dapr's message", async () => {
    const p = await probe(`${base}/dapr-error`, 1000);
    assert.deepEqual([p.status, p.error], ['down', 'answered HTTP 500: dapr is not ready']);
  });

  test('a closed port is down in words, at once', async () => {
    const p = await probe(`http://127.0.0.1:${closedPort}/v1.0/metadata`, 1000);
    assert.equal(p.status, 'down');
    assert.equal(p.error, `connection refused by 127.0.0.1:${closedPort} (nothing listens there)`);
  });

  test('a silent endpoint is down after the timeout, not later', async () => {
    const started = Date.now();
    const p = await probe(`${base}/hang`, 300);
    assert.equal(p.status, 'down');
    assert.match(p.error!, /^no answer from 127\.0\.0\.1:\d+ within 300 ms$/);
    assert.ok(Date.now() - started < 1500, 'answered within the timeout');
  });

  test('other failures name the host and the cause, never a stack', () => {
    const err = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('getaddrinfo ENOTFOUND actors'), { code: 'ENOTFOUND' }) });
    assert.equal(describeFailure(err, 'http://actors:3501/v1.0/metadata', 2000), 'host of actors:3501 not found');
    assert.equal(describeFailure(new TypeError('fetch failed', { cause: new Error('bad certificate') }), 'http://h:1/x', 2000), 'h:1 could not be reached: bad certificate');
  });
});
