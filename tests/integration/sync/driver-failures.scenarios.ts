import assert from 'node:assert/strict';
import * as net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { call, waitFor } from '../support/api-client';
import { one, rows } from '../support/db';
import { externalRows } from '../support/external-db';
import { untilSettled } from '../support/suite';
import { admin, attemptsOf, brandWithCampaign, paidOrders, syncStatusOf, untilJobs } from './sync-helpers';
import { crmTarget, prepareCrmSchema } from './targets.scenarios';

/**
 * Oracle and SQL Server targets with the real drivers (oracledb thin, mssql), pointing at a closed port
 * and at a server that accepts the connection and then never answers. No Oracle or SQL Server server runs
 * here: what is proved is that each failure is logged, retried with backoff and dead-lettered, and that
 * nothing is lost (the dead job completes once the brand's target is fixed and the job retried).
 */
describe('sync: Oracle and SQL Server targets that cannot be reached', () => {
  let hanging: net.Server;
  const sockets = new Set<net.Socket>();
  let hangPort = 0;
  let closedPort = 0;
  let token: string;

  before(async () => {
    token = await admin();
    await prepareCrmSchema();
    hanging = net.createServer((s) => {
      sockets.add(s);
      s.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    hangPort = (hanging.address() as net.AddressInfo).port;
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as net.AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });

  after(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => hanging.close(resolve));
  });

  const cases = [
    { name: 'Oracle, closed port', kind: 'oracle', port: () => closedPort, database: 'XEPDB1', error: /NJS-503/ },
    { name: 'Oracle, accepts then hangs', kind: 'oracle', port: () => hangPort, database: 'XEPDB1', error: /NJS-510/ },
    { name: 'SQL Server, closed port', kind: 'sqlserver', port: () => closedPort, database: 'CRM', error: /ESOCKET/ },
    { name: 'SQL Server, accepts then hangs', kind: 'sqlserver', port: () => hangPort, database: 'CRM', error: /ETIMEOUT/ },
  ] as const;

  test('each failure is logged, retried with backoff, then dead-lettered; a retry after fixing the target completes it', async () => {
    const brands = await Promise.all(cases.map(() => brandWithCampaign()));
    for (const [i, c] of cases.entries()) {
      const target = crmTarget({ kind: c.kind, host: '127.0.0.1', port: c.port(), database: c.database, username: 'DMH_SYNC', options: { connectTimeoutMs: 1000, trustServerCertificate: true } });
      const saved = await call('PUT', `/api/v1/sync/targets/${brands[i].brandId}`, target, token);
      assert.equal(saved.status, 200, JSON.stringify(saved.body));
      const tested = await call('POST', `/api/v1/sync/targets/${brands[i].brandId}/test`, undefined, token);
      assert.equal(tested.status, 200);
      assert.equal(tested.body.data.ok, false, c.name);
      assert.deepEqual(tested.body.data.steps.map((s: any) => s.step), ['connect'], 'nothing else is tried once the connection fails');
      assert.match(tested.body.data.steps[0].error, c.error, c.name);
    }

    const orders = await Promise.all(brands.map((b) => paidOrders(b, 1).then(([o]) => o)));
    await untilJobs(orders.map((o) => o.orderId), ['dead'], 90_000);

    for (const [i, c] of cases.entries()) {
      const attempts = await attemptsOf(orders[i].orderId);
      assert.deepEqual(attempts.map((a) => [a.attempt, a.status]), [[1, 'failed'], [2, 'failed'], [3, 'failed'], [4, 'dead']], c.name);
      for (const a of attempts) assert.match(a.error ?? '', c.error, `${c.name}: attempt ${a.attempt} logged the driver's error`);
      if (c.port() === hangPort) assert.ok(attempts.every((a) => a.duration_ms >= 900), `${c.name}: each attempt waited for the connect timeout`);
      assert.equal(await syncStatusOf(orders[i].orderId), 'failed');
      const gaps = await rows<any>("SELECT TIMESTAMPDIFF(MICROSECOND, LAG(created_at) OVER (ORDER BY id), created_at) / 1000 AS gap FROM sync_logs WHERE entity_type = 'order' AND entity_id = ? ORDER BY id", [orders[i].orderId]);
      const waits = gaps.slice(1).map((g) => Number(g.gap));
      assert.ok(waits.every((w) => w >= 350), `${c.name}: retries waited (backoff): ${waits.join(', ')} ms`);
    }

    const failures = await call('GET', `/api/v1/sync/failures?brandId=${brands[0].brandId}`, undefined, token);
    assert.equal(failures.status, 200);
    assert.equal(failures.body.data.total, 1);
    const dead = failures.body.data.items[0];
    assert.deepEqual([dead.orderId, dead.status, dead.attempts], [orders[0].orderId, 'dead', 4]);
    assert.match(dead.lastError, /NJS-503/);
    const logs = await call('GET', `/api/v1/sync/logs?entityType=order&entityId=${orders[0].orderId}`, undefined, token);
    assert.deepEqual(logs.body.data.items.map((l: any) => [l.attempt, l.status, l.target]), [[4, 'dead', 'oracle'], [3, 'failed', 'oracle'], [2, 'failed', 'oracle'], [1, 'failed', 'oracle']]);

    const health = await call('GET', '/api/v1/sync/health', undefined, token);
    const byTarget = new Map(health.body.data.targets.map((t: any) => [t.target, t]));
    for (const b of brands) assert.equal((byTarget.get(`brand:${b.brandId}`) as any)?.status, 'down');
    assert.equal(health.body.data.status, 'degraded');

    // Nothing lost: point the brands at a reachable database, retry one job alone and the others per brand.
    for (const b of brands) assert.equal((await call('PUT', `/api/v1/sync/targets/${b.brandId}`, crmTarget(), token)).status, 200);
    const one1 = await call('POST', `/api/v1/sync/failures/${dead.id}/retry`, undefined, token);
    assert.deepEqual(one1.body.data, { retried: 1, jobIds: [dead.jobId] });
    assert.equal((await call('POST', `/api/v1/sync/failures/${dead.id}/retry`, undefined, token)).body.code, 40920, 'no longer dead');
    for (const b of brands.slice(1)) {
      const many = await call('POST', '/api/v1/sync/failures/retry', { brandId: b.brandId }, token);
      assert.equal(many.body.data.retried, 1);
    }
    await untilJobs(orders.map((o) => o.orderId), ['done'], 30_000);
    await untilSettled();
    for (const o of orders) {
      assert.deepEqual((await attemptsOf(o.orderId)).map((a) => a.status), ['failed', 'failed', 'failed', 'dead', 'success']);
      const [row] = await externalRows<any>('SELECT AMOUNT_FEN, STATE FROM CRM_BRAND_ORDERS WHERE DMH_ID = ?', [o.orderId]);
      assert.deepEqual([row?.AMOUNT_FEN, row?.STATE], [9900, 'P']);
      assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM sync_jobs WHERE entity_id = ?', [o.orderId])).n), 1);
      assert.equal(await syncStatusOf(o.orderId), 'synced', 'the worker recorded the retried round\'s outcome');
    }
    const audit = await rows<any>("SELECT action FROM audit_logs WHERE action IN ('sync.job.retry', 'sync.job.retry_dead') AND brand_id IN (?)", [brands.map((b) => b.brandId)]);
    assert.equal(audit.length, 4, 'every retry is audited');
    await waitFor('the health to show the fixed targets up', async () => {
      const h = await call('GET', '/api/v1/sync/health', undefined, token);
      return brands.every((b) => h.body.data.targets.some((t: any) => t.target === `brand:${b.brandId}` && t.status === 'up'));
    }, 10_000, 500);
  });
});
