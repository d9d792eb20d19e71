import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { call, login } from '../support/api-client';
import { one, rows } from '../support/db';
import { externalRows } from '../support/external-db';
import { createBrandAdmin } from '../support/factories';
import { untilSettled } from '../support/suite';
import { TEST_EXTERNAL_DB } from '../support/test-databases';
import { admin, brandWithCampaign, paidOrders } from './sync-helpers';

/** A customer-style MySQL schema on external-db, reached with its own account (so the password matters). */
export const CRM_USER = { username: 'crm_writer', password: 'Crm#Writer-2026' };
export const CRM_TABLES = ['CRM_BRAND_ORDERS', 'CRM_BRAND_REWARDS'];

export async function prepareCrmSchema(): Promise<void> {
  await externalRows(`CREATE USER IF NOT EXISTS '${CRM_USER.username}'@'127.0.0.1' IDENTIFIED BY '${CRM_USER.password}'`);
  await externalRows(`GRANT ALL PRIVILEGES ON \`${TEST_EXTERNAL_DB}\`.* TO '${CRM_USER.username}'@'127.0.0.1'`);
  await externalRows(`CREATE TABLE IF NOT EXISTS CRM_BRAND_ORDERS (
    DMH_ID BIGINT PRIMARY KEY, ORDER_NO VARCHAR(32), AMOUNT_FEN INT, STATE CHAR(1), PAID_TIME VARCHAR(19), SOURCE VARCHAR(10), DMH_VERSION BIGINT)`);
  await externalRows(`CREATE TABLE IF NOT EXISTS CRM_BRAND_REWARDS (
    DMH_ID BIGINT PRIMARY KEY, ORDER_ID BIGINT, LVL INT, AMOUNT_YUAN DECIMAL(10,2), STATE INT, DMH_VERSION BIGINT)`);
}

export function crmTarget(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'mysql',
    host: '127.0.0.1',
    port: Number(process.env.EXTERNAL_DB_PORT ?? 3307),
    database: TEST_EXTERNAL_DB,
    username: CRM_USER.username,
    password: CRM_USER.password,
    options: { connectTimeoutMs: 2000 },
    mapping: {
      orders: {
        table: 'CRM_BRAND_ORDERS', key: 'DMH_ID', version: 'DMH_VERSION',
        columns: [
          { column: 'ORDER_NO', from: 'orderNo' },
          { column: 'AMOUNT_FEN', from: 'amount', transform: { type: 'yuanToCents' } },
          { column: 'STATE', from: 'status', transform: { type: 'enumMap', map: { paid: 'P', refunded: 'R' }, fallback: 'X' } },
          { column: 'PAID_TIME', from: 'paidAt', transform: { type: 'dateFormat', format: 'YYYY-MM-DD HH:mm:ss', utcOffset: '+08:00' } },
          { column: 'SOURCE', transform: { type: 'constant', value: 'DMH' } },
        ],
      },
      rewards: {
        table: 'CRM_BRAND_REWARDS', key: 'DMH_ID', version: 'DMH_VERSION',
        columns: [
          { column: 'ORDER_ID', from: 'orderId' },
          { column: 'LVL', from: 'level' },
          { column: 'AMOUNT_YUAN', from: 'amountCents', transform: { type: 'centsToYuan' } },
          { column: 'STATE', from: 'status', transform: { type: 'enumMap', map: { settled: 1, reversed: 9 }, fallback: 0 } },
        ],
      },
    },
    ...overrides,
  };
}

function beijing(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

describe('sync: per-brand targets, mapping, encrypted password, test connection', () => {
  let token: string;
  before(async () => {
    token = await admin();
    await prepareCrmSchema();
  });

  test('a target is validated when saved: bad mappings and unknown fields are refused naming the field', async () => {
    const { brandId } = await brandWithCampaign();
    const bad = crmTarget();
    (bad.mapping as any).orders.columns[1].transform = { type: 'centsToYuan' };
    (bad.mapping as any).rewards.table = 'CRM_BRAND_ORDERS';
    let answer = await call('PUT', `/api/v1/sync/targets/${brandId}`, bad, token);
    assert.equal(answer.status, 400);
    const fields = answer.body.data.errors.map((e: any) => e.field).sort();
    assert.deepEqual(fields, ['body.mapping.orders.columns.1.transform', 'body.mapping.rewards.table']);
    answer = await call('PUT', `/api/v1/sync/targets/${brandId}`, { ...crmTarget(), passwordEnc: 'x' }, token);
    assert.equal(answer.status, 400);
    assert.ok(answer.body.data.errors.some((e: any) => e.field.startsWith('body')), JSON.stringify(answer.body));
    const { password: _p, ...noPassword } = crmTarget();
    answer = await call('PUT', `/api/v1/sync/targets/${brandId}`, noPassword, token);
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body.data.errors.map((e: any) => e.field), ['body.password']);
    assert.equal((await call('PUT', '/api/v1/sync/targets/999999999', crmTarget(), token)).status, 404, 'unknown brand');
  });

  test('saved with the password encrypted (never returned, never in the audit log); a paid order lands in the mapped tables', async () => {
    const b = await brandWithCampaign();
    const saved = await call('PUT', `/api/v1/sync/targets/${b.brandId}`, crmTarget(), token);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.data.hasPassword, true);
    assert.equal(saved.body.data.version, 1);
    assert.ok(!JSON.stringify(saved.body).includes(CRM_USER.password));
    assert.ok(!JSON.stringify(saved.body).includes('passwordEnc'));
    const stored = await one<any>('SELECT password_enc FROM sync_targets WHERE brand_id = ?', [b.brandId]);
    assert.match(stored.password_enc, /^v1:[0-9a-f]{8}:/);
    assert.ok(!stored.password_enc.includes(CRM_USER.password));
    const audit = await rows<any>("SELECT action, after_data FROM audit_logs WHERE resource = 'sync_target' AND resource_id = ?", [b.brandId]);
    assert.deepEqual(audit.map((a) => a.action), ['sync.target.create']);
    assert.ok(!JSON.stringify(audit).includes(CRM_USER.password) && !JSON.stringify(audit).includes(stored.password_enc));

    const tested = await call('POST', `/api/v1/sync/targets/${b.brandId}/test`, undefined, token);
    assert.equal(tested.status, 200, JSON.stringify(tested.body));
    assert.deepEqual(tested.body.data.steps.map((s: any) => [s.step, s.ok]), [['connect', true], ['ordersTable', true], ['rewardsTable', true]]);

    const [order] = await paidOrders(b, 1);
    await untilSettled();
    const paidAt = (await one<any>('SELECT paid_at, order_no FROM orders WHERE id = ?', [order.orderId]));
    const [row] = await externalRows<any>('SELECT ORDER_NO, AMOUNT_FEN, STATE, PAID_TIME, SOURCE FROM CRM_BRAND_ORDERS WHERE DMH_ID = ?', [order.orderId]);
    assert.deepEqual({ ...row }, { ORDER_NO: paidAt.order_no, AMOUNT_FEN: 9900, STATE: 'P', PAID_TIME: beijing(paidAt.paid_at), SOURCE: 'DMH' });
    const rewards = await externalRows<any>('SELECT LVL, AMOUNT_YUAN, STATE FROM CRM_BRAND_REWARDS WHERE ORDER_ID = ? ORDER BY LVL', [order.orderId]);
    assert.deepEqual(rewards.map((r) => [r.LVL, r.AMOUNT_YUAN, r.STATE]), [[1, '10.00', 1], [2, '5.00', 1], [3, '2.00', 1]]);
    const inDefault = await externalRows('SELECT 1 FROM crm_orders WHERE dmh_order_id = ?', [order.orderId]);
    assert.equal(inDefault.length, 0, 'not in the default target');

    // The password can be left out on update (kept); a wrong table shows in the connection test.
    const { password: _p, ...noPassword } = crmTarget();
    (noPassword.mapping as any).orders.table = 'NO_SUCH_TABLE';
    const updated = await call('PUT', `/api/v1/sync/targets/${b.brandId}`, noPassword, token);
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    assert.equal(updated.body.data.version, 2);
    const retested = await call('POST', `/api/v1/sync/targets/${b.brandId}/test`, undefined, token);
    assert.equal(retested.body.data.ok, false);
    const steps = Object.fromEntries(retested.body.data.steps.map((s: any) => [s.step, s]));
    assert.equal(steps.connect.ok, true, 'the kept password still works');
    assert.equal(steps.ordersTable.ok, false);
    assert.match(steps.ordersTable.error, /NO_SUCH_TABLE/);
    const restored = await call('PUT', `/api/v1/sync/targets/${b.brandId}`, crmTarget({ password: undefined }), token);
    assert.equal(restored.status, 200);
  });

  test('a wrong password is refused by the database, and says so in the connection test', async () => {
    const b = await brandWithCampaign();
    assert.equal((await call('PUT', `/api/v1/sync/targets/${b.brandId}`, crmTarget({ password: 'wrong-password' }), token)).status, 200);
    const tested = await call('POST', `/api/v1/sync/targets/${b.brandId}/test`, undefined, token);
    assert.equal(tested.body.data.ok, false);
    assert.match(tested.body.data.steps[0].error, /Access denied/);
    const removed = await call('DELETE', `/api/v1/sync/targets/${b.brandId}`, undefined, token);
    assert.deepEqual(removed.body.data, { brandId: b.brandId, deleted: true });
    assert.equal((await call('GET', `/api/v1/sync/targets/${b.brandId}`, undefined, token)).status, 404);
  });

  test('brand scope: a brand admin reads its own target only and cannot change it', async () => {
    const mine = await brandWithCampaign();
    const other = await brandWithCampaign();
    for (const b of [mine, other]) assert.equal((await call('PUT', `/api/v1/sync/targets/${b.brandId}`, crmTarget(), token)).status, 200);
    const user = await createBrandAdmin(mine.brandId);
    const brandToken = await login(user.username, user.password);
    assert.equal((await call('GET', `/api/v1/sync/targets/${mine.brandId}`, undefined, brandToken)).status, 200);
    assert.equal((await call('GET', `/api/v1/sync/targets/${other.brandId}`, undefined, brandToken)).status, 404);
    const list = await call('GET', '/api/v1/sync/targets?pageSize=100', undefined, brandToken);
    assert.deepEqual(list.body.data.items.map((t: any) => t.brandId), [mine.brandId]);
    assert.equal((await call('PUT', `/api/v1/sync/targets/${mine.brandId}`, crmTarget(), brandToken)).status, 403);
    assert.equal((await call('POST', `/api/v1/sync/targets/${mine.brandId}/test`, undefined, brandToken)).status, 403);
    assert.equal((await call('GET', `/api/v1/sync/logs?brandId=${other.brandId}`, undefined, brandToken)).status, 404);
    const health = await call('GET', '/api/v1/sync/health', undefined, brandToken);
    assert.equal(health.status, 200);
    assert.deepEqual(health.body.data.targets.map((t: any) => [t.target, t.brandId]), [[`brand:${mine.brandId}`, mine.brandId]]);
    assert.equal((await call('GET', '/api/v1/sync/health')).status, 401);
  });
});
