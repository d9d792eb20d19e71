import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { API_URL, call, login } from '../support/api-client';
import { one, rows } from '../support/db';
import { createBrand, createBrandAdmin, createCampaign, createDistributorChain } from '../support/factories';
import { assertInvariants } from '../support/invariants';
import { paidOrder, platformAdmin } from './money.helpers';

const D = '/api/v1/distributor';

async function brandWithAdmin() {
  const brandId = await createBrand();
  const admin = await createBrandAdmin(brandId);
  return { brandId, token: await login(admin.username, admin.password) };
}

/** Who was rewarded for an order, by level: [level, distributorId, amount]. */
async function rewardsOf(orderId: string): Promise<[number, string, string][]> {
  const found = await rows<any>('SELECT level, distributor_id, amount FROM rewards WHERE order_id = ? ORDER BY level', [orderId]);
  return found.map((r) => [Number(r.level), String(r.distributor_id), String(r.amount)]);
}

describe('distributors as brand admins manage them: tree, links, upline', () => {
  test('the tree opens one level at a time with each node’s earnings and counts; search finds anyone; other brands are not found', async () => {
    const { brandId, token } = await brandWithAdmin();
    const [top, mid, leaf] = await createDistributorChain(brandId, 3);
    const campaignId = await createCampaign(brandId);
    await paidOrder(campaignId, leaf.distributorId); // leaf 10.00 (level 1), mid 5.00, top 2.00

    const roots = await call('GET', `${D}/tree?brandId=${brandId}`, undefined, token);
    assert.equal(roots.status, 200, JSON.stringify(roots.body));
    assert.deepEqual(roots.body.data.items.map((n: any) => [n.id, n.level, n.childCount, n.teamSize, n.totalEarnings, n.orderCount, n.rewardCount]),
      [[top.distributorId, 1, 1, 2, '2.00', 0, 1]]);
    const children = await call('GET', `${D}/tree?brandId=${brandId}&parentId=${top.distributorId}`, undefined, token);
    assert.deepEqual(children.body.data.items.map((n: any) => [n.id, n.childCount, n.teamSize, n.totalEarnings, n.ancestors.map((a: any) => a.id)]),
      [[mid.distributorId, 1, 1, '5.00', [top.distributorId]]]);
    const found = await call('GET', `${D}/tree?brandId=${brandId}&q=${leaf.username.slice(2, 8)}`, undefined, token);
    assert.deepEqual(found.body.data.items.map((n: any) => [n.id, n.orderCount, n.totalEarnings, n.ancestors.map((a: any) => a.username)]),
      [[leaf.distributorId, 1, '10.00', [mid.username, top.username]]]);
    assert.equal((await call('GET', `${D}/tree?brandId=${brandId}&q=%25`, undefined, token)).body.data.total, 0, 'a % is searched for, not a wildcard');

    const other = await brandWithAdmin();
    const refused = await call('GET', `${D}/tree?brandId=${brandId}`, undefined, other.token);
    assert.equal(refused.status, 404, 'another brand’s tree is not found');
    assert.deepEqual(refused.body.data.errors.map((f: any) => f.field), ['query.brandId']);
    const foreignParent = await call('GET', `${D}/tree?brandId=${other.brandId}&parentId=${top.distributorId}`, undefined, other.token);
    assert.equal(foreignParent.status, 404, 'a parent of another brand is not found');
    const amongChildren = await call('GET', `${D}/tree?brandId=${brandId}&parentId=${top.distributorId}&q=${mid.username}`, undefined, token);
    assert.deepEqual(amongChildren.body.data.items.map((n: any) => n.id), [mid.distributorId], 'a search among a node’s children');
    const notAChild = await call('GET', `${D}/tree?brandId=${brandId}&parentId=${top.distributorId}&q=${leaf.username}`, undefined, token);
    assert.equal(notAChild.body.data.total, 0, 'a grandchild is not a child');
    const platform = await platformAdmin();
    assert.equal((await call('GET', `${D}/tree?brandId=${brandId}`, undefined, platform.token)).status, 200, 'a platform admin sees every brand');
    assert.equal((await call('GET', `${D}/tree?brandId=999999999`, undefined, platform.token)).status, 404, '…that exists');
  });

  test('an admin sees a distributor’s links with their clicks; another brand’s admin does not', async () => {
    const { brandId, token } = await brandWithAdmin();
    const [d] = await createDistributorChain(brandId, 1);
    const campaignId = await createCampaign(brandId);
    const link = await call('POST', `${D}/link/generate`, { campaignId }, await login(d.username, d.password));
    assert.equal(link.status, 200, JSON.stringify(link.body));
    const click = await fetch(`${API_URL}${D}/l/${link.body.data.code}`, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    assert.equal(click.status, 302);

    const links = await call('GET', `${D}/${d.distributorId}/links`, undefined, token);
    assert.equal(links.status, 200, JSON.stringify(links.body));
    assert.deepEqual(links.body.data.items.map((l: any) => [l.campaignId, l.clicks, l.orders]), [[campaignId, 1, 0]]);
    const other = await brandWithAdmin();
    assert.equal((await call('GET', `${D}/${d.distributorId}/links`, undefined, other.token)).status, 404);
  });

  test('an upline change moves the team, refuses a cycle beside the field, is audited, and only later orders reward the new chain', async () => {
    const { brandId, token } = await brandWithAdmin();
    const [a, b, c] = await createDistributorChain(brandId, 3); // a → b → c
    const [x] = await createDistributorChain(brandId, 1); // another level-1 distributor
    const campaignId = await createCampaign(brandId);
    const before = await paidOrder(campaignId, c.distributorId);
    assert.deepEqual(await rewardsOf(before.orderId), [[1, c.distributorId, '10.00'], [2, b.distributorId, '5.00'], [3, a.distributorId, '2.00']]);

    // A cycle: a under its own grandchild. Refused with the code and the field, nothing changed, nothing audited.
    const cycle = await call('POST', `${D}/${a.distributorId}/upline`, { parentId: c.distributorId }, token);
    assert.equal(cycle.status, 409, JSON.stringify(cycle.body));
    assert.equal(cycle.body.code, 40985);
    const fields = cycle.body.data.errors;
    assert.deepEqual(fields.map((f: any) => [f.field, f.code]), [['body.parentId', 'cycle']]);
    // Under itself: a cycle too.
    assert.equal((await call('POST', `${D}/${b.distributorId}/upline`, { parentId: b.distributorId }, token)).body.code, 40985);
    const untouched = await rows<any>('SELECT id, parent_id, level FROM distributors WHERE id IN (?, ?, ?) ORDER BY level', [a.distributorId, b.distributorId, c.distributorId]);
    assert.deepEqual(untouched.map((r) => [String(r.id), r.parent_id === null ? null : String(r.parent_id), Number(r.level)]),
      [[a.distributorId, null, 1], [b.distributorId, a.distributorId, 2], [c.distributorId, b.distributorId, 3]]);

    // b (and c with it) moves under x.
    const moved = await call('POST', `${D}/${b.distributorId}/upline`, { parentId: x.distributorId }, token);
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.deepEqual([moved.body.data.applied, moved.body.data.team, moved.body.data.distributor.parentId, moved.body.data.distributor.level],
      [true, 1, x.distributorId, 2]);
    const again = await call('POST', `${D}/${b.distributorId}/upline`, { parentId: x.distributorId }, token);
    assert.equal(again.body.data.applied, false, 'the same upline again changes nothing');
    const audits = await rows<any>("SELECT action, before_data, after_data, brand_id FROM audit_logs WHERE resource = 'distributor' AND resource_id = ? ORDER BY id", [b.distributorId]);
    assert.equal(audits.length, 1, 'one audit entry: the refusals and the replay record none');
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    assert.deepEqual([audits[0].action, String(audits[0].brand_id), json(audits[0].before_data), json(audits[0].after_data)], [
      'distributor.upline', brandId, { parentId: a.distributorId, level: 2 }, { parentId: x.distributorId, level: 2, team: 1 },
    ]);

    // Orders paid after the move reward the new chain; the earlier order's rewards stay where they were.
    const after = await paidOrder(campaignId, c.distributorId);
    assert.deepEqual(await rewardsOf(after.orderId), [[1, c.distributorId, '10.00'], [2, b.distributorId, '5.00'], [3, x.distributorId, '2.00']]);
    assert.deepEqual(await rewardsOf(before.orderId), [[1, c.distributorId, '10.00'], [2, b.distributorId, '5.00'], [3, a.distributorId, '2.00']]);
    assert.equal((await one<any>('SELECT total_earnings FROM distributors WHERE id = ?', [a.distributorId])).total_earnings, '2.00');
    assert.equal((await one<any>('SELECT total_earnings FROM distributors WHERE id = ?', [x.distributorId])).total_earnings, '2.00');

    // Too deep: a (now alone) under c (level 3) would be level 4.
    const deep = await call('POST', `${D}/${a.distributorId}/upline`, { parentId: c.distributorId }, token);
    assert.deepEqual([deep.status, deep.body.code], [409, 40986]);
    // To the top, and another brand's distributor as the parent is not found.
    const toTop = await call('POST', `${D}/${c.distributorId}/upline`, { parentId: null }, token);
    assert.deepEqual([toTop.status, toTop.body.data.distributor.level, toTop.body.data.distributor.parentId], [200, 1, null]);
    const other = await brandWithAdmin();
    const [foreign] = await createDistributorChain(other.brandId, 1);
    const unknown = await call('POST', `${D}/${c.distributorId}/upline`, { parentId: foreign.distributorId }, token);
    assert.equal(unknown.status, 404);
    assert.equal((await call('POST', `${D}/${c.distributorId}/upline`, { parentId: a.distributorId }, other.token)).status, 404, 'not its brand');
    await assertInvariants();
  });

  test('a poster template is saved (audited), previewed as a PNG, and lays out the distributors’ posters; a box off the poster is refused by field', async () => {
    const { brandId, token } = await brandWithAdmin();
    const [d] = await createDistributorChain(brandId, 1);
    const campaignId = await createCampaign(brandId);
    const T = `${D}/poster-template/${brandId}`;
    const initial = await call('GET', T, undefined, token);
    assert.equal(initial.status, 200, JSON.stringify(initial.body));
    assert.equal(initial.body.data.custom, false, 'no template yet: the default to start from');
    const template = { ...initial.body.data.template, background: { color: '#123456', image: null }, qr: { x: 40, y: 40, size: 200 } };

    const off = await call('PUT', T, { ...template, avatar: { ...template.avatar, x: 700 } }, token);
    assert.equal(off.status, 400);
    assert.deepEqual(off.body.data.errors.map((e: any) => e.field), ['body.avatar.x']);
    const foreignImage = await call('PUT', T, { ...template, background: { color: '#123456', image: '/assets/not-ours.png' } }, token);
    assert.deepEqual([foreignImage.status, foreignImage.body.data.errors.map((e: any) => e.field)], [404, ['body.background.image']]);

    const preview = await fetch(`${API_URL}${T}/preview`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(template),
    });
    assert.equal(preview.status, 200);
    assert.equal(preview.headers.get('content-type'), 'image/png');
    const png = Buffer.from(await preview.arrayBuffer());
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [750, 1334]);
    assert.equal((await call('GET', T, undefined, token)).body.data.custom, false, 'a preview saves nothing');

    const saved = await call('PUT', T, template, token);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual([saved.body.data.custom, saved.body.data.template.qr], [true, { x: 40, y: 40, size: 200 }]);
    const audit = await one<any>("SELECT action, brand_id FROM audit_logs WHERE resource = 'poster_template' AND resource_id = ?", [brandId]);
    assert.deepEqual([audit.action, String(audit.brand_id)], ['poster_template.update', brandId]);

    const distributorToken = await login(d.username, d.password);
    const link = await call('POST', `${D}/link/generate`, { campaignId }, distributorToken);
    const poster = await fetch(`${API_URL}${D}/link/${link.body.data.id}/poster`, { headers: { authorization: `Bearer ${distributorToken}` } });
    assert.equal(poster.status, 200);
    const { createCanvas, loadImage } = await import('canvas');
    const image = await loadImage(Buffer.from(await poster.arrayBuffer()));
    const ctx = createCanvas(image.width, image.height).getContext('2d');
    ctx.drawImage(image, 0, 0);
    assert.deepEqual([...ctx.getImageData(700, 700, 1, 1).data.slice(0, 3)], [0x12, 0x34, 0x56], 'the template’s background colour');
    assert.deepEqual([...ctx.getImageData(41, 41, 1, 1).data.slice(0, 3)], [255, 255, 255], 'the QR code where the template puts it');

    const other = await brandWithAdmin();
    assert.equal((await call('GET', T, undefined, other.token)).status, 404, 'another brand’s template is not found');
    assert.equal((await call('PUT', T, template, other.token)).status, 404);
    const platform = await platformAdmin();
    assert.equal((await call('PUT', `${D}/poster-template/999999999`, template, platform.token)).status, 404, 'no template for a brand that does not exist');
    assert.equal((await call('GET', `${D}/poster-template/999999999`, undefined, platform.token)).status, 404);
  });
});
