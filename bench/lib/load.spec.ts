// node --import tsx --test bench/lib/*.spec.ts
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';

/**
 * The open loop against a stand-in API on a free port: latencies must be timed from each callback's due
 * time, and a client that falls behind its schedule must say so (coordinated omission, issue 13).
 */
let server: http.Server;
let load: typeof import('./load');

before(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ code: 'SUCCESS' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.DMH_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  load = await import('./load.js');
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const notification = { headers: {}, body: Buffer.from('{}'), transactionId: 't' };

test('each callback is due at start + i / rate, and its time is counted from then, not from its late send', async () => {
  const orders = Array.from({ length: 20 }, (_, i) => ({ orderNo: `o${i}`, referrerId: '1' }));
  // The client's event loop is blocked for 150 ms about 45 ms in: the sends due meanwhile go out late.
  const started = performance.now();
  const run = load.openLoop(orders, orders.map(() => notification), 100);
  const blocker = setTimeout(() => {
    const until = performance.now() + 150;
    while (performance.now() < until);
  }, 45);
  const { shots, start, lateMs } = await run;
  clearTimeout(blocker);
  assert.ok(performance.now() - started >= 190, 'the schedule spans 20 callbacks at 100/s');
  shots.forEach((s, i) => assert.ok(Math.abs(s.dueMs - (start + i * 10)) < 1e-6, `callback ${i} is due at start + ${i * 10} ms`));
  assert.ok(shots.every((s) => s.ok), 'every stand-in answer is a success');
  const late = shots.filter((s) => s.sentMs - s.dueMs > 50);
  assert.ok(late.length > 0, 'the blocked event loop made some sends late');
  for (const s of late) assert.ok(s.answeredMs - s.dueMs >= s.sentMs - s.dueMs, 'a late send answers no earlier than its lateness after its due time');
  assert.ok(Math.max(...lateMs) >= 100, `the client's lateness is reported (max ${Math.max(...lateMs)} ms)`);
});
