import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { call, login } from '../support/api-client';
import { createBrand, createBrandAdmin } from '../support/factories';

const C = '/api/v1/campaigns';
const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

async function brandWithAdmin() {
  const brandId = await createBrand();
  const admin = await createBrandAdmin(brandId);
  return { brandId, token: await login(admin.username, admin.password) };
}

async function draftCampaign(token: string, brandId: string): Promise<string> {
  const body = {
    brandId, name: `页面 ${Math.random().toString(36).slice(2, 8)}`, price: '49.00', quota: 30, startTime: iso(-DAY), endTime: iso(10 * DAY),
    formFields: [{ key: 'phone', label: '手机号', type: 'phone', required: true }], rewardLevels: [],
  };
  const created = await call('POST', C, body, token);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.data.id;
}

const FIRST = {
  blocks: [
    { id: 'top', type: 'banner', imageUrl: 'https://cdn.example.com/b.jpg', title: '冬季' },
    { id: 'facts', type: 'priceQuota', title: '限时', showQuota: true },
    { id: 'faq', type: 'faq', items: [{ question: '几点开始？', answer: '九点' }] },
    { id: 'share', type: 'share', title: '一起来', buttonText: '分享' },
  ],
};
const SECOND = { blocks: [{ id: 'form', type: 'form', submitText: '报名' }] };

describe('page designer', () => {
  test('versions: each save is one, any one is read back with its blocks, and another brand reads none', async () => {
    const a = await brandWithAdmin();
    const b = await brandWithAdmin();
    const id = await draftCampaign(a.token, a.brandId);
    assert.equal((await call('PUT', `${C}/${id}/page-config`, FIRST, a.token)).status, 201);
    assert.equal((await call('PUT', `${C}/${id}/page-config`, SECOND, a.token)).status, 201);

    const v1 = await call('GET', `${C}/${id}/page-config/versions/1`, undefined, a.token);
    assert.equal(v1.status, 200);
    assert.deepEqual([v1.body.data.version, v1.body.data.status, v1.body.data.config], [1, 'draft', FIRST]);
    assert.equal((await call('GET', `${C}/${id}/page-config/versions/3`, undefined, a.token)).status, 404);
    assert.equal((await call('GET', `${C}/${id}/page-config/versions/0`, undefined, a.token)).status, 400);
    assert.equal((await call('GET', `${C}/${id}/page-config/versions/1`, undefined, b.token)).status, 404, "another brand's campaign is not found");

    // Restoring is saving the old design again: a third version, equal to the first.
    const restored = await call('PUT', `${C}/${id}/page-config`, v1.body.data.config, a.token);
    assert.deepEqual([restored.status, restored.body.data.version, restored.body.data.config], [201, 3, FIRST]);
    const view = (await call('GET', `${C}/${id}/page-config`, undefined, a.token)).body.data;
    assert.deepEqual(view.versions.map((v: { version: number }) => v.version), [3, 2, 1]);

    const badFaq = await call('PUT', `${C}/${id}/page-config`, { blocks: [{ id: 'f', type: 'faq', items: [] }] }, a.token);
    assert.deepEqual([badFaq.status, badFaq.body.data.errors.map((e: { field: string }) => e.field)], [400, ['body.blocks.0.items']]);
  });

  test('preview: a signed link opens the latest saved design of an unpublished campaign, for that campaign only, without counting a view', async () => {
    const a = await brandWithAdmin();
    const b = await brandWithAdmin();
    const id = await draftCampaign(a.token, a.brandId);
    const other = await draftCampaign(a.token, a.brandId);
    const none = await call('POST', `${C}/${id}/page-config/preview`, undefined, a.token);
    assert.equal(none.status, 200);
    const noDesign = await call('GET', `${C}/${id}/page?preview=${encodeURIComponent(none.body.data.token)}`);
    assert.equal(noDesign.status, 404, 'nothing saved yet');

    await call('PUT', `${C}/${id}/page-config`, FIRST, a.token);
    const link = (await call('POST', `${C}/${id}/page-config/preview`, undefined, a.token)).body.data;
    assert.match(link.url, new RegExp(`^http://127\\.0\\.0\\.1:3100/c/${id}\\?preview=\\d{10}\\.[A-Za-z0-9_-]{43}$`));
    assert.ok(Date.parse(link.expiresAt) > Date.now() + 3_600_000);

    const page = await call('GET', `${C}/${id}/page?preview=${encodeURIComponent(link.token)}`);
    assert.equal(page.status, 200, JSON.stringify(page.body));
    assert.deepEqual([page.body.data.preview, page.body.data.version, page.body.data.publishedAt, page.body.data.campaign.status, page.body.data.campaign.quota], [true, 1, null, 'draft', 30]);
    assert.deepEqual(page.body.data.config, FIRST);
    assert.equal((await call('GET', `${C}/${id}/page`)).status, 404, 'without the token an unpublished page stays hidden');

    for (const [path, why] of [
      [`${C}/${other}/page?preview=${encodeURIComponent(link.token)}`, "another campaign's token"],
      [`${C}/${id}/page?preview=${link.token.slice(0, -2)}xx`, 'a tampered token'],
      [`${C}/${id}/page?preview=${Number(link.token.split('.')[0]) + 60}.${link.token.split('.')[1]}`, 'a changed expiry'],
    ]) {
      const refused = await call('GET', path);
      assert.deepEqual([refused.status, refused.body.code], [403, 40310], why);
    }
    assert.equal((await call('POST', `${C}/${id}/page-config/preview`, undefined, b.token)).status, 404, "another brand's admin gets no link");
    assert.equal((await call('POST', `${C}/${id}/page-config/preview`)).status, 401);
    const stats = await call('GET', `${C}/${id}/stats`, undefined, a.token);
    assert.equal(stats.body.data.views, 0, 'a preview is not a view (stats flush the pending views first)');
  });
});
