import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { API_URL, call, createOrder, inParallel, login } from '../support/api-client';
import { db, one, rows } from '../support/db';
import { createBrand, createBrandAdmin, createCampaign, createDistributorChain, createUser, nextPhone } from '../support/factories';
import { assertInvariants } from '../support/invariants';
import { paidNotification, sendCallback } from '../support/payer';
import { untilSettled } from '../support/suite';

const D = '/api/v1/distributor';

async function signedIn(role = 'participant') {
  const user = await createUser(role);
  return { ...user, token: await login(user.username, user.password) };
}

async function brandWithAdmin() {
  const brandId = await createBrand();
  const admin = await createBrandAdmin(brandId);
  return { brandId, adminToken: await login(admin.username, admin.password) };
}

/** A user applies (optionally referred) and the brand admin approves: the new active distributor. */
async function approvedDistributor(brandId: string, adminToken: string, referral: { referrerId?: string; referrerCode?: string } = {}) {
  const user = await signedIn();
  const applied = await call('POST', `${D}/apply`, { brandId, ...referral }, user.token);
  assert.equal(applied.status, 201, JSON.stringify(applied.body));
  const approved = await call('POST', `${D}/${applied.body.data.id}/approve`, undefined, adminToken);
  assert.equal(approved.status, 200, JSON.stringify(approved.body));
  return { ...user, distributorId: applied.body.data.id as string, level: applied.body.data.level as number, parentId: applied.body.data.parentId };
}

async function follow(url: string) {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  return { status: response.status, location: response.headers.get('location') };
}

async function pay(orderNo: string, amountFen = 9900) {
  const answer = await sendCallback(paidNotification(orderNo, amountFen));
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
}

describe('distributors', () => {
  test('apply → approve → link → click (302, counted) → referred order paid → links, statistics and records reflect it', async () => {
    const { brandId, adminToken } = await brandWithAdmin();
    const campaignId = await createCampaign(brandId);
    const user = await signedIn();

    const applied = await call('POST', `${D}/apply`, { brandId }, user.token);
    assert.equal(applied.status, 201, JSON.stringify(applied.body));
    assert.deepEqual([applied.body.data.level, applied.body.data.parentId, applied.body.data.status], [1, null, 'pending']);
    const id: string = applied.body.data.id;
    assert.equal((await call('POST', `${D}/apply`, { brandId }, user.token)).body.code, 40982, 'one application per user per brand');
    assert.equal((await call('POST', `${D}/apply`, { brandId, level: 1 }, user.token)).status, 400, 'level is not the applicant’s to choose');
    assert.equal((await call('POST', `${D}/link/generate`, { campaignId }, user.token)).status, 403, 'not a distributor yet');

    const pending = await call('GET', `${D}/applications?status=pending`, undefined, adminToken);
    assert.equal(pending.status, 200);
    assert.deepEqual(pending.body.data.items.map((d: any) => d.id), [id]);

    const approved = await call('POST', `${D}/${id}/approve`, undefined, adminToken);
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.data.status, 'active');
    assert.ok(approved.body.data.approvedAt);
    const replay = await call('POST', `${D}/${id}/approve`, undefined, adminToken);
    assert.equal(replay.status, 200, 'approving again is a no-op that answers the same');
    assert.equal((await call('POST', `${D}/${id}/reject`, {}, adminToken)).body.code, 40984, 'a decided application cannot be rejected');
    const audits = await rows("SELECT action FROM audit_logs WHERE resource = 'distributor' AND resource_id = ?", [id]);
    assert.deepEqual(audits.map((a: any) => a.action), ['distributor.approve'], 'audited once');
    assert.ok(await one("SELECT 1 AS ok FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ? AND r.code = 'distributor'", [user.userId]), 'role granted');
    // No balance row yet (BalanceActor creates it with the first money it moves): the balance reads as zero.
    const balance = await call('GET', `/api/v1/rewards/balance/${user.userId}`, undefined, user.token);
    assert.equal(balance.status, 200, JSON.stringify(balance.body));
    assert.deepEqual([balance.body.data.balance, balance.body.data.frozen, balance.body.data.debt], ['0.00', '0.00', '0.00']);

    const link = await call('POST', `${D}/link/generate`, { campaignId }, user.token);
    assert.equal(link.status, 200, JSON.stringify(link.body));
    assert.match(link.body.data.code, /^[A-Za-z0-9]{8}$/);
    assert.equal(link.body.data.created, true);
    assert.ok(link.body.data.url.endsWith(`${D}/l/${link.body.data.code}`), link.body.data.url);
    const again = await call('POST', `${D}/link/generate`, { campaignId }, user.token);
    assert.deepEqual([again.body.data.id, again.body.data.code, again.body.data.created], [link.body.data.id, link.body.data.code, false]);

    const click = await follow(`${API_URL}${D}/l/${link.body.data.code}`);
    assert.equal(click.status, 302);
    const target = new URL(click.location as string);
    assert.equal(target.pathname, `/h5/campaigns/${campaignId}`);
    assert.equal(target.searchParams.get('ref'), id);
    assert.equal((await one<any>('SELECT clicks FROM distributor_links WHERE id = ?', [link.body.data.id])).clicks, 1);
    assert.equal((await follow(`${API_URL}${D}/l/${link.body.data.code}`)).status, 302);
    assert.equal((await one<any>('SELECT clicks FROM distributor_links WHERE id = ?', [link.body.data.id])).clicks, 1, 'a reload from the same address counts once');
    assert.equal((await follow(`${API_URL}${D}/l/zzzz9999`)).status, 404);

    const order = await createOrder(campaignId, nextPhone(), target.searchParams.get('ref') as string);
    await createOrder(campaignId, nextPhone(), id); // signed up, never paid
    await pay(order.orderNo);
    await untilSettled();

    const links = await call('GET', `${D}/links`, undefined, user.token);
    assert.equal(links.status, 200);
    assert.deepEqual(links.body.data.items.map((l: any) => [l.id, l.clicks, l.orders, l.paidOrders]), [[link.body.data.id, 1, 2, 1]]);

    const stats = await call('GET', `${D}/statistics/${brandId}`, undefined, adminToken);
    assert.equal(stats.status, 200, JSON.stringify(stats.body));
    const s = stats.body.data;
    assert.deepEqual([s.scope, s.clicks, s.orders, s.paidOrders, s.conversionRate], ['brand', 1, 2, 1, 1]);
    assert.deepEqual(s.distributors, { total: 1, active: 1, pending: 0 });
    assert.deepEqual(s.earnings, { total: '10.00', byLevel: [{ level: 1, amount: '10.00', rewards: 1 }] });
    assert.deepEqual(s.topDistributors.map((t: any) => [t.distributorId, t.paidOrders, t.earnings]), [[id, 1, '10.00']]);

    const own = await call('GET', `${D}/statistics/${brandId}`, undefined, user.token);
    assert.deepEqual([own.body.data.scope, own.body.data.distributorId, own.body.data.paidOrders, own.body.data.earnings.total, own.body.data.topDistributors],
      ['distributor', id, 1, '10.00', []]);
    const me = await call('GET', `${D}/me`, undefined, user.token);
    assert.deepEqual(me.body.data.items.map((d: any) => [d.id, d.brandId, d.status, d.totalEarnings, d.orderCount]), [[id, brandId, 'active', '10.00', 1]]);
    await assertInvariants();
  });

  test('level and parent come from the referrer (id or link code); a 4th level is refused; subordinates two levels down', async () => {
    const { brandId, adminToken } = await brandWithAdmin();
    const campaignId = await createCampaign(brandId);
    const top = await approvedDistributor(brandId, adminToken);
    const second = await approvedDistributor(brandId, adminToken, { referrerId: top.distributorId });
    assert.deepEqual([top.level, top.parentId, second.level, second.parentId], [1, null, 2, top.distributorId]);
    const code = (await call('POST', `${D}/link/generate`, { campaignId }, second.token)).body.data.code;
    const third = await approvedDistributor(brandId, adminToken, { referrerCode: code });
    assert.deepEqual([third.level, third.parentId], [3, second.distributorId]);

    const fourth = await signedIn();
    const refused = await call('POST', `${D}/apply`, { brandId, referrerId: third.distributorId }, fourth.token);
    assert.deepEqual([refused.status, refused.body.code], [409, 40983], 'no 4th level');
    const unknown = await call('POST', `${D}/apply`, { brandId, referrerCode: 'zzzz9999' }, fourth.token);
    assert.deepEqual([unknown.status, unknown.body.code, unknown.body.data.errors[0].field, unknown.body.data.errors[0].code], [404, 40400, 'body.referrerCode', 'unknown'], 'an unknown reference, like any other');
    const otherBrand = (await createDistributorChain(await createBrand(), 1))[0];
    assert.equal((await call('POST', `${D}/apply`, { brandId, referrerId: otherBrand.distributorId }, fourth.token)).body.code, 40400, 'another brand\'s distributor is unknown here');
    const both = await call('POST', `${D}/apply`, { brandId, referrerId: top.distributorId, referrerCode: code }, fourth.token);
    assert.equal(both.status, 400);
    const pendingUser = await signedIn();
    const pendingId = (await call('POST', `${D}/apply`, { brandId }, pendingUser.token)).body.data.id;
    assert.equal((await call('POST', `${D}/apply`, { brandId, referrerId: pendingId }, fourth.token)).body.code, 40400, 'a pending referrer cannot recruit');
    assert.equal((await one<any>('SELECT COUNT(*) AS n FROM distributors WHERE user_id = ?', [fourth.userId])).n, '0', 'nothing stored');

    const tree = await call('GET', `${D}/subordinates/${brandId}`, undefined, top.token);
    assert.equal(tree.status, 200, JSON.stringify(tree.body));
    assert.equal(tree.body.data.root.id, top.distributorId);
    assert.deepEqual(tree.body.data.children.map((c: any) => [c.id, c.children.map((g: any) => g.id)]), [[second.distributorId, [third.distributorId]]]);
    assert.equal(tree.body.data.total, 2);
    const middle = await call('GET', `${D}/subordinates/${brandId}`, undefined, second.token);
    assert.deepEqual(middle.body.data.children.map((c: any) => [c.id, c.children]), [[third.distributorId, []]]);
    assert.deepEqual((await call('GET', `${D}/subordinates/${brandId}`, undefined, third.token)).body.data.children, []);
    const asAdmin = await call('GET', `${D}/subordinates/${brandId}?distributorId=${top.distributorId}`, undefined, adminToken);
    assert.deepEqual(asAdmin.body.data, tree.body.data, "an admin of the brand sees anyone's tree");
    assert.equal((await call('GET', `${D}/subordinates/${brandId}?distributorId=${top.distributorId}`, undefined, second.token)).status, 404, "not a parent's tree");
    assert.equal((await call('GET', `${D}/subordinates/${brandId}`, undefined, fourth.token)).status, 404);
  });

  test("tenant isolation: brand A's admin cannot see or decide brand B's applications, links or numbers", async () => {
    const a = await brandWithAdmin();
    const b = await brandWithAdmin();
    const applicant = await signedIn();
    const applied = await call('POST', `${D}/apply`, { brandId: b.brandId }, applicant.token);
    const id = applied.body.data.id;
    for (const path of [`${D}/${id}/approve`, `${D}/${id}/reject`]) {
      const answer = await call('POST', path, path.endsWith('reject') ? {} : undefined, a.adminToken);
      assert.deepEqual([answer.status, answer.body.code], [404, 40400], path);
    }
    assert.equal((await one<any>('SELECT status FROM distributors WHERE id = ?', [id])).status, 'pending', 'nothing changed');
    assert.equal((await call('GET', `${D}/applications?brandId=${b.brandId}`, undefined, a.adminToken)).status, 404);
    const mine = await call('GET', `${D}/applications`, undefined, a.adminToken);
    assert.ok(!mine.body.data.items.some((d: any) => d.id === id), "another brand's application is not listed");
    assert.ok((await call('GET', `${D}/applications`, undefined, b.adminToken)).body.data.items.some((d: any) => d.id === id));
    assert.equal((await call('GET', `${D}/statistics/${b.brandId}`, undefined, a.adminToken)).status, 404);

    const [bDistributor] = await createDistributorChain(b.brandId, 1);
    const bToken = await login(bDistributor.username, bDistributor.password);
    const bLink = await call('POST', `${D}/link/generate`, { campaignId: await createCampaign(b.brandId) }, bToken);
    assert.equal((await call('GET', `${D}/link/${bLink.body.data.id}/poster`, undefined, a.adminToken)).status, 404);
    assert.equal((await call('GET', `${D}/subordinates/${b.brandId}?distributorId=${bDistributor.distributorId}`, undefined, a.adminToken)).status, 404);
    const aCampaign = await createCampaign(a.brandId);
    assert.equal((await call('POST', `${D}/link/generate`, { campaignId: aCampaign }, bToken)).body.code, 40370, "not a distributor of A's brand");
    assert.equal((await call('GET', `${D}/applications`, undefined, bToken)).status, 403, 'distributors do not review');
    assert.equal((await call('POST', `${D}/${id}/approve`, undefined, bToken)).status, 403);
    assert.equal((await call('GET', `${D}/me`)).status, 401);
  });

  test('a rejected application says why and stays one per brand', async () => {
    const { brandId, adminToken } = await brandWithAdmin();
    const user = await signedIn();
    const id = (await call('POST', `${D}/apply`, { brandId }, user.token)).body.data.id;
    const rejected = await call('POST', `${D}/${id}/reject`, { reason: '资料不完整' }, adminToken);
    assert.equal(rejected.status, 200, JSON.stringify(rejected.body));
    assert.deepEqual([rejected.body.data.status, rejected.body.data.rejectReason], ['rejected', '资料不完整']);
    assert.equal((await call('POST', `${D}/${id}/approve`, undefined, adminToken)).body.code, 40984);
    assert.equal((await call('POST', `${D}/${id}/reject`, { reason: 'x', role: 'admin' }, adminToken)).status, 400, 'unknown fields refused');
    const me = await call('GET', `${D}/me`, undefined, user.token);
    assert.deepEqual(me.body.data.items.map((d: any) => [d.status, d.rejectReason]), [['rejected', '资料不完整']]);
    assert.equal((await call('POST', `${D}/apply`, { brandId }, user.token)).body.code, 40982);
    const audit = await one<any>("SELECT action, brand_id FROM audit_logs WHERE resource = 'distributor' AND resource_id = ?", [id]);
    assert.deepEqual([audit.action, String(audit.brand_id)], ['distributor.reject', brandId]);
    assert.ok(!(await one("SELECT 1 AS ok FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = ? AND r.code = 'distributor'", [user.userId])));
  });

  test('poster: a valid PNG rendered without any network access, cached per campaign version', async () => {
    const brandId = await createBrand();
    const [distributor] = await createDistributorChain(brandId, 1);
    const campaignId = await createCampaign(brandId);
    // An image URL that would hang if the server ever fetched it (non-routable address): it must not.
    await db().query("UPDATE campaigns SET cover_image = 'http://10.255.255.1/cover.png', name = '春季咖啡品鉴会' WHERE id = ?", [campaignId]);
    const token = await login(distributor.username, distributor.password);
    const link = await call('POST', `${D}/link/generate`, { campaignId }, token);

    const started = Date.now();
    const first = await fetch(`${API_URL}${D}/link/${link.body.data.id}/poster`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('content-type'), 'image/png');
    const png = Buffer.from(await first.arrayBuffer());
    assert.ok(Date.now() - started < 10_000, 'no network wait');
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.deepEqual([png.subarray(12, 16).toString('ascii'), png.readUInt32BE(16), png.readUInt32BE(20)], ['IHDR', 750, 1334]);
    assert.ok(png.length > 20_000, `${png.length} bytes`);

    const cached = Buffer.from(await (await fetch(`${API_URL}${D}/link/${link.body.data.id}/poster`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer());
    assert.deepEqual(cached, png, 'same campaign version, same poster');
    await db().query("UPDATE campaigns SET name = '秋季咖啡品鉴会', updated_at = updated_at + INTERVAL 1 SECOND WHERE id = ?", [campaignId]);
    const renamed = Buffer.from(await (await fetch(`${API_URL}${D}/link/${link.body.data.id}/poster`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer());
    assert.notDeepEqual(renamed, png, 'a changed campaign gets a new poster');

    const stranger = await signedIn();
    assert.equal((await call('GET', `${D}/link/${link.body.data.id}/poster`, undefined, stranger.token)).status, 404);
    assert.equal((await call('GET', `${D}/link/${link.body.data.id}/poster`)).status, 401);
  });

  test('the public short link is rate limited per address (and a flood still counts one click)', async () => {
    const brandId = await createBrand();
    const [distributor] = await createDistributorChain(brandId, 1);
    const token = await login(distributor.username, distributor.password);
    const link = (await call('POST', `${D}/link/generate`, { campaignId: await createCampaign(brandId) }, token)).body.data;
    // 700 > 2 × the limit of 300 a minute (the window starts at the first click; 2 × keeps the margin a
    // wall-clock window once needed, and a burst slower than a minute still overflows).
    const answers = await inParallel(Array.from({ length: 700 }), 25, () => fetch(link.url, { redirect: 'manual' }).then(async (r) => ({
      status: r.status, retryAfter: r.headers.get('retry-after'), body: r.status === 429 ? ((await r.json()) as { code: number }) : (await r.arrayBuffer(), null),
    })));
    const limited = answers.filter((a) => a.status === 429);
    assert.ok(limited.length >= 100, `${limited.length} refused`);
    assert.equal(limited[0].body?.code, 42900);
    assert.ok(Number(limited[0].retryAfter) >= 1);
    assert.ok(answers.filter((a) => a.status === 302).length >= 290, "the first ~300 of the minute are let through");
    assert.equal((await one<any>('SELECT clicks FROM distributor_links WHERE id = ?', [link.id])).clicks, 1);
  });
});
