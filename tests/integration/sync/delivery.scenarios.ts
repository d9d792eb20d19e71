import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RowDataPacket } from 'mysql2/promise';
import { mapOrder } from '../../../sync/src/mapping/field-mapping';
import { DEFAULT_MAPPING } from '../../../sync/src/targets/default-target';
import { MysqlTarget } from '../../../sync/src/targets/mysql.target';
import { waitFor } from '../support/api-client';
import { db, one, rows } from '../support/db';
import { externalByKey, externalOne, externalRows } from '../support/external-db';
import { untilSettled } from '../support/suite';
import { TEST_EXTERNAL_DB } from '../support/test-databases';
import { assertInDefaultTarget, attemptsOf, brandWithCampaign, paidOrders, sendJob, sendJobs, untilJobIds } from './sync-helpers';


describe('sync: delivery into the default MySQL target', () => {
  test('paid orders and their rewards appear, one row each, with a success attempt logged', async () => {
    const b = await brandWithCampaign();
    const orders = await paidOrders(b, 3);
    await untilSettled();
    await assertInDefaultTarget([b.brandId]);
    for (const o of orders) {
      const jobs = await rows<any>("SELECT job_id, status, attempts FROM sync_jobs WHERE entity_id = ?", [o.orderId]);
      assert.deepEqual(jobs.map((j) => [j.job_id, j.status, Number(j.attempts)]), [[`order:${o.orderId}:paid`, 'done', 1]]);
      const logs = await rows<any>('SELECT entity_type, attempt, status, target FROM sync_logs WHERE job_id = ? ORDER BY entity_type, entity_id', [`order:${o.orderId}:paid`]);
      assert.deepEqual(logs.map((l) => [l.entity_type, l.attempt, l.status, l.target]), [
        ['order', 1, 'success', 'mysql'], ['reward', 1, 'success', 'mysql'], ['reward', 1, 'success', 'mysql'], ['reward', 1, 'success', 'mysql'],
      ]);
      const external = await one<any>('SELECT target, checksum, synced_version FROM external_orders WHERE order_id = ?', [o.orderId]);
      assert.equal(external.target, 'mysql');
      assert.match(external.checksum, /^[0-9a-f]{64}$/);
    }
    const rewards = await externalRows('SELECT COUNT(*) AS n FROM crm_rewards WHERE dmh_order_id IN (?)', [orders.map((o) => o.orderId)]);
    assert.equal(Number(rewards[0].n), 9);
  });

  test('a reversed reward updates its row; each job delivered 3 times, reordered, still yields one row each', async () => {
    const b = await brandWithCampaign();
    const orders = await paidOrders(b, 3);
    await untilSettled();
    const level1 = await rows<any>('SELECT id, order_id FROM rewards WHERE order_id IN (?) AND level = 1', [orders.map((o) => o.orderId)]);
    const before = await externalByKey<any>('crm_rewards', 'dmh_reward_id', level1.map((r) => String(r.id)));

    // The reward is reversed in DMH (as a refund does), then its order's job is sent again.
    await db().query("UPDATE rewards SET status = 'reversed', reversed_at = NOW(3) WHERE id IN (?)", [level1.map((r) => r.id)]);
    const requestedAt = new Date().toISOString();
    const jobs = orders.map((o) => ({ jobId: `order:${o.orderId}:reversed-test`, orderId: o.orderId, brandId: b.brandId, requestedAt }));
    const deliveries = [...jobs, ...jobs, ...jobs].sort(() => Math.random() - 0.5);
    deliveries.unshift(jobs[2]);
    await Promise.all(deliveries.map((j) => sendJob(j)));
    await untilJobIds(jobs.map((j) => j.jobId), 'done');

    const after = await externalByKey<any>('crm_rewards', 'dmh_reward_id', level1.map((r) => String(r.id)));
    for (const r of level1) {
      assert.equal(after.get(String(r.id))?.status, 'reversed', `reward ${r.id} reversed in the target`);
      assert.ok(Number(after.get(String(r.id))?.dmh_version) > Number(before.get(String(r.id))?.dmh_version), 'a newer version');
    }
    const counts = await externalRows<RowDataPacket>(
      'SELECT (SELECT COUNT(*) FROM crm_orders WHERE dmh_order_id IN (?)) AS o, (SELECT COUNT(*) FROM crm_rewards WHERE dmh_order_id IN (?)) AS r',
      [orders.map((o) => o.orderId), orders.map((o) => o.orderId)],
    );
    assert.deepEqual([Number(counts[0].o), Number(counts[0].r)], [3, 9], 'one row per order and per reward');
    for (const j of jobs) {
      const logged = await rows<any>("SELECT attempt, status FROM sync_logs WHERE job_id = ? AND entity_type = 'order'", [j.jobId]);
      assert.deepEqual(logged.map((l) => [l.attempt, l.status]), [[1, 'success']], 'written once: the redeliveries were recognised');
    }
    // Back to settled (a newer state again), requested again under the same job ids (later requestedAt), in one
    // message as the API sends them: a new round for each, not a duplicate, so the target follows.
    await db().query("UPDATE rewards SET status = 'settled', reversed_at = NULL WHERE id IN (?)", [level1.map((r) => r.id)]);
    const again = new Date(Date.now() + 1).toISOString();
    await sendJobs(jobs.map((j) => ({ ...j, requestedAt: again })));
    await waitFor('the jobs requested again to run', async () => {
      const n = await rows<any>("SELECT COUNT(*) AS n FROM sync_logs WHERE job_id IN (?) AND entity_type = 'order' AND status = 'success'", [jobs.map((j) => j.jobId)]);
      return Number(n[0].n) === 6;
    });
    await untilJobIds(jobs.map((j) => j.jobId), 'done');
    await assertInDefaultTarget([b.brandId]);
  });

  test('an older version delivered late never overwrites a newer one', async () => {
    const b = await brandWithCampaign();
    const [order] = await paidOrders(b, 1);
    await untilSettled();
    const stored = await externalOne<any>('SELECT dmh_version FROM crm_orders WHERE dmh_order_id = ?', [order.orderId]);
    // Another writer already holds a newer state of this order in the target.
    await externalRows("UPDATE crm_orders SET status = 'newer', dmh_version = dmh_version + 1000000 WHERE dmh_order_id = ?", [order.orderId]);
    await sendJob({ jobId: `order:${order.orderId}:late`, orderId: order.orderId, brandId: b.brandId });
    await untilJobIds([`order:${order.orderId}:late`], 'done');
    const row = await externalOne<any>('SELECT status, dmh_version FROM crm_orders WHERE dmh_order_id = ?', [order.orderId]);
    assert.deepEqual([row.status, Number(row.dmh_version)], ['newer', Number(stored.dmh_version) + 1_000_000], 'the newer row is untouched');
    assert.deepEqual((await attemptsOf(order.orderId)).map((a) => a.status), ['success', 'success'], 'both deliveries succeeded (the late one as a no-op)');
    await externalRows("UPDATE crm_orders SET status = 'paid', dmh_version = ? WHERE dmh_order_id = ?", [stored.dmh_version, order.orderId]);
  });

  test('the MySQL adapter itself, on the real server: v2 then v1 keeps v2; v1 then v2 gives v2; one row', async () => {
    const target = new MysqlTarget({
      host: '127.0.0.1', port: Number(process.env.EXTERNAL_DB_PORT ?? 3307), database: TEST_EXTERNAL_DB, username: process.env.DB_USER ?? 'root',
      password: process.env.DB_PASSWORD ?? '', connectTimeoutMs: 3000, queryTimeoutMs: 5000, encrypt: false, trustServerCertificate: false,
    });
    const base = {
      id: '990000001', orderNo: 'DMHVERSIONTEST01', brandId: '1', campaignId: '1', phone: '13900000000', amount: '99.00', payStatus: 'paid',
      tradeNo: null, paidAt: new Date('2026-11-25T00:00:00Z'), createdAt: new Date('2026-11-25T00:00:00Z'),
    };
    const v1 = mapOrder(DEFAULT_MAPPING, { ...base, status: 'paid', version: 1_000 });
    const v2 = mapOrder(DEFAULT_MAPPING, { ...base, status: 'refunded', amount: '0.00', version: 2_000 });
    try {
      await target.upsert([v2]);
      await target.upsert([v1]);
      let row = await externalOne<any>('SELECT status, amount, dmh_version FROM crm_orders WHERE dmh_order_id = ?', [base.id]);
      assert.deepEqual([row.status, row.amount, Number(row.dmh_version)], ['refunded', '0.00', 2000]);
      await target.upsert([v1]);
      await target.upsert([v2]);
      await target.upsert([v2]);
      row = await externalOne<any>('SELECT COUNT(*) AS n, MAX(status) AS status FROM crm_orders WHERE dmh_order_id = ?', [base.id]);
      assert.deepEqual([Number(row.n), row.status], [1, 'refunded']);
    } finally {
      await externalRows('DELETE FROM crm_orders WHERE dmh_order_id = ?', [base.id]);
      await target.close();
    }
  });
});
