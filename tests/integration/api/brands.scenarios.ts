import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { call, createOrder, login } from '../support/api-client';
import { db, one, rows } from '../support/db';
import { createBrand, createBrandAdmin, createCampaign, createDistributorChain, createUser, nextPhone } from '../support/factories';
import { paidNotification, sendCallback } from '../support/payer';
import { untilSettled } from '../support/suite';

const B = '/api/v1/brands';

async function platformAdminToken(): Promise<string> {
  const admin = await createUser('platform_admin');
  return login(admin.username, admin.password);
}

const brandName = () => `品牌 ${randomBytes(4).toString('hex')}`;

async function paidOrderRewards(campaignId: string, referrerId: string): Promise<string[][]> {
  const order = await createOrder(campaignId, nextPhone(), referrerId);
  const answer = await sendCallback(paidNotification(order.orderNo, 9900));
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  await untilSettled();
  const rewards = await rows<any>('SELECT level, amount, status FROM rewards WHERE order_id = ? ORDER BY level', [order.orderId]);
  return rewards.map((r) => [String(r.level), r.amount, r.status]);
}

describe('brands', () => {
  test('a platform admin creates, reads and changes brands; every write is audited', async () => {
    const token = await platformAdminToken();
    const name = brandName();
    const created = await call('POST', B, { name, description: '示例', settings: { rewardLevels: 2 } }, token);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const brand = created.body.data;
    assert.deepEqual([brand.name, brand.status, brand.settings], [name, 'active', { rewardLevels: 2 }]);
    assert.equal((await call('POST', B, { name }, token)).body.code, 40980, 'names are unique');
    assert.deepEqual((await call('POST', B, { name: brandName() }, token)).body.data.settings, { rewardLevels: 3 }, 'default: 3 levels');

    const unknown = await call('POST', B, { name: brandName(), balance: '100.00' }, token);
    assert.equal(unknown.status, 400);
    assert.match(JSON.stringify(unknown.body.data.errors), /balance/, 'the unknown field is named');
    for (const rewardLevels of [0, 4, 1.5]) {
      const bad = await call('PUT', `${B}/${brand.id}`, { settings: { rewardLevels } }, token);
      assert.deepEqual([bad.status, bad.body.data.errors?.[0]?.field], [400, 'body.settings.rewardLevels'], String(rewardLevels));
    }
    assert.equal((await call('PUT', `${B}/${brand.id}`, {}, token)).status, 400, 'an empty change is refused');

    // settings keys that other modules own survive a change of rewardLevels
    await db().query("UPDATE brands SET settings = JSON_SET(settings, '$.theme', 'dark') WHERE id = ?", [brand.id]);
    const changed = await call('PUT', `${B}/${brand.id}`, { description: null, settings: { rewardLevels: 1 } }, token);
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.deepEqual([changed.body.data.name, changed.body.data.description, changed.body.data.settings], [name, null, { rewardLevels: 1 }]);
    const stored = await one<any>('SELECT settings FROM brands WHERE id = ?', [brand.id]);
    assert.deepEqual(typeof stored.settings === 'string' ? JSON.parse(stored.settings) : stored.settings, { rewardLevels: 1, theme: 'dark' });
    assert.deepEqual((await call('GET', `${B}/${brand.id}`, undefined, token)).body.data, changed.body.data);

    const audits = await rows<any>("SELECT action, before_data, after_data FROM audit_logs WHERE resource = 'brand' AND resource_id = ? ORDER BY id", [brand.id]);
    assert.deepEqual(audits.map((a) => a.action), ['brand.create', 'brand.update']);
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as any;
    assert.equal(json(audits[1].before_data).settings.rewardLevels, 2);
    assert.equal(json(audits[1].after_data).settings.rewardLevels, 1);

    const list = await call('GET', `${B}?q=${encodeURIComponent(name)}`, undefined, token);
    assert.deepEqual(list.body.data.items.map((b: any) => b.id), [brand.id]);
    assert.equal((await call('GET', `${B}?pageSize=101`, undefined, token)).status, 400, 'pages are capped at 100');
  });

  test('a brand admin reads only its own brands and changes none', async () => {
    const own = await createBrand();
    const other = await createBrand();
    const admin = await createBrandAdmin(own);
    const token = await login(admin.username, admin.password);
    const list = await call('GET', `${B}?pageSize=100`, undefined, token);
    assert.deepEqual([list.body.data.total, list.body.data.items.map((b: any) => b.id)], [1, [own]]);
    assert.equal((await call('GET', `${B}/${own}`, undefined, token)).status, 200);
    assert.deepEqual([(await call('GET', `${B}/${other}`, undefined, token)).status], [404]);
    assert.equal((await call('PUT', `${B}/${own}`, { settings: { rewardLevels: 1 } }, token)).status, 403);
    assert.equal((await call('POST', B, { name: brandName() }, token)).status, 403);
    assert.equal((await call('GET', B)).status, 401);
    const distributor = (await createDistributorChain(own, 1))[0];
    assert.equal((await call('GET', B, undefined, await login(distributor.username, distributor.password))).status, 403);
  });

  test('rewardLevels = 1: the next paid order pays level 1 only; back to 3: all three levels again', async () => {
    const token = await platformAdminToken();
    const brandId = await createBrand({ rewardLevels: 3 });
    const chain = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    const referrer = chain[2].distributorId;

    assert.equal((await call('PUT', `${B}/${brandId}`, { settings: { rewardLevels: 1 } }, token)).status, 200);
    assert.deepEqual(await paidOrderRewards(campaignId, referrer), [['1', '10.00', 'settled']]);

    assert.equal((await call('PUT', `${B}/${brandId}`, { settings: { rewardLevels: 3 } }, token)).status, 200);
    assert.deepEqual(await paidOrderRewards(campaignId, referrer), [['1', '10.00', 'settled'], ['2', '5.00', 'settled'], ['3', '2.00', 'settled']]);
  });
});
