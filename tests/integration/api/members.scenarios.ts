import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import Redis from 'ioredis';
import { API_URL, call, login, waitFor } from '../support/api-client';
import { db, one, rows } from '../support/db';
import { createBrand, createBrandAdmin, createCampaign, createDistributorChain, createUser, FORM_FIELDS, nextPhone } from '../support/factories';
import { paidNotification, sendCallback } from '../support/payer';
import { currentStack, untilSettled } from '../support/suite';

const M = '/api/v1/members';
const hex = (n: number) => randomBytes(n).toString('hex');
const newUnionid = () => `oUnion_${hex(11)}`;
const newOpenid = () => `oOpen_${hex(11)}`;
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as any;

interface Signup {
  unionid?: string;
  openid?: string;
  formData?: Record<string, unknown>;
  referrerId?: string;
}

/** A consumer's sign-up through the real order endpoint (which matches the member). */
async function signup(campaignId: string, phone: string, s: Signup = {}): Promise<{ orderId: string; orderNo: string }> {
  const body = { campaignId, phone, formData: { name: '测试用户', phone, ...s.formData }, unionid: s.unionid, openid: s.openid, referrerId: s.referrerId };
  const answer = await call('POST', '/api/v1/orders', body);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.data;
}

const memberOf = async (orderId: string): Promise<string | null> => (await one<any>('SELECT member_id FROM orders WHERE id = ?', [orderId])).member_id;

/** A campaign whose form also asks for the city (so the profile has something to fill). */
async function campaignWithCity(brandId: string): Promise<string> {
  const id = await createCampaign(brandId);
  await db().query('UPDATE campaigns SET form_fields = ? WHERE id = ?', [JSON.stringify([...FORM_FIELDS, { key: 'city', label: '城市', type: 'text' }]), id]);
  return id;
}

async function tokenOf(user: { username: string; password: string }): Promise<string> {
  return login(user.username, user.password);
}

async function listAll(token: string, query = ''): Promise<any[]> {
  const answer = await call('GET', `${M}?pageSize=100${query}`, undefined, token);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.data.items;
}

async function download(path: string, token: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(`${API_URL}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(30_000) });
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

async function finishedExport(id: string, token: string): Promise<{ job: any; seen: number[] }> {
  const seen: number[] = [];
  const job = await waitFor(`export ${id}`, async () => {
    const answer = await call('GET', `${M}/exports/${id}`, undefined, token);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    seen.push(answer.body.data.done);
    assert.notEqual(answer.body.data.status, 'failed', JSON.stringify(answer.body.data));
    return answer.body.data.status === 'done' && answer.body.data;
  }, 60_000, 20);
  return { job, seen };
}

function redis(): Redis {
  const { host, port } = currentStack().cfg.redis;
  return new Redis({ host, port, lazyConnect: false, maxRetriesPerRequest: 1 });
}

describe('members', () => {
  const w = {} as {
    brandA: string; brandB: string; campaignA1: string; campaignA2: string; campaignA3: string; campaignB1: string;
    adminA: string; adminB: string; platform: string; participant: string;
  };

  before(async () => {
    w.brandA = await createBrand();
    w.brandB = await createBrand();
    w.campaignA1 = await campaignWithCity(w.brandA);
    w.campaignA2 = await campaignWithCity(w.brandA);
    w.campaignA3 = await campaignWithCity(w.brandA);
    w.campaignB1 = await campaignWithCity(w.brandB);
    w.adminA = await tokenOf(await createBrandAdmin(w.brandA));
    w.adminB = await tokenOf(await createBrandAdmin(w.brandB));
    w.platform = await tokenOf(await createUser('platform_admin'));
    w.participant = await tokenOf(await createUser('participant'));
  });

  describe('matching at sign-up', () => {
    test('a sign-up creates the member: UnionID, openid, profile from the form, a link to the brand; a second one counts on it', async () => {
      const phone = nextPhone();
      const unionid = newUnionid();
      const openid = newOpenid();
      const first = await signup(w.campaignA1, phone, { unionid, openid, formData: { name: '李雷', city: '杭州' } });
      const memberId = await memberOf(first.orderId);
      assert.ok(memberId, 'the order carries its member');
      const member = await one<any>('SELECT unionid, openid, phone, status, first_source FROM members WHERE id = ?', [memberId]);
      assert.deepEqual([member.unionid, member.openid, member.phone, member.status, member.first_source], [unionid, openid, phone, 'active', `campaign:${w.campaignA1}`]);
      const profile = await one<any>('SELECT real_name, city FROM member_profiles WHERE member_id = ?', [memberId]);
      assert.deepEqual([profile.real_name, profile.city], ['李雷', '杭州']);

      const second = await signup(w.campaignA2, phone, { unionid, formData: { name: '韩梅梅', city: '北京' } });
      assert.equal(await memberOf(second.orderId), memberId, 'the same UnionID is the same member');
      assert.equal((await one<any>('SELECT COUNT(*) AS n FROM members WHERE unionid = ?', [unionid])).n, '1');
      const links = await rows<any>('SELECT brand_id, first_campaign_id, order_count, last_order_at FROM member_brand_links WHERE member_id = ?', [memberId]);
      assert.deepEqual(links.map((l) => [String(l.brand_id), String(l.first_campaign_id), Number(l.order_count)]), [[w.brandA, w.campaignA1, 2]]);
      assert.ok(links[0].last_order_at, 'last seen');
      const kept = await one<any>('SELECT real_name, city FROM member_profiles WHERE member_id = ?', [memberId]);
      assert.deepEqual([kept.real_name, kept.city], ['李雷', '杭州'], 'what the profile has is not overwritten by a later form');
    });

    test('a member known only by phone gets the UnionID when the person signs up through WeChat', async () => {
      const phone = nextPhone();
      const first = await signup(w.campaignA1, phone);
      const memberId = await memberOf(first.orderId);
      assert.equal((await one<any>('SELECT unionid FROM members WHERE id = ?', [memberId])).unionid, `phone:${phone}`);
      assert.equal((await call('GET', `${M}/${memberId}`, undefined, w.adminA)).body.data.unionid, null, 'no UnionID yet');

      const unionid = newUnionid();
      const second = await signup(w.campaignB1, phone, { unionid });
      assert.equal(await memberOf(second.orderId), memberId, 'found by phone');
      assert.equal((await one<any>('SELECT unionid FROM members WHERE id = ?', [memberId])).unionid, unionid, 'the UnionID is filled in');
      const brands = await rows<any>('SELECT brand_id FROM member_brand_links WHERE member_id = ? ORDER BY brand_id', [memberId]);
      assert.deepEqual(brands.map((b) => String(b.brand_id)), [w.brandA, w.brandB]);
    });

    test('a phone held by another UnionID is not merged silently: a separate member, flagged', async () => {
      const phone = nextPhone();
      const first = await signup(w.campaignA1, phone, { unionid: newUnionid() });
      const other = newUnionid();
      const second = await signup(w.campaignB1, phone, { unionid: other });
      const [m1, m2] = [await memberOf(first.orderId), await memberOf(second.orderId)];
      assert.notEqual(m1, m2);
      const flagged = await one<any>('SELECT unionid, conflict_member_id FROM members WHERE id = ?', [m2]);
      assert.deepEqual([flagged.unionid, String(flagged.conflict_member_id)], [other, m1]);
      assert.equal((await call('GET', `${M}/${m2}`, undefined, w.platform)).body.data.conflictMemberId, m1);
    });

    test('sign-ups of the same person at the same time make one member', async () => {
      const people = Array.from({ length: 4 }, () => ({ phone: nextPhone(), unionid: newUnionid() }));
      const orders = await Promise.all(
        people.flatMap((p) => [
          signup(w.campaignA1, p.phone, { unionid: p.unionid }),
          signup(w.campaignB1, p.phone, { unionid: p.unionid }),
          signup(w.campaignA3, p.phone),
        ]),
      );
      for (const [i, p] of people.entries()) {
        const members = await rows<any>('SELECT id, unionid FROM members WHERE phone = ?', [p.phone]);
        assert.deepEqual(members.map((m) => m.unionid), [p.unionid], 'one member, with the UnionID');
        const mine = orders.slice(i * 3, i * 3 + 3);
        for (const o of mine) assert.equal(await memberOf(o.orderId), String(members[0].id));
        const links = await rows<any>('SELECT brand_id, order_count FROM member_brand_links WHERE member_id = ? ORDER BY brand_id', [members[0].id]);
        assert.deepEqual(links.map((l) => [String(l.brand_id), Number(l.order_count)]), [[w.brandA, 2], [w.brandB, 1]]);
      }
    });

    test('a match that fails keeps the order; the re-drive matches it later, with its UnionID, once', async () => {
      const phone = nextPhone();
      const unionid = newUnionid();
      const connection = await db().getConnection();
      let orderId: string;
      try {
        // Hold the member lock of this phone: the API's matching waits for it, gives up, and must keep the order.
        await connection.query('SELECT GET_LOCK(?, 0)', [`dmh:member:${phone}`]);
        orderId = (await signup(w.campaignA1, phone, { unionid })).orderId;
      } finally {
        await connection.query('SELECT RELEASE_LOCK(?)', [`dmh:member:${phone}`]);
        connection.release();
      }
      assert.equal(await memberOf(orderId), null, 'the order exists without a member');
      assert.equal((await one<any>('SELECT COUNT(*) AS n FROM members WHERE phone = ?', [phone])).n, '0');

      assert.equal((await call('POST', `${M}/matching/redrive`, { olderThanSeconds: 0 }, w.adminA)).status, 403, 'platform admins only');
      const redrive = await call('POST', `${M}/matching/redrive`, { olderThanSeconds: 0, limit: 1000 }, w.platform);
      assert.equal(redrive.status, 200, JSON.stringify(redrive.body));
      assert.ok(redrive.body.data.matched >= 1);
      const memberId = await memberOf(orderId);
      assert.ok(memberId);
      assert.equal((await one<any>('SELECT unionid FROM members WHERE id = ?', [memberId])).unionid, unionid, 'the UnionID was kept for the retry');
      await call('POST', `${M}/matching/redrive`, { olderThanSeconds: 0, limit: 1000 }, w.platform);
      assert.equal((await one<any>('SELECT order_count FROM member_brand_links WHERE member_id = ?', [memberId])).order_count, 1, 'counted once');
    });

    test('the sign-up body validates the WeChat identities', async () => {
      const phone = nextPhone();
      const answer = await call('POST', '/api/v1/orders', { campaignId: w.campaignA1, phone, formData: { name: 'x', phone }, unionid: 'bad id!' });
      assert.equal(answer.status, 400);
      assert.equal(answer.body.data.errors[0].field, 'body.unionid');
    });
  });

  describe('list, detail and profile', () => {
    const v = {} as { memberA: string; memberB: string; memberAB: string; name: string; phoneA: string };

    before(async () => {
      v.name = `王${hex(3)}`;
      v.phoneA = nextPhone();
      v.memberA = (await memberOf((await signup(w.campaignA2, v.phoneA, { unionid: newUnionid(), formData: { name: v.name, city: '南京' } })).orderId))!;
      v.memberB = (await memberOf((await signup(w.campaignB1, nextPhone(), { unionid: newUnionid() })).orderId))!;
      const shared = { phone: nextPhone(), unionid: newUnionid() };
      v.memberAB = (await memberOf((await signup(w.campaignA2, shared.phone, { unionid: shared.unionid })).orderId))!;
      await signup(w.campaignB1, shared.phone, { unionid: shared.unionid });
    });

    test("a brand admin lists only its brands' members, with their phones (it holds member:read)", async () => {
      const ids = (await listAll(w.adminA)).map((m) => m.id);
      assert.ok(ids.includes(v.memberA) && ids.includes(v.memberAB));
      assert.ok(!ids.includes(v.memberB), "brand B's member is not listed for brand A");
      const mine = (await listAll(w.adminA, `&keyword=${encodeURIComponent(v.name)}`));
      assert.deepEqual(mine.map((m) => [m.id, m.phone, m.phoneMasked, m.realName, m.city]), [[v.memberA, v.phoneA, false, v.name, '南京']]);
      assert.deepEqual((await listAll(w.adminA, `&keyword=${v.phoneA.slice(3)}`)).map((m) => m.id), [v.memberA], 'by part of the phone');
      assert.deepEqual(await listAll(w.adminA, `&brandId=${w.brandB}`), [], 'another brand matches nothing');
      const ofB = (await listAll(w.platform, `&brandId=${w.brandB}`)).map((m) => m.id);
      assert.ok(ofB.includes(v.memberB) && ofB.includes(v.memberAB) && !ofB.includes(v.memberA));
      assert.deepEqual((await listAll(w.adminA, `&createdFrom=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`)), []);
      assert.ok((await listAll(w.adminA, `&createdFrom=${encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())}`)).some((m) => m.id === v.memberA));
      const ab = (await listAll(w.adminA)).find((m) => m.id === v.memberAB);
      assert.deepEqual(ab.brandIds, [w.brandA], "only the caller's brands are shown");
    });

    test('pages are capped and stable; bad queries name the field', async () => {
      const all = await call('GET', `${M}?pageSize=1&page=1`, undefined, w.adminA);
      const next = await call('GET', `${M}?pageSize=1&page=2`, undefined, w.adminA);
      assert.equal(all.body.data.items.length, 1);
      assert.ok(all.body.data.total >= 3);
      assert.notEqual(all.body.data.items[0].id, next.body.data.items[0].id);
      for (const [query, field] of [['pageSize=101', 'query.pageSize'], ['role=admin', 'query'], ['createdFrom=yesterday', 'query.createdFrom'], ['status=gone', 'query.status']]) {
        const bad = await call('GET', `${M}?${query}`, undefined, w.adminA);
        assert.equal(bad.status, 400, query);
        assert.ok(JSON.stringify(bad.body.data.errors).includes(field), `${query}: ${JSON.stringify(bad.body.data.errors)}`);
      }
      assert.equal((await call('GET', M)).status, 401);
      assert.equal((await call('GET', M, undefined, w.participant)).status, 403);
      assert.equal((await call('GET', `${M}/abc`, undefined, w.adminA)).status, 400);
    });

    test("the detail is brand-scoped: another brand's member answers 404, a shared one shows only the caller's part", async () => {
      for (const [token, id] of [[w.adminA, v.memberB], [w.adminB, v.memberA], [w.adminA, '999999999']]) {
        const answer = await call('GET', `${M}/${id}`, undefined, token);
        assert.deepEqual([answer.status, answer.body.code], [404, 40400]);
      }
      const forA = (await call('GET', `${M}/${v.memberAB}`, undefined, w.adminA)).body.data;
      assert.deepEqual(forA.brandLinks.map((l: any) => l.brandId), [w.brandA]);
      assert.deepEqual(forA.orders.map((o: any) => o.brandId), [w.brandA]);
      const forB = (await call('GET', `${M}/${v.memberAB}`, undefined, w.adminB)).body.data;
      assert.deepEqual(forB.orders.map((o: any) => o.brandId), [w.brandB]);
      const all = (await call('GET', `${M}/${v.memberAB}`, undefined, w.platform)).body.data;
      assert.deepEqual(all.brandLinks.map((l: any) => l.brandId).sort(), [w.brandA, w.brandB].sort());
    });

    test('the detail carries the order history and the rewards paid on those orders', async () => {
      const chain = await createDistributorChain(w.brandA, 3);
      const phone = nextPhone();
      const order = await signup(w.campaignA3, phone, { unionid: newUnionid(), referrerId: chain[2].distributorId });
      const paid = await sendCallback(paidNotification(order.orderNo, 9900));
      assert.equal(paid.status, 200, JSON.stringify(paid.body));
      await untilSettled();
      const detail = (await call('GET', `${M}/${await memberOf(order.orderId)}`, undefined, w.adminA)).body.data;
      assert.deepEqual(detail.orders.map((o: any) => [o.orderNo, o.payStatus, o.amount]), [[order.orderNo, 'paid', '99.00']]);
      assert.deepEqual(detail.rewards.map((r: any) => [r.orderId, r.level, r.amount]).sort(), [[order.orderId, 1, '10.00'], [order.orderId, 2, '5.00'], [order.orderId, 3, '2.00']]);
      assert.deepEqual(detail.brandLinks.map((l: any) => [l.orderCount, l.totalSpent]), [[1, '99.00']]);
    });

    test('a profile update is applied and audited with before and after; foreign fields are refused', async () => {
      const change = { nickname: '新昵称', profile: { realName: '王二', city: '苏州', birthday: '1990-05-01', extra: { vip: true } } };
      const updated = await call('PUT', `${M}/${v.memberA}`, change, w.adminA);
      assert.equal(updated.status, 200, JSON.stringify(updated.body));
      assert.deepEqual([updated.body.data.nickname, updated.body.data.profile], ['新昵称', { realName: '王二', city: '苏州', birthday: '1990-05-01', address: null, extra: { vip: true } }]);
      const audit = await one<any>("SELECT before_data, after_data, brand_id FROM audit_logs WHERE action = 'member.update' AND resource_id = ? ORDER BY id DESC LIMIT 1", [v.memberA]);
      assert.deepEqual([json(audit.before_data).realName, json(audit.after_data).realName, String(audit.brand_id)], [v.name, '王二', w.brandA]);
      for (const field of ['phone', 'brandId', 'unionid']) {
        const bad = await call('PUT', `${M}/${v.memberA}`, { [field]: '13900000000' }, w.adminA);
        assert.equal(bad.status, 400);
        assert.match(JSON.stringify(bad.body.data.errors), new RegExp(field));
      }
      assert.equal((await call('PUT', `${M}/${v.memberA}`, { nickname: 'x' }, w.adminB)).status, 404);
    });
  });

  describe('tags', () => {
    test("tags belong to a brand: created, listed, renamed and deleted by that brand's admin only", async () => {
      const vip = await call('POST', `${M}/tags`, { brandId: w.brandA, name: 'VIP', color: '#ff0000' }, w.adminA);
      assert.equal(vip.status, 201, JSON.stringify(vip.body));
      assert.equal((await call('POST', `${M}/tags`, { brandId: w.brandA, name: 'VIP' }, w.adminA)).body.code, 40932);
      const noBrand = await call('POST', `${M}/tags`, { name: 'x' }, w.adminA);
      assert.deepEqual([noBrand.status, noBrand.body.code], [403, 40300], 'a tag of every brand is the platform admin\'s to make');
      const steal = await call('POST', `${M}/tags`, { brandId: w.brandB, name: 'steal' }, w.adminA);
      assert.deepEqual([steal.status, steal.body.data.errors], [404, [{ field: 'body.brandId', code: 'unknown', message: 'no such brand' }]]);
      assert.equal((await call('POST', `${M}/tags`, { brandId: w.brandA, name: 'y', memberCount: 5 }, w.adminA)).status, 400);
      const bTag = (await call('POST', `${M}/tags`, { brandId: w.brandB, name: 'B only' }, w.adminB)).body.data;
      const platformTag = (await call('POST', `${M}/tags`, { name: `全平台 ${hex(2)}` }, w.platform)).body.data;
      assert.equal(platformTag.brandId, null);

      const listed = (await call('GET', `${M}/tags`, undefined, w.adminA)).body.data.items.map((t: any) => t.id);
      assert.ok(listed.includes(vip.body.data.id) && listed.includes(platformTag.id) && !listed.includes(bTag.id));
      assert.equal((await call('PUT', `${M}/tags/${platformTag.id}`, { name: 'mine' }, w.adminA)).status, 403, 'platform tags are for platform admins');
      assert.equal((await call('PUT', `${M}/tags/${bTag.id}`, { name: 'mine' }, w.adminA)).status, 404);
      assert.equal((await call('DELETE', `${M}/tags/${bTag.id}`, undefined, w.adminA)).status, 404);
      const renamed = await call('PUT', `${M}/tags/${vip.body.data.id}`, { name: 'VVIP', color: null }, w.adminA);
      assert.deepEqual([renamed.status, renamed.body.data.name, renamed.body.data.color], [200, 'VVIP', null]);
      const audits = await rows<any>("SELECT action FROM audit_logs WHERE resource = 'member_tag' AND resource_id = ? ORDER BY id", [vip.body.data.id]);
      assert.deepEqual(audits.map((a) => a.action), ['member_tag.create', 'member_tag.update']);
    });

    test('bulk tagging is all or nothing, idempotent, brand-scoped, and deleting a tag takes it off everyone', async () => {
      const tag = (await call('POST', `${M}/tags`, { brandId: w.brandA, name: `bulk ${hex(2)}` }, w.adminA)).body.data;
      const members: string[] = [];
      for (let i = 0; i < 3; i++) members.push((await memberOf((await signup(w.campaignA1, nextPhone(), { unionid: newUnionid() })).orderId))!);
      const outsider = (await memberOf((await signup(w.campaignB1, nextPhone(), { unionid: newUnionid() })).orderId))!;
      const links = async () => Number((await one<any>('SELECT COUNT(*) AS n FROM member_tag_links WHERE tag_id = ?', [tag.id])).n);

      const add = { action: 'add', tagIds: [tag.id], memberIds: members };
      assert.deepEqual((await call('POST', `${M}/tags/bulk`, add, w.adminA)).body.data, { action: 'add', requested: 3, changed: 3, unchanged: 0 });
      assert.deepEqual((await call('POST', `${M}/tags/bulk`, add, w.adminA)).body.data, { action: 'add', requested: 3, changed: 0, unchanged: 3 }, 'a repeat changes nothing');
      assert.equal(await links(), 3);
      assert.deepEqual((await listAll(w.adminA, `&tagId=${tag.id}`)).map((m) => m.id).sort(), [...members].sort());

      const mixed = await call('POST', `${M}/tags/bulk`, { action: 'add', tagIds: [tag.id], memberIds: [...members, outsider] }, w.adminA);
      assert.equal(mixed.status, 404, "brand B's member cannot be tagged by brand A");
      const bTag = (await call('POST', `${M}/tags`, { brandId: w.brandB, name: `b ${hex(2)}` }, w.adminB)).body.data;
      assert.equal((await call('POST', `${M}/tags/bulk`, { action: 'add', tagIds: [bTag.id], memberIds: [members[0]] }, w.adminA)).status, 404);
      assert.equal((await call('POST', `${M}/tags/bulk`, { action: 'add', tagIds: [bTag.id], memberIds: [members[0]] }, w.adminB)).status, 404, "nor brand A's by brand B");
      assert.equal(await links(), 3, 'a refused bulk changes nothing');

      const remove = { action: 'remove', tagIds: [tag.id], memberIds: [members[0]] };
      assert.equal((await call('POST', `${M}/tags/bulk`, remove, w.adminA)).body.data.changed, 1);
      assert.equal((await call('POST', `${M}/tags/bulk`, remove, w.adminA)).body.data.changed, 0);
      const deleted = await call('DELETE', `${M}/tags/${tag.id}`, undefined, w.adminA);
      assert.deepEqual(deleted.body.data, { id: tag.id, unlinkedMembers: 2 });
      assert.equal(await links(), 0);
      assert.equal((await call('PUT', `${M}/tags/${tag.id}`, { name: 'gone' }, w.adminA)).status, 404);
    });
  });

  describe('merge', () => {
    test('orders, tags, brand links and profile move to the target in one audited transaction; no row is lost', async () => {
      const [brandM1, brandM2] = [await createBrand(), await createBrand()];
      const [m1a, m1b, m2a] = [await campaignWithCity(brandM1), await campaignWithCity(brandM1), await campaignWithCity(brandM2)];
      const adminM = await tokenOf(await createBrandAdmin(brandM1, brandM2));
      const src = { phone: nextPhone(), unionid: newUnionid() };
      const s = (await memberOf((await signup(m1a, src.phone, { unionid: src.unionid, formData: { city: '成都' } })).orderId))!;
      await signup(m1b, src.phone, { unionid: src.unionid });
      await signup(m2a, src.phone, { unionid: src.unionid });
      const t = (await memberOf((await signup(m1a, nextPhone(), { unionid: newUnionid() })).orderId))!;
      const tags = [];
      for (const name of ['t1', 't2', 't3']) tags.push((await call('POST', `${M}/tags`, { brandId: brandM1, name }, adminM)).body.data.id);
      await call('POST', `${M}/tags/bulk`, { action: 'add', tagIds: [tags[0], tags[1]], memberIds: [s] }, adminM);
      await call('POST', `${M}/tags/bulk`, { action: 'add', tagIds: [tags[1], tags[2]], memberIds: [t] }, adminM);

      const count = async (sql: string) => Number((await one<any>(sql, [s, t])).n);
      const before = {
        orders: await count('SELECT COUNT(*) AS n FROM orders WHERE member_id IN (?, ?)'),
        linkedOrders: await count('SELECT SUM(order_count) AS n FROM member_brand_links WHERE member_id IN (?, ?)'),
        brands: await count('SELECT COUNT(DISTINCT brand_id) AS n FROM member_brand_links WHERE member_id IN (?, ?)'),
        tags: await count('SELECT COUNT(DISTINCT tag_id) AS n FROM member_tag_links WHERE member_id IN (?, ?)'),
        members: Number((await one<any>('SELECT COUNT(*) AS n FROM members')).n),
      };
      assert.deepEqual(before, { orders: 4, linkedOrders: 4, brands: 2, tags: 3, members: before.members });

      assert.equal((await call('POST', `${M}/merge`, { sourceId: s, targetId: t }, w.adminA)).status, 404, "another brand's admin cannot merge them");
      const merged = await call('POST', `${M}/merge`, { sourceId: s, targetId: t }, adminM);
      assert.equal(merged.status, 200, JSON.stringify(merged.body));
      assert.deepEqual(merged.body.data, { sourceId: s, targetId: t, moved: { orders: 3, tagLinks: 1, brandLinks: 2 } });

      const onTarget = async (sql: string) => Number((await one<any>(sql, [t])).n);
      assert.equal(await onTarget('SELECT COUNT(*) AS n FROM orders WHERE member_id = ?'), before.orders, 'every order is on the target');
      assert.equal(await onTarget('SELECT SUM(order_count) AS n FROM member_brand_links WHERE member_id = ?'), before.linkedOrders);
      assert.equal(await onTarget('SELECT COUNT(*) AS n FROM member_brand_links WHERE member_id = ?'), before.brands);
      assert.equal(await onTarget('SELECT COUNT(*) AS n FROM member_tag_links WHERE member_id = ?'), before.tags);
      assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM members')).n), before.members, 'the source is kept');
      for (const table of ['orders', 'member_brand_links', 'member_tag_links']) {
        assert.equal(Number((await one<any>(`SELECT COUNT(*) AS n FROM ${table} WHERE member_id = ?`, [s])).n), 0, `${table} left on the source`);
      }
      const source = await one<any>('SELECT status, merged_into_id, unionid FROM members WHERE id = ?', [s]);
      assert.deepEqual([source.status, String(source.merged_into_id), source.unionid], ['merged', t, src.unionid]);
      assert.equal((await one<any>('SELECT city FROM member_profiles WHERE member_id = ?', [t])).city, '成都', "the target's missing profile fields come from the source");

      const audit = await one<any>("SELECT before_data, after_data FROM audit_logs WHERE action = 'member.merge' AND resource_id = ? ORDER BY id DESC LIMIT 1", [t]);
      const [b, a] = [json(audit.before_data), json(audit.after_data)];
      assert.deepEqual([b.source.member.id, b.source.orderIds.length, b.target.member.id, b.target.orderIds.length], [s, 3, t, 1]);
      assert.deepEqual([a.target.orderIds.length, a.source.member.status], [4, 'merged']);

      assert.equal((await call('POST', `${M}/merge`, { sourceId: t, targetId: t }, adminM)).body.code, 40930, 'not into itself');
      assert.equal((await call('POST', `${M}/merge`, { sourceId: s, targetId: t }, adminM)).body.code, 40931, 'not twice');
      assert.equal((await call('POST', `${M}/merge`, { sourceId: t, targetId: s }, adminM)).body.code, 40931, 'not into a merged one');
      const view = (await call('GET', `${M}/${s}`, undefined, adminM)).body.data;
      assert.deepEqual([view.status, view.mergedIntoId], ['merged', t]);

      const later = await signup(m1b, nextPhone(), { unionid: src.unionid });
      assert.equal(await memberOf(later.orderId), t, "a later sign-up with the source's UnionID lands on the target");
    });

    test("a member shared with a brand the caller cannot see is not the caller's to merge", async () => {
      const brandM = await createBrand();
      const campaignM = await campaignWithCity(brandM);
      const adminM = await tokenOf(await createBrandAdmin(brandM));
      const shared = { phone: nextPhone(), unionid: newUnionid() };
      const x = (await memberOf((await signup(campaignM, shared.phone, { unionid: shared.unionid })).orderId))!;
      await signup(w.campaignA1, shared.phone, { unionid: shared.unionid });
      const y = (await memberOf((await signup(campaignM, nextPhone(), { unionid: newUnionid() })).orderId))!;
      assert.equal((await call('GET', `${M}/${x}`, undefined, adminM)).status, 200, 'visible');
      assert.equal((await call('POST', `${M}/merge`, { sourceId: x, targetId: y }, adminM)).status, 404, 'but shared with brand A');
      assert.equal(Number((await one<any>('SELECT COUNT(*) AS n FROM orders WHERE member_id = ?', [x])).n), 2, 'nothing moved');
      assert.equal((await call('POST', `${M}/merge`, { sourceId: x, targetId: y }, w.platform)).status, 200, 'a platform admin may');
      assert.equal((await call('POST', `${M}/merge`, { sourceId: x, targetId: y, brandId: brandM }, w.platform)).status, 400);
    });
  });

  describe('export', () => {
    const e = {} as { brand: string; admin: string; ids: Set<string>; evil: string; phones: Map<string, string> };
    const N = 3000;

    before(async () => {
      e.brand = await createBrand();
      e.admin = await tokenOf(await createBrandAdmin(e.brand));
      const run = hex(4);
      const values = Array.from({ length: N }, (_, i) => [`oExport_${run}_${String(i).padStart(5, '0')}`, `170${run.slice(0, 3).replace(/\D/g, '0').padEnd(3, '0')}${String(i).padStart(5, '0')}`, i === 7 ? '=HYPERLINK("http://evil.example","x")' : `n${i}`]);
      for (let i = 0; i < N; i += 1000) {
        await db().query('INSERT INTO members (unionid, phone, nickname) VALUES ?', [values.slice(i, i + 1000)]);
      }
      await db().query(
        "INSERT INTO member_brand_links (member_id, brand_id, order_count, total_spent) SELECT id, ?, 1, '10.00' FROM members WHERE unionid LIKE ?",
        [e.brand, `oExport_${run}_%`],
      );
      const inserted = await rows<any>('SELECT id, phone, nickname FROM members WHERE unionid LIKE ?', [`oExport_${run}_%`]);
      e.ids = new Set(inserted.map((r) => String(r.id)));
      e.phones = new Map(inserted.map((r) => [String(r.id), r.phone]));
      e.evil = String(inserted.find((r) => r.nickname.startsWith('=')).id);
    });

    test('CSV: the filtered members streamed in batches with progress, downloaded only by their exporter, parsed back whole', async () => {
      const started = await call('POST', `${M}/export`, { format: 'csv' }, e.admin);
      assert.equal(started.status, 202, JSON.stringify(started.body));
      const { job, seen } = await finishedExport(started.body.data.id, e.admin);
      assert.deepEqual([job.total, job.done, job.fileUrl], [N, N, `${M}/exports/${job.id}/file`]);
      for (let i = 1; i < seen.length; i++) assert.ok(seen[i] >= seen[i - 1] && seen[i] <= N, 'progress only grows, up to the total');

      const client = redis();
      try {
        const pieces = await client.llen(`dmh:member-export:${job.id}:file`);
        assert.ok(pieces > 1, `the file was written in pieces as it was produced (${pieces})`);
        for (let i = 0; i < pieces; i++) assert.ok((await client.lindexBuffer(`dmh:member-export:${job.id}:file`, i))!.length <= 64 * 1024);
      } finally {
        client.disconnect();
      }

      const file = await download(job.fileUrl, e.admin);
      assert.deepEqual([file.status, file.type], [200, 'text/csv; charset=utf-8']);
      const records: string[][] = parseCsv(file.bytes, { bom: true });
      const header = records[0];
      const body = records.slice(1);
      assert.equal(body.length, N);
      assert.deepEqual(new Set(body.map((r) => r[header.indexOf('id')])), e.ids);
      const byId = new Map(body.map((r) => [r[header.indexOf('id')], r]));
      const some = [...e.ids][42];
      assert.equal(byId.get(some)![header.indexOf('phone')], e.phones.get(some), 'member:export: phones in full');
      assert.equal(byId.get(e.evil)![header.indexOf('nickname')], `'=HYPERLINK("http://evil.example","x")`, 'formula neutralised');
      assert.deepEqual([byId.get(some)![header.indexOf('orderCount')], byId.get(some)![header.indexOf('totalSpent')]], ['1', '0.00'], 'spend is what paid orders add up to');

      const otherAdmin = await download(job.fileUrl, w.adminA);
      assert.equal(otherAdmin.status, 404, 'only the creator (or a platform admin) downloads it');
      assert.equal((await call('GET', `${M}/exports/${job.id}`, undefined, w.adminA)).status, 404);
      assert.equal((await download(job.fileUrl, w.platform)).status, 200);
    });

    test('XLSX: streamed by the WorkbookWriter, read back with every row', async () => {
      const started = await call('POST', `${M}/export`, { format: 'xlsx', brandId: e.brand }, e.admin);
      const { job } = await finishedExport(started.body.data.id, e.admin);
      const file = await download(job.fileUrl, e.admin);
      assert.deepEqual([file.status, file.type], [200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('members')!;
      assert.equal(sheet.rowCount, N + 1);
      const header = (sheet.getRow(1).values as string[]).slice(1);
      const ids = new Set<string>();
      sheet.eachRow((row, n) => n > 1 && ids.add(String(row.getCell(header.indexOf('id') + 1).value)));
      assert.deepEqual(ids, e.ids);
    });

    test('phones are masked without member:export; naming another brand is refused', async () => {
      const [role] = await db().query<any>('INSERT INTO roles (code, name) VALUES (?, ?)', [`member_reader_${hex(3)}`, '会员只读']);
      await db().query("INSERT INTO role_permissions (role_id, permission_id) SELECT ?, id FROM permissions WHERE code = 'member:read'", [role.insertId]);
      const reader = await createUser('none');
      await db().query('INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)', [reader.userId, role.insertId]);
      await db().query('INSERT INTO user_brands (user_id, brand_id) VALUES (?, ?)', [reader.userId, e.brand]);
      const token = await tokenOf(reader);

      const listed = (await call('GET', `${M}?pageSize=5`, undefined, token)).body.data.items;
      assert.ok(listed.every((m: any) => m.phone === e.phones.get(m.id) && !m.phoneMasked), 'member:read of the brand shows phones in the list');
      const started = await call('POST', `${M}/export`, { format: 'csv', keyword: 'n1' }, token);
      const { job } = await finishedExport(started.body.data.id, token);
      const records: string[][] = parseCsv((await download(job.fileUrl, token)).bytes, { bom: true });
      const phone = records[0].indexOf('phone');
      assert.ok(records.length > 1);
      for (const r of records.slice(1)) assert.match(r[phone], /^\d{3}\*{4}\d{4}$/, 'masked without member:export');

      const foreign = await call('POST', `${M}/export`, { format: 'csv', brandId: e.brand }, w.adminA);
      assert.equal(foreign.status, 404, "naming another brand is refused like a missing one, not exported empty");
      assert.equal((await call('POST', `${M}/export`, { format: 'pdf' }, e.admin)).status, 400);
    });

    test('a file that is not ready answers 409; a job whose exporter stopped is reported failed', async () => {
      const client = redis();
      try {
        const me = await one<any>('SELECT user_id FROM user_brands WHERE brand_id = ? ORDER BY id LIMIT 1', [e.brand]);
        const now = new Date().toISOString();
        const job = { userId: String(me.user_id), format: 'csv', total: '10', done: '5', chunks: '0', bytes: '0', error: '', createdAt: now, finishedAt: '' };
        await client.hset('dmh:member-export:900000001', { ...job, id: '900000001', status: 'running', updatedAt: now });
        await client.hset('dmh:member-export:900000002', { ...job, id: '900000002', status: 'running', updatedAt: new Date(Date.now() - 3_600_000).toISOString() });
        const notReady = await call('GET', `${M}/exports/900000001/file`, undefined, e.admin);
        assert.deepEqual([notReady.status, notReady.body.code], [409, 40933]);
        assert.deepEqual((await call('GET', `${M}/exports/900000001`, undefined, e.admin)).body.data.done, 5);
        const stale = (await call('GET', `${M}/exports/900000002`, undefined, e.admin)).body.data;
        assert.deepEqual([stale.status, stale.error], ['failed', 'interrupted']);
      } finally {
        client.disconnect();
      }
    });
  });
});
