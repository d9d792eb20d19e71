import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { API_URL, call, createOrder, login } from '../support/api-client';
import { one, rows } from '../support/db';
import { createBrand, createBrandAdmin, createCampaign, createDistributorChain, createUser, nextPhone } from '../support/factories';
import { paidNotification, sendCallback } from '../support/payer';
import { untilSettled } from '../support/suite';
import { addDays, chinaDay } from '../../../api/src/reconciliation/bill-day';
import { DEFAULT_POSTER_TEMPLATE } from '../../../api/src/distributors/poster-template.schemas';
import { platformAdmin } from './money.helpers';

/**
 * The tenant-isolation matrix: two brands × every role × every endpoint that takes an id (in its path or
 * its body), called with the OTHER brand's ids. Each answer must be a refusal that reveals nothing: the
 * same status, code and message as for an id that does not exist. Where the caller may act on its own
 * brand's object, the very same request with its own brand's id must succeed, which proves the refusal
 * came from the brand check and not from a malformed request. Brand B's rows must be unchanged after all.
 *
 * Every operation of the served OpenAPI document with a path parameter must be listed below: a new route
 * with an id and no entry here fails the test, so the matrix grows with the API.
 */
const MISSING = '987654321';
const MISSING_SESSION = '0123456789abcdef0123456789abcdef';

interface World {
  brandA: string;
  brandB: string;
  campaignA: string;
  campaignB: string;
  orderA: string;
  orderB: string;
  orderNoB: string;
  memberA: string;
  memberB: string;
  tagA: string;
  tagB: string;
  linkA: string;
  linkB: string;
  applicationA: string;
  applicationB: string;
  withdrawalA: string;
  withdrawalB: string;
  exportA: string;
  exportB: string;
  distUserB: string;
  distUserA: string;
  distributorA: string;
  distributorB: string;
  topDistributorA: string;
  adminBUserId: string;
  sessionB: string;
  syncJobB: string;
  roleId: string;
  menuId: string;
  eventId: string;
  reconciliationId: string;
  syncRunA: string;
  syncRunB: string;
}

interface Case {
  /** `METHOD /api/v1/...{param}`, as in the OpenAPI document. */
  op: string;
  /** Path parameters and body aimed at brand B's object, and at a missing one. */
  target: (w: World, which: 'B' | 'missing') => { params: Record<string, string>; body?: unknown };
  /** The same request aimed at brand A's own object (brand A's admin should succeed), if it applies. */
  own?: (w: World) => { params: Record<string, string>; body?: unknown };
}

const PAGE = { blocks: [{ id: 'f1', type: 'form', title: '报名' }] };
const id = (key: keyof World) => (w: World, which: 'B' | 'missing') => ({ params: { id: which === 'B' ? w[key] : MISSING } });
const idWith = (key: keyof World, body: unknown) => (w: World, which: 'B' | 'missing') => ({ params: { id: which === 'B' ? w[key] : MISSING }, body });
const brandParam = (w: World, which: 'B' | 'missing') => ({ params: { brandId: which === 'B' ? w.brandB : MISSING } });
const userParam = (key: keyof World) => (w: World, which: 'B' | 'missing') => ({ params: { userId: which === 'B' ? w[key] : MISSING } });

const CASES: Case[] = [
  { op: 'GET /api/v1/brands/{id}', target: (w, x) => ({ params: { id: x === 'B' ? w.brandB : MISSING } }), own: (w) => ({ params: { id: w.brandA } }) },
  { op: 'PUT /api/v1/brands/{id}', target: (w, x) => ({ params: { id: x === 'B' ? w.brandB : MISSING }, body: { description: 'x' } }) },
  { op: 'GET /api/v1/campaigns/{id}/stats', target: id('campaignB'), own: (w) => ({ params: { id: w.campaignA } }) },
  { op: 'PUT /api/v1/campaigns/{id}', target: idWith('campaignB', { name: 'renamed by another brand' }), own: (w) => ({ params: { id: w.campaignA }, body: { name: 'renamed by its own brand' } }) },
  { op: 'DELETE /api/v1/campaigns/{id}', target: id('campaignB') },
  { op: 'POST /api/v1/campaigns/{id}/publish', target: id('campaignB'), own: (w) => ({ params: { id: w.campaignA } }) },
  { op: 'POST /api/v1/campaigns/{id}/unpublish', target: id('campaignB') },
  { op: 'GET /api/v1/campaigns/{id}/page-config', target: id('campaignB'), own: (w) => ({ params: { id: w.campaignA } }) },
  { op: 'PUT /api/v1/campaigns/{id}/page-config', target: idWith('campaignB', PAGE), own: (w) => ({ params: { id: w.campaignA }, body: PAGE }) },
  { op: 'POST /api/v1/campaigns/{id}/page-config/publish', target: idWith('campaignB', { version: 1 }) },
  {
    op: 'GET /api/v1/campaigns/{id}/page-config/versions/{version}',
    target: (w, x) => ({ params: { id: x === 'B' ? w.campaignB : MISSING, version: '1' } }),
    own: (w) => ({ params: { id: w.campaignA, version: '1' } }),
  },
  { op: 'POST /api/v1/campaigns/{id}/page-config/preview', target: id('campaignB'), own: (w) => ({ params: { id: w.campaignA } }) },
  { op: 'GET /api/v1/distributor/link/{id}/poster', target: id('linkB') },
  { op: 'GET /api/v1/distributor/statistics/{brandId}', target: brandParam, own: (w) => ({ params: { brandId: w.brandA } }) },
  { op: 'GET /api/v1/distributor/subordinates/{brandId}', target: brandParam },
  { op: 'POST /api/v1/distributor/{id}/approve', target: id('applicationB'), own: (w) => ({ params: { id: w.applicationA } }) },
  { op: 'POST /api/v1/distributor/{id}/reject', target: idWith('applicationB', { reason: 'no' }) },
  { op: 'GET /api/v1/distributor/{id}/links', target: id('distributorB'), own: (w) => ({ params: { id: w.distributorA } }) },
  // Own control: moving A's level-2 distributor under the upline it already has is a success that changes nothing.
  { op: 'POST /api/v1/distributor/{id}/upline', target: idWith('distributorB', { parentId: null }), own: (w) => ({ params: { id: w.distributorA }, body: { parentId: w.topDistributorA } }) },
  { op: 'GET /api/v1/distributor/poster-template/{brandId}', target: brandParam, own: (w) => ({ params: { brandId: w.brandA } }) },
  { op: 'PUT /api/v1/distributor/poster-template/{brandId}', target: (w, x) => ({ ...brandParam(w, x), body: DEFAULT_POSTER_TEMPLATE }) },
  { op: 'POST /api/v1/distributor/poster-template/{brandId}/preview', target: (w, x) => ({ ...brandParam(w, x), body: DEFAULT_POSTER_TEMPLATE }), own: (w) => ({ params: { brandId: w.brandA }, body: DEFAULT_POSTER_TEMPLATE }) },
  { op: 'GET /api/v1/members/{id}', target: id('memberB'), own: (w) => ({ params: { id: w.memberA } }) },
  { op: 'PUT /api/v1/members/{id}', target: idWith('memberB', { nickname: 'x' }), own: (w) => ({ params: { id: w.memberA }, body: { nickname: 'own' } }) },
  { op: 'PUT /api/v1/members/tags/{id}', target: idWith('tagB', { name: 'renamed' }), own: (w) => ({ params: { id: w.tagA }, body: { name: 'renamed own' } }) },
  { op: 'DELETE /api/v1/members/tags/{id}', target: id('tagB') },
  { op: 'GET /api/v1/members/exports/{id}', target: id('exportB'), own: (w) => ({ params: { id: w.exportA } }) },
  { op: 'GET /api/v1/members/exports/{id}/file', target: id('exportB') },
  { op: 'GET /api/v1/orders/{id}', target: id('orderB'), own: (w) => ({ params: { id: w.orderA } }) },
  { op: 'POST /api/v1/orders/{id}/refund', target: idWith('orderB', { reason: 'not yours' }) },
  // The status stream is the order's owner's only: brand B's order answers like a missing one (404).
  { op: 'GET /api/v1/orders/{orderNo}/events', target: (w, x) => ({ params: { orderNo: x === 'B' ? w.orderNoB : 'D20260101000000MISSING00000' } }) },
  // Balances and rewards are their owner's (and a platform admin's) only: brand admins are refused for
  // their own brand's distributors too, so there is no own-brand control here.
  { op: 'GET /api/v1/rewards/balance/{userId}', target: userParam('distUserB') },
  { op: 'GET /api/v1/rewards/{userId}', target: userParam('distUserB') },
  { op: 'GET /api/v1/rewards/{userId}/ledger', target: userParam('distUserB') },
  { op: 'GET /api/v1/withdrawals/{id}', target: id('withdrawalB'), own: (w) => ({ params: { id: w.withdrawalA } }) },
  { op: 'POST /api/v1/withdrawals/{id}/approve', target: id('withdrawalB') },
  { op: 'POST /api/v1/withdrawals/{id}/reject', target: idWith('withdrawalB', { reason: 'no' }) },
  { op: 'POST /api/v1/withdrawals/{id}/paid', target: idWith('withdrawalB', { payoutRef: 'X1' }) },
  { op: 'GET /api/v1/sync/targets/{brandId}', target: brandParam },
  { op: 'PUT /api/v1/sync/targets/{brandId}', target: (w, x) => ({ params: { brandId: x === 'B' ? w.brandB : MISSING }, body: { kind: 'mysql', host: '127.0.0.1', port: 3307, database: 'x', username: 'x', mapping: {} } }) },
  { op: 'DELETE /api/v1/sync/targets/{brandId}', target: brandParam },
  { op: 'POST /api/v1/sync/targets/{brandId}/test', target: brandParam },
  { op: 'POST /api/v1/sync/failures/{id}/retry', target: id('syncJobB') },
  { op: 'GET /api/v1/sync/reconciliations/{id}', target: id('syncRunB'), own: (w) => ({ params: { id: w.syncRunA } }) },
  // Platform-level objects: a brand's admin, a distributor and a participant are refused alike.
  { op: 'GET /api/v1/users/{id}', target: id('adminBUserId') },
  { op: 'PUT /api/v1/users/{id}/roles', target: idWith('adminBUserId', { roles: ['participant'] }) },
  { op: 'PUT /api/v1/users/{id}/brands', target: idWith('adminBUserId', { brandIds: [] }) },
  { op: 'POST /api/v1/users/{id}/disable', target: id('adminBUserId') },
  { op: 'POST /api/v1/users/{id}/enable', target: id('adminBUserId') },
  { op: 'POST /api/v1/users/{id}/unlock', target: id('adminBUserId') },
  { op: 'GET /api/v1/roles/{id}', target: id('roleId') },
  { op: 'PUT /api/v1/roles/{id}', target: idWith('roleId', { name: 'x' }) },
  { op: 'DELETE /api/v1/roles/{id}', target: id('roleId') },
  { op: 'PUT /api/v1/roles/{id}/permissions', target: idWith('roleId', { permissions: [] }) },
  { op: 'PUT /api/v1/roles/{id}/menus', target: idWith('roleId', { menuIds: [] }) },
  { op: 'PUT /api/v1/menus/{id}', target: idWith('menuId', { code: 'x', name: 'x' }) },
  { op: 'DELETE /api/v1/menus/{id}', target: id('menuId') },
  { op: 'POST /api/v1/security/events/{id}/handle', target: idWith('eventId', { note: 'x' }) },
  // A bill covers every brand of the merchant: reconciliations are the platform admin's only.
  { op: 'GET /api/v1/reconciliations/{id}', target: id('reconciliationId') },
  // A session id is 32 hex digits (the sessionId of login and /auth/userinfo): the missing one is of that form.
  { op: 'DELETE /api/v1/auth/sessions/{id}', target: (w, x) => ({ params: { id: x === 'B' ? w.sessionB : MISSING_SESSION } }) },
];

/** Operations with an id in the path that are public by design, or the caller's own by construction. */
const NOT_TENANT_SCOPED = new Set([
  'GET /api/v1/campaigns/{id}', // public view of a published campaign (admin view tested in campaigns.scenarios)
  'GET /api/v1/campaigns/{id}/page', // the published page, public
  'GET /api/v1/distributor/l/{code}', // the public short link
  'POST /api/v1/orders/{orderNo}/pay', // the consumer's own order number is the capability
  'POST /api/v1/orders/{orderNo}/pay/h5', // likewise (H5 pay)
  'POST /api/v1/orders/{orderNo}/pay/app', // likewise (APP pay)
]);

/** Operations that take another brand's id in their body. */
const BODY_CASES: { op: string; body: (w: World) => unknown }[] = [
  { op: 'POST /api/v1/campaigns', body: (w) => ({ brandId: w.brandB, name: 'x', price: '9.90', startTime: new Date().toISOString(), endTime: new Date(Date.now() + 86_400_000).toISOString(), formFields: [{ key: 'phone', label: '手机', type: 'phone', required: true }] }) },
  { op: 'POST /api/v1/distributor/link/generate', body: (w) => ({ campaignId: w.campaignB }) },
  { op: 'POST /api/v1/members/merge', body: (w) => ({ sourceId: w.memberB, targetId: w.memberA }) },
  { op: 'POST /api/v1/members/tags/bulk', body: (w) => ({ action: 'add', tagIds: [w.tagA], memberIds: [w.memberB] }) },
  { op: 'POST /api/v1/members/tags', body: (w) => ({ brandId: w.brandB, name: 'sneaky' }) },
  { op: 'POST /api/v1/members/export', body: (w) => ({ format: 'csv', brandId: w.brandB }) },
  { op: 'POST /api/v1/sync/failures/retry', body: (w) => ({ brandId: w.brandB }) },
  { op: 'POST /api/v1/sync/reconciliations', body: (w) => ({ brandId: w.brandB, from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' }) },
];

/**
 * Operations without an id that span every brand: platform admins only. Every role of brand A (and a
 * brand admin of no brand) is refused alike, with 403.
 */
const PLATFORM_ONLY = ['GET /api/v1/ops/overview', 'GET /api/v1/ops/metrics', 'GET /api/v1/reconciliations'];

let world: World;
const tokens: Record<string, string> = {};

async function ok<T = any>(answer: Promise<{ status: number; body: any }>, what: string): Promise<T> {
  const a = await answer;
  assert.ok(a.status >= 200 && a.status < 300, `${what}: ${a.status} ${JSON.stringify(a.body)}`);
  return a.body.data as T;
}

async function buildBrand(label: 'A' | 'B') {
  const brand = await createBrand();
  const admin = await createBrandAdmin(brand);
  const adminToken = await login(admin.username, admin.password);
  const campaign = await createCampaign(brand);
  const chain = await createDistributorChain(brand, 2);
  const distToken = await login(chain[1].username, chain[1].password);
  // A paid order referred by the level-2 distributor: rewards, balances, a member, a sync job.
  const phone = nextPhone();
  const order = await createOrder(campaign, phone, chain[1].distributorId);
  assert.equal((await sendCallback(paidNotification(order.orderNo, 9900))).status, 200);
  await untilSettled();
  const member = String((await one<any>('SELECT member_id FROM orders WHERE id = ?', [order.orderId])).member_id);
  assert.ok(member !== 'null', `brand ${label}'s order was matched to a member`);
  const tag = await ok(call('POST', '/api/v1/members/tags', { brandId: brand, name: `vip-${label}` }, adminToken), 'tag');
  const link = await ok(call('POST', '/api/v1/distributor/link/generate', { campaignId: campaign }, distToken), 'link');
  const withdrawal = await ok(call('POST', '/api/v1/withdrawals', { amount: '10.00', brandId: brand }, distToken), 'withdrawal');
  const exportJob = await ok(call('POST', '/api/v1/members/export', { format: 'csv', brandId: brand }, adminToken), 'export');
  const applicant = await createUser('participant');
  const application = await ok(call('POST', '/api/v1/distributor/apply', { brandId: brand }, await login(applicant.username, applicant.password)), 'apply');
  return { brand, admin, adminToken, campaign, chain, distToken, order, member, tag, link, withdrawal, exportJob, application };
}

describe('tenant isolation: brand A never reaches brand B', () => {
  before(async () => {
    const a = await buildBrand('A');
    const b = await buildBrand('B');
    const participant = await createUser('participant');
    const lonelyAdmin = await createBrandAdmin();
    tokens['brand A admin'] = a.adminToken;
    tokens['brand A distributor'] = a.distToken;
    tokens.participant = await login(participant.username, participant.password);
    tokens['brand admin of no brand'] = await login(lonelyAdmin.username, lonelyAdmin.password);
    const sessions = await ok<any>(call('GET', '/api/v1/auth/sessions', undefined, b.adminToken), 'sessions');
    // A forged callback leaves a security event to aim at.
    await sendCallback({ headers: { 'wechatpay-signature': 'forged', 'wechatpay-timestamp': String(Math.floor(Date.now() / 1000)), 'wechatpay-nonce': 'n', 'wechatpay-serial': 'x' }, body: Buffer.from('{}') });
    world = {
      brandA: a.brand, brandB: b.brand, campaignA: a.campaign, campaignB: b.campaign, orderA: a.order.orderId, orderB: b.order.orderId,
      orderNoB: b.order.orderNo, memberA: a.member, memberB: b.member, tagA: a.tag.id, tagB: b.tag.id, linkA: a.link.id, linkB: b.link.id,
      applicationA: a.application.id, applicationB: b.application.id, withdrawalA: a.withdrawal.id, withdrawalB: b.withdrawal.id,
      exportA: a.exportJob.id, exportB: b.exportJob.id, distUserA: a.chain[1].userId, distUserB: b.chain[1].userId,
      distributorA: a.chain[1].distributorId, distributorB: b.chain[1].distributorId, topDistributorA: a.chain[0].distributorId, adminBUserId: b.admin.userId,
      sessionB: String((sessions.items ?? sessions)[0].id),
      syncJobB: String((await one<any>('SELECT id FROM sync_jobs WHERE brand_id = ? ORDER BY id LIMIT 1', [b.brand])).id),
      roleId: String((await one<any>("SELECT id FROM roles WHERE code = 'participant'")).id),
      menuId: String((await one<any>('SELECT id FROM menus ORDER BY id LIMIT 1')).id),
      eventId: String((await one<any>('SELECT id FROM security_events ORDER BY id DESC LIMIT 1')).id),
      // A day long past, with no payment at the sandbox: an empty run, which repairs nothing of other tests.
      reconciliationId: String((await ok<any>(call('POST', '/api/v1/reconciliations', { billDate: addDays(chinaDay(new Date()), -80) }, (await platformAdmin()).token), 'reconciliation')).id),
      syncRunA: '', syncRunB: '',
    };
    // A recorded sync reconciliation of each brand (the last hour: its own orders only), started by a platform admin.
    const syncRun = async (brandId: string) => {
      const range = { brandId, from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString(), requeue: false };
      return String((await ok<any>(call('POST', '/api/v1/sync/reconciliations', range, (await platformAdmin()).token), 'sync reconciliation')).id);
    };
    world.syncRunA = await syncRun(a.brand);
    world.syncRunB = await syncRun(b.brand);
  }, { timeout: 300_000 });

  test('every operation with an id in its path is in the matrix', async () => {
    const doc = (await (await fetch(`${API_URL}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const withId = Object.entries(doc.paths).flatMap(([path, ops]) => (path.includes('{') ? Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`) : []));
    const covered = new Set([...CASES.map((c) => c.op), ...NOT_TENANT_SCOPED]);
    assert.deepEqual(withId.filter((op) => !covered.has(op)), [], 'operations with an id and no isolation case');
    for (const c of CASES) assert.ok(withId.includes(c.op), `${c.op} is still served`);
  });

  test("no role of brand A gets anything from brand B's ids in a path, and the answer reveals nothing", { timeout: 300_000 }, async () => {
    const before = await snapshotB();
    const leaks: string[] = [];
    for (const [role, token] of Object.entries(tokens)) {
      for (const c of CASES) {
        const onB = await send(c.op, c.target(world, 'B'), token);
        const onMissing = await send(c.op, c.target(world, 'missing'), token);
        const fingerprint = (a: Answer) => `${a.status} ${a.code} ${a.message}`;
        if (onB.status < 400 || ![401, 403, 404].includes(onB.status)) leaks.push(`${role}: ${c.op} on brand B answered ${onB.status}`);
        else if (fingerprint(onB) !== fingerprint(onMissing)) leaks.push(`${role}: ${c.op} tells B's object (${fingerprint(onB)}) from a missing one (${fingerprint(onMissing)})`);
      }
    }
    assert.deepEqual(leaks, []);
    assert.deepEqual(await snapshotB(), before, "brand B's data is unchanged");
  });

  test("the same requests on brand A's own objects succeed for brand A's admin: the refusals above came from the brand check", { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    for (const c of CASES.filter((x) => x.own)) {
      const answer = await send(c.op, c.own!(world), tokens['brand A admin']);
      if (answer.status >= 300) failures.push(`${c.op}: ${answer.status} ${answer.code} ${answer.message}`);
    }
    assert.deepEqual(failures, []);
  });

  test('operations that span every brand are refused to every role of brand A', async () => {
    const leaks: string[] = [];
    for (const [role, token] of Object.entries(tokens)) {
      for (const op of PLATFORM_ONLY) {
        const answer = await send(op, { params: {} }, token);
        if (answer.status !== 403) leaks.push(`${role}: ${op} answered ${answer.status}`);
      }
    }
    assert.deepEqual(leaks, []);
  });

  test("ids of brand B inside a request body are refused for every role of brand A, changing nothing", { timeout: 120_000 }, async () => {
    const before = await snapshotB();
    const leaks: string[] = [];
    for (const [role, token] of Object.entries(tokens)) {
      for (const c of BODY_CASES) {
        const answer = await send(c.op, { params: {}, body: c.body(world) }, token);
        if (answer.status < 400) leaks.push(`${role}: ${c.op} answered ${answer.status}`);
      }
    }
    assert.deepEqual(leaks, []);
    assert.deepEqual(await snapshotB(), before, "brand B's data is unchanged");
  });
});

interface Answer {
  status: number;
  code: unknown;
  message: unknown;
}

async function send(op: string, req: { params: Record<string, string>; body?: unknown }, token: string): Promise<Answer> {
  const [method, template] = op.split(' ');
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = req.params[name];
    assert.ok(value, `${op}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: req.body === undefined ? undefined : JSON.stringify(req.body),
    redirect: 'manual',
  });
  const text = await response.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* a PNG or a CSV: a success, judged by its status */
  }
  return { status: response.status, code: body?.code, message: body?.message };
}

/** Brand B's rows that any of the calls could have changed. */
async function snapshotB(): Promise<unknown> {
  const b = world.brandB;
  return {
    brand: await rows('SELECT name, description, status, settings FROM brands WHERE id = ?', [b]),
    campaigns: await rows('SELECT id, name, status, deleted_at, updated_at FROM campaigns WHERE brand_id = ? ORDER BY id', [b]),
    pages: await rows('SELECT p.id, p.version, p.status FROM page_configs p JOIN campaigns c ON c.id = p.campaign_id WHERE c.brand_id = ? ORDER BY p.id', [b]),
    orders: await rows('SELECT id, status, pay_status, member_id FROM orders WHERE brand_id = ? ORDER BY id', [b]),
    rewards: await rows('SELECT id, status, amount FROM rewards WHERE brand_id = ? ORDER BY id', [b]),
    balances: await rows('SELECT user_id, balance, frozen, total_withdrawn FROM user_balances WHERE user_id IN (SELECT user_id FROM distributors WHERE brand_id = ?) ORDER BY user_id', [b]),
    distributors: await rows('SELECT id, status, level, parent_id FROM distributors WHERE brand_id = ? ORDER BY id', [b]),
    withdrawals: await rows('SELECT id, status FROM withdrawals WHERE id = ?', [world.withdrawalB]),
    members: await rows('SELECT id, nickname, status, merged_into_id FROM members WHERE id = ?', [world.memberB]),
    tags: await rows('SELECT id, name FROM member_tags WHERE brand_id = ? ORDER BY id', [b]),
    tagLinks: await rows('SELECT member_id, tag_id FROM member_tag_links WHERE member_id = ? ORDER BY tag_id', [world.memberB]),
    admin: await rows('SELECT status FROM users WHERE id = ?', [world.adminBUserId]),
    adminRoles: await rows('SELECT role_id FROM user_roles WHERE user_id = ? ORDER BY role_id', [world.adminBUserId]),
    adminBrands: await rows('SELECT brand_id FROM user_brands WHERE user_id = ? ORDER BY brand_id', [world.adminBUserId]),
    session: await rows('SELECT revoked_at FROM user_sessions WHERE session_id = ?', [world.sessionB]),
    posterTemplate: await rows('SELECT template, updated_at FROM poster_templates WHERE brand_id = ?', [b]),
    syncTarget: await rows('SELECT * FROM sync_targets WHERE brand_id = ?', [b]).catch(() => 'no table'),
  };
}
