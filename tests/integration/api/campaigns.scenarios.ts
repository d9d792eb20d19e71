import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { API_URL, call, createOrder, login } from '../support/api-client';
import { one, rows } from '../support/db';
import { createBrand, createBrandAdmin, createDistributorChain, createUser, nextPhone } from '../support/factories';
import { paidNotification, sendCallback } from '../support/payer';
import { untilSettled } from '../support/suite';

const C = '/api/v1/campaigns';
const DAY = 86_400_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as any;

const FORM = [
  { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 20 },
  { key: 'phone', label: '手机号', type: 'phone', required: true },
  { key: 'city', label: '城市', type: 'select', options: ['上海', '北京'] },
];
const LEVELS = [
  { level: 1, mode: 'fixed', amount: '10.00' },
  { level: 2, mode: 'fixed', amount: '5.00' },
  { level: 3, mode: 'fixed', amount: '2.00' },
];

function campaignBody(brandId: string, over: Record<string, unknown> = {}) {
  return { brandId, name: `活动 ${Math.random().toString(36).slice(2, 8)}`, price: '99.00', quota: 100, startTime: iso(-DAY), endTime: iso(30 * DAY), formFields: FORM, rewardLevels: LEVELS, ...over };
}

async function tokenOf(user: { username: string; password: string }): Promise<string> {
  return login(user.username, user.password);
}

async function create(token: string, brandId: string, over: Record<string, unknown> = {}): Promise<any> {
  const answer = await call('POST', C, campaignBody(brandId, over), token);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.data;
}

async function publish(token: string, id: string): Promise<void> {
  const answer = await call('POST', `${C}/${id}/publish`, undefined, token);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  assert.equal(answer.body.data.status, 'active');
}

/** An anonymous request from a given client address (the API trusts X-Forwarded-For from loopback only). */
async function fromAddress(path: string, ip: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${API_URL}${path}`, { headers: { 'x-forwarded-for': ip }, signal: AbortSignal.timeout(30_000) });
  return { status: response.status, body: await response.json() };
}

const order = (campaignId: string, formData: Record<string, unknown>) => call('POST', '/api/v1/orders', { campaignId, formData });
const fieldsOf = (answer: { body: any }) => (answer.body.data?.errors ?? []).map((e: any) => e.field);

async function twoBrands() {
  const brandA = await createBrand();
  const brandB = await createBrand();
  const adminA = await tokenOf(await createBrandAdmin(brandA));
  const adminB = await tokenOf(await createBrandAdmin(brandB));
  return { brandA, brandB, adminA, adminB };
}

describe('campaigns', () => {
  test('create: a brand admin creates a draft for its own brand only; the write is audited', async () => {
    const { brandA, brandB, adminA } = await twoBrands();
    const created = await create(adminA, brandA, { description: '春季品鉴', coverImage: 'https://cdn.example.com/c.jpg' });
    assert.deepEqual([created.view, created.brandId, created.status, created.price, created.quota, created.seatsTaken], ['admin', brandA, 'draft', '99.00', 100, 0]);
    assert.deepEqual(created.rewardLevels, LEVELS);
    assert.equal(created.formFields.length, 3);
    const row = await one<any>('SELECT status, reward_rule, created_by FROM campaigns WHERE id = ?', [created.id]);
    assert.deepEqual([row.status, row.reward_rule], ['draft', '10.00']);
    const audit = await one<any>("SELECT action, brand_id, after_data FROM audit_logs WHERE resource = 'campaign' AND resource_id = ?", [created.id]);
    assert.deepEqual([audit.action, String(audit.brand_id), json(audit.after_data).name], ['campaign.create', brandA, created.name]);

    const other = await call('POST', C, campaignBody(brandB), adminA);
    assert.deepEqual([other.status, fieldsOf(other)], [404, ['body.brandId']], "another brand's id is refused like no brand at all");
    const none = await call('POST', C, campaignBody('999999999'), adminA);
    assert.deepEqual([none.status, none.body.data.errors], [404, other.body.data.errors], 'identical answer: nothing revealed');

    assert.equal((await call('POST', C, campaignBody(brandA))).status, 401);
    const distributor = await tokenOf((await createDistributorChain(brandA, 1))[0]);
    assert.equal((await call('POST', C, campaignBody(brandA), distributor)).status, 403, 'campaign:write is needed');
  });

  test('create and update refuse unknown fields, naming them, and store nothing', async () => {
    const { brandA, adminA } = await twoBrands();
    for (const extra of [{ soldCount: 5 }, { deletedAt: '2026-01-01T00:00:00Z' }, { status: 'active' }, { viewCount: 9 }]) {
      const answer = await call('POST', C, campaignBody(brandA, extra), adminA);
      assert.equal(answer.status, 400);
      assert.match(JSON.stringify(answer.body.data.errors), new RegExp(Object.keys(extra)[0]), `${Object.keys(extra)[0]} is named`);
    }
    const campaign = await create(adminA, brandA);
    for (const extra of [{ brandId: '1' }, { soldCount: 5 }, { status: 'active' }, { createdBy: '1' }]) {
      const answer = await call('PUT', `${C}/${campaign.id}`, { name: 'x', ...extra }, adminA);
      assert.equal(answer.status, 400);
      assert.match(JSON.stringify(answer.body.data.errors), new RegExp(Object.keys(extra)[0]));
    }
    const row = await one<any>('SELECT name, status, brand_id FROM campaigns WHERE id = ?', [campaign.id]);
    assert.deepEqual([row.name, row.status, String(row.brand_id)], [campaign.name, 'draft', brandA]);
  });

  test('invalid form definitions, reward rules, prices and windows are refused naming the field', async () => {
    const { brandA, adminA } = await twoBrands();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ formFields: [{ key: 'city', label: '城市', type: 'select' }] }, ['body.formFields.0.options']],
      [{ formFields: [{ key: 'a', label: 'A', type: 'text' }, { key: 'a', label: 'B', type: 'text' }] }, ['body.formFields.1.key']],
      [{ formFields: [{ key: 'code', label: 'C', type: 'text', pattern: '(a+)+$' }] }, ['body.formFields.0.pattern']],
      [{ formFields: [{ key: 'n', label: 'N', type: 'number', min: 10, max: 1 }] }, ['body.formFields.0.min']],
      [{ formFields: [{ key: 'c', label: 'C', type: 'checkbox', options: ['x'], max: 3 }] }, ['body.formFields.0.max']],
      [{ formFields: [{ key: 'bad key', label: 'x', type: 'text' }] }, ['body.formFields.0.key']],
      [{ formFields: [{ key: 'k', label: 'x', type: 'colour' }] }, ['body.formFields.0.type']],
      [{ price: '10.00', rewardLevels: [{ level: 1, mode: 'fixed', amount: '8.00' }, { level: 2, mode: 'percent', percent: '30' }] }, ['body.rewardLevels']],
      [{ rewardLevels: [{ level: 4, mode: 'fixed', amount: '1.00' }] }, ['body.rewardLevels.0.level']],
      [{ price: '0.00', rewardLevels: [] }, ['body.price']],
      [{ price: '9.9' }, ['body.price']],
      [{ startTime: iso(2 * DAY), endTime: iso(DAY) }, ['body.endTime']],
      [{ startTime: iso(-3 * DAY), endTime: iso(-DAY) }, ['body.endTime']],
      [{ coverImage: 'javascript:alert(1)' }, ['body.coverImage']],
    ];
    for (const [over, fields] of cases) {
      const answer = await call('POST', C, campaignBody(brandA, over), adminA);
      assert.deepEqual([answer.status, answer.body.code, fieldsOf(answer)], [400, 40000, fields], JSON.stringify(over));
    }
  });

  test('list: brand-scoped, filtered by brand, status, time window and keyword, paginated', async () => {
    const { brandA, brandB, adminA, adminB } = await twoBrands();
    const tag = `K${Date.now().toString(36)}`;
    const early = await create(adminA, brandA, { name: `${tag} 早场`, startTime: iso(-10 * DAY), endTime: iso(2 * DAY) });
    const late = await create(adminA, brandA, { name: `${tag} 晚场`, startTime: iso(5 * DAY), endTime: iso(20 * DAY) });
    const third = await create(adminA, brandA, { name: `${tag} 100%_special`, startTime: iso(-DAY), endTime: iso(40 * DAY) });
    await publish(adminA, early.id);
    const foreign = await create(adminB, brandB, { name: `${tag} B` });

    const list = async (query: string, token = adminA) => {
      const answer = await call('GET', `${C}?${query}`, undefined, token);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body.data;
    };
    const ids = (page: any) => page.items.map((c: any) => c.id);
    assert.deepEqual(ids(await list(`keyword=${tag}`)), [third.id, late.id, early.id], "newest first, only the caller's brands");
    assert.deepEqual(ids(await list(`keyword=${tag}`, adminB)), [foreign.id]);
    assert.deepEqual(ids(await list(`keyword=${tag}&brandId=${brandB}`)), [], "filtering on another brand shows nothing");
    assert.deepEqual(ids(await list(`keyword=${tag}&status=active`)), [early.id]);
    assert.deepEqual(ids(await list(`keyword=${tag}&status=draft`)), [third.id, late.id]);
    assert.deepEqual(ids(await list(`keyword=${encodeURIComponent('100%_')}&brandId=${brandA}`)), [third.id], '% and _ match literally');
    assert.deepEqual(ids(await list(`keyword=${tag}&startsAfter=${encodeURIComponent(iso(DAY))}`)), [late.id]);
    assert.deepEqual(ids(await list(`keyword=${tag}&startsBefore=${encodeURIComponent(iso(-2 * DAY))}`)), [early.id]);
    assert.deepEqual(ids(await list(`keyword=${tag}&endsBefore=${encodeURIComponent(iso(10 * DAY))}`)), [early.id]);
    assert.deepEqual(ids(await list(`keyword=${tag}&endsAfter=${encodeURIComponent(iso(30 * DAY))}`)), [third.id]);

    const page1 = await list(`keyword=${tag}&pageSize=2&page=1`);
    const page2 = await list(`keyword=${tag}&pageSize=2&page=2`);
    assert.deepEqual([page1.total, page1.page, page1.pageSize, ids(page1).length, ids(page2)], [3, 1, 2, 2, [early.id]]);
    assert.equal((await call('GET', `${C}?pageSize=101`, undefined, adminA)).status, 400, 'page size is capped at 100');
    assert.equal((await call('GET', `${C}?status=open`, undefined, adminA)).status, 400);
    assert.equal((await call('GET', `${C}?foo=1`, undefined, adminA)).status, 400, 'unknown query parameters are refused');

    const platform = await tokenOf(await createUser('platform_admin'));
    assert.deepEqual(ids(await list(`keyword=${tag}`, platform)).sort(), [early.id, late.id, third.id, foreign.id].sort());
    const participant = await tokenOf(await createUser('participant'));
    assert.deepEqual(ids(await list(`keyword=${tag}`, participant)), [], 'a consumer administers no brand');
    assert.equal((await call('GET', C)).status, 401);
  });

  test('detail: admin view for the brand, public view of a published campaign for anyone else, else 404', async () => {
    const { brandA, adminA, adminB } = await twoBrands();
    const campaign = await create(adminA, brandA);
    assert.equal((await call('GET', `${C}/${campaign.id}`, undefined, adminA)).body.data.view, 'admin');
    assert.equal((await call('GET', `${C}/${campaign.id}`)).status, 404, 'a draft is not public (and is now cached as a draft)');
    assert.equal((await call('GET', `${C}/${campaign.id}`, undefined, adminB)).status, 404);

    await publish(adminA, campaign.id);
    const pub = await call('GET', `${C}/${campaign.id}`);
    assert.equal(pub.status, 200, 'visible the moment it is published: the cached draft was invalidated');
    assert.deepEqual(Object.keys(pub.body.data).sort(), ['brandId', 'coverImage', 'description', 'endTime', 'formFields', 'id', 'name', 'price', 'quota', 'seatsLeft', 'startTime', 'status', 'view']); // the quota and seats left: the H5 page shows 限额 N 名, 剩余 N 名
    assert.deepEqual([pub.body.data.view, pub.body.data.quota, pub.body.data.seatsLeft], ['public', 100, 100]);
    const asOther = await call('GET', `${C}/${campaign.id}`, undefined, adminB);
    assert.deepEqual([asOther.body.data.view, asOther.body.data.rewardLevels], ['public', undefined], 'another brand admin gets only what consumers get');
    assert.equal((await call('GET', `${C}/99999999999`)).status, 404);
    assert.equal((await call('GET', `${C}/abc`)).status, 400);
  });

  test('the public view counts the seats left: quota minus pending and paid orders, 0 when full, null when unlimited', async () => {
    const { brandA, adminA } = await twoBrands();
    const campaign = await create(adminA, brandA, { quota: 2 });
    await publish(adminA, campaign.id);
    const seatsLeft = async () => (await call('GET', `${C}/${campaign.id}`)).body.data.seatsLeft;
    assert.equal(await seatsLeft(), 2);
    await createOrder(campaign.id, nextPhone());
    assert.equal(await seatsLeft(), 1, 'a pending order holds a seat');
    await createOrder(campaign.id, nextPhone());
    assert.equal(await seatsLeft(), 0);
    const phone = nextPhone();
    const third = await call('POST', '/api/v1/orders', { campaignId: campaign.id, phone, formData: { name: '测试用户', phone } });
    assert.deepEqual([third.status, third.body.code], [409, 40004], 'no seat left: the sign-up is refused, as the page says');
    assert.equal(await seatsLeft(), 0);

    const unlimited = await create(adminA, brandA, { quota: null });
    await publish(adminA, unlimited.id);
    await createOrder(unlimited.id, nextPhone());
    assert.deepEqual([(await call('GET', `${C}/${unlimited.id}`)).body.data.quota, (await call('GET', `${C}/${unlimited.id}`)).body.data.seatsLeft], [null, null]);
  });

  test('publish → an order is accepted at once; unpublish or delete → refused at once', async () => {
    const { brandA, adminA } = await twoBrands();
    const campaign = await create(adminA, brandA);
    const draftOrder = await order(campaign.id, { name: '张三', phone: nextPhone() });
    assert.deepEqual([draftOrder.status, draftOrder.body.code], [409, 40005], 'a draft takes no sign-up');

    await publish(adminA, campaign.id);
    const placed = await order(campaign.id, { name: '张三', phone: nextPhone(), city: '上海' });
    assert.equal(placed.status, 201, JSON.stringify(placed.body));

    // A form change applies to the very next order (the sign-up cache was invalidated).
    const withAge = [...FORM, { key: 'age', label: '年龄', type: 'number', required: true, min: 18 }];
    assert.equal((await call('PUT', `${C}/${campaign.id}`, { formFields: withAge }, adminA)).status, 200);
    const missing = await order(campaign.id, { name: '李四', phone: nextPhone() });
    assert.deepEqual([missing.status, fieldsOf(missing)], [400, ['body.formData.age']]);
    const young = await order(campaign.id, { name: '李四', phone: nextPhone(), age: 16 });
    assert.deepEqual(young.body.data.errors.map((e: any) => e.code), ['too_small']);
    assert.equal((await order(campaign.id, { name: '李四', phone: nextPhone(), age: 30 })).status, 201);

    const unpublished = await call('POST', `${C}/${campaign.id}/unpublish`, undefined, adminA);
    assert.deepEqual([unpublished.status, unpublished.body.data.status], [200, 'paused']);
    const refused = await order(campaign.id, { name: '王五', phone: nextPhone(), age: 30 });
    assert.deepEqual([refused.status, refused.body.code], [409, 40005]);
    assert.equal((await call('GET', `${C}/${campaign.id}`)).status, 404);

    await publish(adminA, campaign.id);
    assert.equal((await order(campaign.id, { name: '王五', phone: nextPhone(), age: 30 })).status, 201);
    const deleted = await call('DELETE', `${C}/${campaign.id}`, undefined, adminA);
    assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
    const gone = await order(campaign.id, { name: '赵六', phone: nextPhone(), age: 30 });
    assert.deepEqual([gone.status, gone.body.code], [404, 40401]);
    assert.equal((await call('GET', `${C}/${campaign.id}`)).status, 404);
    assert.equal((await call('GET', `${C}/${campaign.id}`, undefined, adminA)).status, 404, 'deleted for its admins too');
    assert.equal((await call('PUT', `${C}/${campaign.id}`, { name: 'again' }, adminA)).status, 404);
    const audits = await rows<any>("SELECT action FROM audit_logs WHERE resource = 'campaign' AND resource_id = ? ORDER BY id", [campaign.id]);
    assert.deepEqual(audits.map((a) => a.action), ['campaign.create', 'campaign.publish', 'campaign.update', 'campaign.unpublish', 'campaign.publish', 'campaign.delete']);

    const ended = await create(adminA, brandA);
    await call('PUT', `${C}/${ended.id}`, { startTime: iso(-3 * DAY), endTime: iso(-DAY) }, adminA);
    const late = await call('POST', `${C}/${ended.id}/publish`, undefined, adminA);
    assert.deepEqual([late.status, late.body.code], [409, 40003], 'an ended campaign cannot be published');
  });

  test('update: audited with before and after; quota never below seats taken; the rule checked against the price', async () => {
    const { brandA, adminA } = await twoBrands();
    const campaign = await create(adminA, brandA, { quota: 3 });
    await publish(adminA, campaign.id);
    await createOrder(campaign.id, nextPhone());
    await createOrder(campaign.id, nextPhone());

    const updated = await call('PUT', `${C}/${campaign.id}`, { price: '120.00', name: '新名字', description: null }, adminA);
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    assert.deepEqual([updated.body.data.price, updated.body.data.name, updated.body.data.seatsTaken], ['120.00', '新名字', 2]);
    const audit = await one<any>("SELECT before_data, after_data FROM audit_logs WHERE resource = 'campaign' AND resource_id = ? AND action = 'campaign.update'", [campaign.id]);
    assert.deepEqual([json(audit.before_data).price, json(audit.after_data).price], ['99.00', '120.00']);
    assert.equal((await createOrder(campaign.id, nextPhone())).amount, '120.00', 'the new price applies to the next order');

    const below = await call('PUT', `${C}/${campaign.id}`, { quota: 2 }, adminA);
    assert.deepEqual([below.status, fieldsOf(below), below.body.data.errors[0].code], [400, ['body.quota'], 'below_seats_taken']);
    assert.equal((await call('PUT', `${C}/${campaign.id}`, { quota: 3 }, adminA)).status, 200);
    const full = await order(campaign.id, { name: '满员', phone: nextPhone() });
    assert.deepEqual([full.status, full.body.code], [409, 40004]);

    const cheap = await call('PUT', `${C}/${campaign.id}`, { price: '15.00' }, adminA);
    assert.deepEqual([cheap.status, fieldsOf(cheap)], [400, ['body.price']], 'rewards of 17.00 exceed a price of 15.00');
    const row = await one<any>('SELECT price, quota FROM campaigns WHERE id = ?', [campaign.id]);
    assert.deepEqual([row.price, Number(row.quota)], ['120.00', 3], 'a refused update changes nothing');
    assert.equal((await call('PUT', `${C}/${campaign.id}`, {}, adminA)).status, 400, 'an empty change is refused');
  });

  test("tenant isolation: brand A's admin gets 404 for brand B's campaign on every id endpoint", async () => {
    const { brandB, adminA, adminB } = await twoBrands();
    const campaign = await create(adminB, brandB);
    const saved = await call('PUT', `${C}/${campaign.id}/page-config`, { blocks: [{ id: 'f', type: 'form' }] }, adminB);
    assert.equal(saved.status, 201, JSON.stringify(saved.body));
    const attempts: [string, string, unknown?][] = [
      ['GET', `${C}/${campaign.id}`],
      ['PUT', `${C}/${campaign.id}`, { name: 'hijack' }],
      ['DELETE', `${C}/${campaign.id}`],
      ['GET', `${C}/${campaign.id}/stats`],
      ['POST', `${C}/${campaign.id}/publish`],
      ['POST', `${C}/${campaign.id}/unpublish`],
      ['GET', `${C}/${campaign.id}/page-config`],
      ['PUT', `${C}/${campaign.id}/page-config`, { blocks: [{ id: 'x', type: 'spacer', height: 8 }] }],
      ['POST', `${C}/${campaign.id}/page-config/publish`, { version: 1 }],
      ['GET', `${C}/${campaign.id}/page`],
    ];
    for (const [method, path, body] of attempts) {
      const answer = await call(method, path, body, adminA);
      assert.deepEqual([answer.status, answer.body.code], [404, 40400], `${method} ${path}`);
      const unknown = await call(method, path.replace(campaign.id, '99999999999'), body, adminA);
      assert.deepEqual([unknown.body.code, unknown.body.message], [answer.body.code, answer.body.message], 'same answer as for no campaign');
    }
    const row = await one<any>('SELECT name, status, deleted_at FROM campaigns WHERE id = ?', [campaign.id]);
    assert.deepEqual([row.name, row.status, row.deleted_at], [campaign.name, 'draft', null], 'nothing changed');
    assert.equal((await one<any>('SELECT COUNT(*) AS n FROM page_configs WHERE campaign_id = ?', [campaign.id])).n, '1');
  });

  test('page config: versions saved, rich text sanitised, one version published and served at once', async () => {
    const { brandA, adminA } = await twoBrands();
    const campaign = await create(adminA, brandA);
    const P = `${C}/${campaign.id}`;
    const v1 = await call('PUT', `${P}/page-config`, {
      title: '春季',
      blocks: [
        { id: 'banner', type: 'banner', imageUrl: 'https://cdn.example.com/b.jpg', title: '品鉴会' },
        { id: 'intro', type: 'richText', html: '<p onclick="x()">好<strong>喝</strong><script>alert(1)</script></p>' },
        { id: 'form', type: 'form', submitText: '报名' },
        { id: 'count', type: 'countdown', target: 'end' },
        { id: 'share', type: 'share', title: '一起来' },
      ],
    }, adminA);
    assert.equal(v1.status, 201, JSON.stringify(v1.body));
    assert.deepEqual([v1.body.data.version, v1.body.data.status], [1, 'draft']);
    assert.equal(v1.body.data.config.blocks[1].html, '<p>好<strong>喝</strong></p>', 'no script, no handler');
    const stored = await one<any>('SELECT config FROM page_configs WHERE campaign_id = ? AND version = 1', [campaign.id]);
    assert.doesNotMatch(JSON.stringify(json(stored.config)), /script|onclick/);

    const v2 = await call('PUT', `${P}/page-config`, { blocks: [{ id: 'img', type: 'image', url: 'https://cdn.example.com/2.png' }, { id: 'form', type: 'form' }] }, adminA);
    assert.equal(v2.body.data.version, 2);
    const bad = await call('PUT', `${P}/page-config`, { blocks: [{ id: 'x', type: 'marquee' }] }, adminA);
    assert.deepEqual([bad.status, fieldsOf(bad)], [400, ['body.blocks.0.type']]);
    const badUrl = await call('PUT', `${P}/page-config`, { blocks: [{ id: 'x', type: 'image', url: 'javascript:alert(1)' }] }, adminA);
    assert.deepEqual([badUrl.status, fieldsOf(badUrl)], [400, ['body.blocks.0.url']]);
    const extra = await call('PUT', `${P}/page-config`, { blocks: [{ id: 'x', type: 'form', onSubmit: 'x' }] }, adminA);
    assert.match(JSON.stringify(extra.body.data.errors), /onSubmit/);

    let admin = (await call('GET', `${P}/page-config`, undefined, adminA)).body.data;
    assert.deepEqual([admin.draft.version, admin.published, admin.versions.map((v: any) => v.version)], [2, null, [2, 1]]);

    await publish(adminA, campaign.id);
    assert.equal((await call('GET', `${P}/page`)).status, 404, 'no page published yet');
    const pub1 = await call('POST', `${P}/page-config/publish`, { version: 1 }, adminA);
    assert.deepEqual([pub1.status, pub1.body.data.status], [200, 'published']);
    const page1 = await call('GET', `${P}/page`);
    assert.deepEqual([page1.status, page1.body.data.version, page1.body.data.campaign.id], [200, 1, campaign.id]);
    assert.equal(page1.body.data.config.blocks.length, 5);

    await call('POST', `${P}/page-config/publish`, { version: 2 }, adminA);
    assert.equal((await call('GET', `${P}/page`)).body.data.version, 2, 'the newly published version is served at once');
    admin = (await call('GET', `${P}/page-config`, undefined, adminA)).body.data;
    assert.deepEqual(admin.versions.map((v: any) => [v.version, v.status]), [[2, 'published'], [1, 'archived']]);
    assert.equal((await call('POST', `${P}/page-config/publish`, { version: 9 }, adminA)).status, 404);

    await call('POST', `${P}/unpublish`, undefined, adminA);
    assert.equal((await call('GET', `${P}/page`)).status, 404, "an unpublished campaign's page is not served");
    const audits = await rows<any>("SELECT action FROM audit_logs WHERE resource = 'campaign' AND resource_id = ? AND action LIKE 'campaign.page_config.%'", [campaign.id]);
    assert.deepEqual(audits.map((a) => a.action), ['campaign.page_config.save', 'campaign.page_config.save', 'campaign.page_config.publish', 'campaign.page_config.publish']);
  });

  test('stats: views, sign-ups, paid orders, conversion, revenue, rewards and the per-distributor breakdown', async () => {
    const { brandA, adminA, adminB } = await twoBrands();
    const [top, middle, bottom] = await createDistributorChain(brandA, 3);
    const campaign = await create(adminA, brandA);
    await publish(adminA, campaign.id);

    // Three visitors; the first reloads twice (one view per visitor per window). Admin reads are not views.
    for (const ip of ['198.18.7.1', '198.18.7.2', '198.18.7.3', '198.18.7.1', '198.18.7.1']) {
      assert.equal((await fromAddress(`${C}/${campaign.id}`, ip)).status, 200);
    }
    await call('GET', `${C}/${campaign.id}`, undefined, adminA);

    const paid = [
      await createOrder(campaign.id, nextPhone(), bottom.distributorId),
      await createOrder(campaign.id, nextPhone(), bottom.distributorId),
      await createOrder(campaign.id, nextPhone(), middle.distributorId),
    ];
    await createOrder(campaign.id, nextPhone(), bottom.distributorId); // signed up, never paid
    await createOrder(campaign.id, nextPhone()); // no referrer, never paid
    for (const o of paid) assert.equal((await sendCallback(paidNotification(o.orderNo, 9900))).status, 200);
    await untilSettled();

    const answer = await call('GET', `${C}/${campaign.id}/stats`, undefined, adminA);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const stats = answer.body.data;
    assert.deepEqual(
      [stats.views, stats.signups, stats.paidOrders, stats.refundedOrders, stats.revenue, stats.rewardsPaid, stats.rewardsPending],
      [3, 5, 3, 0, '297.00', '49.00', '0.00'],
    );
    assert.deepEqual(stats.conversion, { paidPerView: 1, paidPerSignup: 0.6 });
    const byId = new Map(stats.distributors.items.map((d: any) => [d.distributorId, d]));
    assert.equal(stats.distributors.total, 3);
    const row = (d: { distributorId: string }) => {
      const s: any = byId.get(d.distributorId);
      return [s.orders, s.paidOrders, s.revenue, s.rewards.level1, s.rewards.level2, s.rewards.level3, s.rewards.total];
    };
    assert.deepEqual(row(bottom), [3, 2, '198.00', '20.00', '0.00', '0.00', '20.00']);
    assert.deepEqual(row(middle), [1, 1, '99.00', '10.00', '10.00', '0.00', '20.00']);
    assert.deepEqual(row(top), [0, 0, '0.00', '0.00', '5.00', '4.00', '9.00']);
    assert.deepEqual(stats.distributors.items.map((d: any) => d.distributorId), [bottom.distributorId, middle.distributorId, top.distributorId], 'by revenue');

    const paged = (await call('GET', `${C}/${campaign.id}/stats?pageSize=1&page=2`, undefined, adminA)).body.data.distributors;
    assert.deepEqual([paged.total, paged.items.map((d: any) => d.distributorId)], [3, [middle.distributorId]]);

    const refused = await call('DELETE', `${C}/${campaign.id}`, undefined, adminA);
    assert.deepEqual([refused.status, refused.body.code], [409, 40910], 'a campaign with paid orders is not deleted');
    assert.equal((await call('GET', `${C}/${campaign.id}/stats`, undefined, adminB)).status, 404);
    assert.equal((await call('GET', `${C}/${campaign.id}/stats`)).status, 401);
  });
});
