import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { call, createOrder, login } from '../support/api-client';
import { createBrandAdmin, createUser, nextPhone } from '../support/factories';
import { paidOrder, platformAdmin, rewardSetup } from './money.helpers';

/** Orders as admins see them: brand-scoped list and detail, next to the public, masked view by order number. */
describe('orders for admins', () => {
  test('the list and the detail show only the caller\'s brands; another brand\'s order is a plain 404', async () => {
    const a = await rewardSetup(2);
    const b = await rewardSetup(1);
    const adminA = await createBrandAdmin(a.brandId);
    const adminB = await createBrandAdmin(b.brandId);
    const tokenA = await login(adminA.username, adminA.password);
    const tokenB = await login(adminB.username, adminB.password);
    const phoneA = nextPhone();
    const pendingA = await createOrder(a.campaignId, phoneA);
    const paidA = await paidOrder(a.campaignId, a.chain[1].distributorId);
    const orderB = await createOrder(b.campaignId, nextPhone());

    const listA = await call('GET', '/api/v1/orders?pageSize=100', undefined, tokenA);
    assert.equal(listA.status, 200, JSON.stringify(listA.body));
    assert.deepEqual(listA.body.data.items.map((o: any) => o.id).sort(), [pendingA.orderId, paidA.orderId].sort());
    assert.equal(listA.body.data.total, 2);
    assert.ok(listA.body.data.items.every((o: any) => o.brandId === a.brandId));
    const pendingRow = listA.body.data.items.find((o: any) => o.id === pendingA.orderId);
    assert.equal(pendingRow.phone, phoneA, 'admins see the phone in full');

    const filtered = async (query: string) => (await call('GET', `/api/v1/orders?${query}`, undefined, tokenA)).body.data.items.map((o: any) => o.id);
    assert.deepEqual(await filtered('payStatus=paid'), [paidA.orderId]);
    assert.deepEqual(await filtered('status=pending'), [pendingA.orderId]);
    assert.deepEqual(await filtered(`phone=${phoneA.slice(0, 9)}`), [pendingA.orderId]);
    assert.deepEqual(await filtered(`orderNo=${paidA.orderNo}`), [paidA.orderId]);
    assert.deepEqual(await filtered(`campaignId=${b.campaignId}`), [], "a filter on another brand's campaign finds nothing");
    assert.deepEqual(await filtered(`brandId=${b.brandId}`), [], 'nor does a filter on another brand');
    assert.deepEqual(await filtered(`from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`), []);
    assert.equal((await filtered(`to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).length, 2);
    const page = await call('GET', '/api/v1/orders?pageSize=1&page=2', undefined, tokenA);
    assert.deepEqual([page.body.data.items.length, page.body.data.total, page.body.data.page, page.body.data.pageSize], [1, 2, 2, 1]);

    const capped = await call('GET', '/api/v1/orders?pageSize=101', undefined, tokenA);
    assert.deepEqual([capped.status, capped.body.data.errors[0].field], [400, 'query.pageSize'], 'page size is capped at 100');
    const unknown = await call('GET', '/api/v1/orders?balance=1', undefined, tokenA);
    assert.equal(unknown.status, 400, 'unknown filters are refused');

    const detail = await call('GET', `/api/v1/orders/${paidA.orderId}`, undefined, tokenA);
    assert.equal(detail.status, 200, JSON.stringify(detail.body));
    assert.equal(detail.body.data.payStatus, 'paid');
    assert.ok(Date.parse(detail.body.data.payExpiresAt) > Date.parse(detail.body.data.createdAt), 'the pay window is shown to admins');
    assert.deepEqual([detail.body.data.closedAt, detail.body.data.closeReason], [null, null], 'paid: never closed');
    assert.match(detail.body.data.phone, /^1\d{10}$/);
    assert.deepEqual(detail.body.data.rewards.map((r: any) => [r.level, r.amount, r.status]), [[1, '10.00', 'settled'], [2, '5.00', 'settled']]);
    assert.deepEqual(detail.body.data.refunds, []);
    assert.equal(detail.body.data.formData.name, '测试用户');

    const foreign = await call('GET', `/api/v1/orders/${orderB.orderId}`, undefined, tokenA);
    const missing = await call('GET', '/api/v1/orders/999999999', undefined, tokenA);
    assert.deepEqual([foreign.status, foreign.body.code, foreign.body.message], [missing.status, missing.body.code, missing.body.message], "another brand's order looks missing");
    assert.equal(foreign.status, 404);
    assert.equal((await call('GET', `/api/v1/orders/${orderB.orderId}`, undefined, tokenB)).status, 200, 'its own admin sees it');
    assert.deepEqual(
      (await call('GET', '/api/v1/orders', undefined, tokenB)).body.data.items.map((o: any) => o.id),
      [orderB.orderId],
    );

    const platform = await platformAdmin();
    const all = await call('GET', `/api/v1/orders?pageSize=100&campaignId=${b.campaignId}`, undefined, platform.token);
    assert.deepEqual(all.body.data.items.map((o: any) => o.id), [orderB.orderId], 'a platform admin sees every brand');
    assert.equal((await call('GET', `/api/v1/orders/${paidA.orderId}`, undefined, platform.token)).status, 200);
  });

  test('by order number anyone gets the masked view; by id a token with order:read is needed', async () => {
    const { campaignId, chain } = await rewardSetup(1);
    const phone = nextPhone();
    const order = await createOrder(campaignId, phone);

    const byNumber = await call('GET', `/api/v1/orders/${order.orderNo}`);
    assert.equal(byNumber.status, 200);
    assert.equal(byNumber.body.data.phone, `${phone.slice(0, 3)}****${phone.slice(-4)}`, 'masked');
    assert.equal(byNumber.body.data.rewards, undefined, 'the public view has no rewards');
    assert.equal(byNumber.body.data.formData, undefined, 'nor the form');

    assert.equal((await call('GET', `/api/v1/orders/${order.orderId}`)).status, 401, 'no token, no admin detail');
    const distributorToken = await login(chain[0].username, chain[0].password);
    const asDistributor = await call('GET', `/api/v1/orders/${order.orderId}`, undefined, distributorToken);
    assert.equal(asDistributor.status, 403);
    assert.equal((await call('GET', '/api/v1/orders', undefined, distributorToken)).status, 403, 'the list needs order:read');
    const participant = await createUser('participant');
    assert.equal((await call('GET', '/api/v1/orders', undefined, await login(participant.username, participant.password))).status, 403);
    assert.equal((await call('GET', '/api/v1/orders')).status, 401);

    const bad = await call('GET', '/api/v1/orders/not-an-order');
    assert.deepEqual([bad.status, bad.body.data.errors[0].field], [400, 'params.id']);
    assert.equal((await call('GET', '/api/v1/orders/D20990101000000ZZZZZZZZZZZZ')).status, 404);
  });
});
