import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { db, one, rows } from '../support/db';
import { createBrand, createBrandAdmin, createUser } from '../support/factories';
import { paidNotification, sendCallback } from '../support/payer';
import { ADMIN, appendAudit, lastAudit, logIn, request } from '../support/auth-client';

const V1 = '/api/v1';
let adminToken: Promise<string> | undefined;
const signedInAdmin = () => (adminToken ??= logIn(ADMIN.username, ADMIN.password).then((p) => p.accessToken));
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
const get = async (path: string, token?: string) => request('GET', `${V1}${path}`, { token: token ?? (await signedInAdmin()) });

describe('security: password policy', () => {
  test('a platform admin reads and replaces it (audited); registration and admin-created accounts obey the new rules at once', async () => {
    const token = await signedInAdmin();
    const original = (await get('/security/password-policy')).body.data;
    assert.equal(typeof original.maxLoginAttempts, 'number');
    try {
      const stricter = { ...original, minLength: 14 };
      const put = await request('PUT', `${V1}/security/password-policy`, { token, body: stricter });
      assert.equal(put.status, 200, JSON.stringify(put.body));
      assert.deepEqual(put.body.data, stricter);
      const reg = await request('POST', `${V1}/auth/register`, { body: { username: `p_${randomBytes(4).toString('hex')}`, password: 'Coffee#2026x' } });
      assert.deepEqual([reg.body.code, reg.body.data.errors.map((e: any) => e.code)], [40050, ['too_short']]);
      const created = await request('POST', `${V1}/users`, { token, body: { username: `p_${randomBytes(4).toString('hex')}`, password: 'Coffee#2026x', roles: ['participant'] } });
      assert.equal(created.body.code, 40050);
      assert.equal((await request('GET', `${V1}/auth/password-policy`)).body.data.minLength, 14);
      const audit = await one<any>("SELECT before_data, after_data FROM audit_logs WHERE action = 'password_policy.update' ORDER BY id DESC LIMIT 1");
      assert.deepEqual([json(audit.before_data).minLength, json(audit.after_data).minLength], [original.minLength, 14]);
    } finally {
      await request('PUT', `${V1}/security/password-policy`, { token, body: original });
    }
    assert.deepEqual((await get('/security/password-policy')).body.data, original);
  });

  test('invalid or unknown policy fields are refused by name', async () => {
    const token = await signedInAdmin();
    const original = (await get('/security/password-policy')).body.data;
    const zero = await request('PUT', `${V1}/security/password-policy`, { token, body: { ...original, maxLoginAttempts: 0 } });
    assert.deepEqual([zero.status, zero.body.data.errors[0].field], [400, 'body.maxLoginAttempts']);
    const extra = await request('PUT', `${V1}/security/password-policy`, { token, body: { ...original, allowEverything: true } });
    assert.equal(extra.status, 400);
    assert.match(JSON.stringify(extra.body.data.errors), /allowEverything/);
  });

  test('a brand admin can neither read nor change it', async () => {
    const brandAdmin = await createBrandAdmin(await createBrand());
    const token = (await logIn(brandAdmin.username, brandAdmin.password)).accessToken;
    const original = (await get('/security/password-policy')).body.data;
    assert.equal((await get('/security/password-policy', token)).status, 403);
    assert.equal((await request('PUT', `${V1}/security/password-policy`, { token, body: { ...original, minLength: 6 } })).status, 403);
  });
});

describe('security: events and login attempts', () => {
  test('a forged payment callback is listed; an admin filters, pages and handles events (audited, idempotent)', async () => {
    // The signature is checked before anything else, so the order need not exist.
    const genuine = paidNotification(`D${Date.now()}FORGED${randomBytes(4).toString('hex').toUpperCase()}`, 9900);
    const forged = { ...genuine, headers: { ...genuine.headers, 'Wechatpay-Signature': Buffer.alloc(256, 9).toString('base64') } };
    assert.equal((await sendCallback(forged)).status, 401);

    const list = await get('/security/events?type=payment_callback_refused&handled=false&pageSize=1');
    assert.equal(list.status, 200);
    assert.ok(list.body.data.total >= 1);
    const event = list.body.data.items[0];
    assert.deepEqual([event.type, event.severity, event.handled], ['payment_callback_refused', 'high', false]);

    const token = await signedInAdmin();
    const handled = await request('POST', `${V1}/security/events/${event.id}/handle`, { token, body: { note: 'signature forged: blocked at the gateway' } });
    assert.equal(handled.status, 200, JSON.stringify(handled.body));
    assert.equal(handled.body.data.handled, true);
    const again = await request('POST', `${V1}/security/events/${event.id}/handle`, { token, body: {} });
    assert.equal(again.body.data.handled, true);
    const audits = await rows<any>("SELECT after_data FROM audit_logs WHERE action = 'security_event.handle' AND resource_id = ?", [event.id]);
    assert.equal(audits.length, 1, 'handled once, audited once');
    assert.equal(json(audits[0].after_data).note, 'signature forged: blocked at the gateway');
    const open = await get('/security/events?type=payment_callback_refused&handled=false&pageSize=100');
    assert.ok(!open.body.data.items.some((e: any) => e.id === event.id));
    assert.equal((await request('POST', `${V1}/security/events/999999999/handle`, { token, body: {} })).status, 404);
    const since = new Date(Date.now() + 60_000).toISOString();
    assert.equal((await get(`/security/events?from=${encodeURIComponent(since)}`)).body.data.total, 0);
    assert.equal((await get('/security/events?severity=apocalyptic')).status, 400);
  });

  test('security events and login attempts are refused to a brand admin', async () => {
    const brandAdmin = await createBrandAdmin(await createBrand());
    const token = (await logIn(brandAdmin.username, brandAdmin.password)).accessToken;
    assert.equal((await get('/security/events', token)).status, 403);
    assert.equal((await get('/security/login-attempts', token)).status, 403);
    assert.equal((await request('POST', `${V1}/security/events/1/handle`, { token, body: {} })).status, 403);
  });

  test('login attempts are listed with their recorded reason', async () => {
    const user = await createUser('participant');
    await request('POST', `${V1}/auth/login`, { body: { username: user.username, password: 'Wrong#Guess1' } });
    await logIn(user.username, user.password);
    const list = (await get(`/security/login-attempts?username=${user.username}`)).body.data;
    assert.deepEqual(list.items.map((a: any) => [a.success, a.reason]), [[true, null], [false, 'bad_password']]);
    assert.equal((await get(`/security/login-attempts?username=${user.username}&success=false`)).body.data.total, 1);
  });
});

describe('audit log: listing and tamper detection', () => {
  test('a brand admin sees only its brands\' entries; filters by resource, action, user and time', async () => {
    const [brandA, brandB] = [await createBrand(), await createBrand()];
    const actor = { userId: null, username: 'system', ip: '127.0.0.1', userAgent: null, before: null };
    const inA = await appendAudit({ ...actor, action: 'campaign.update', resource: 'campaign', resourceId: 'a1', brandId: brandA, after: { name: 'A' } });
    const inB = await appendAudit({ ...actor, action: 'campaign.update', resource: 'campaign', resourceId: 'b1', brandId: brandB, after: { name: 'B' } });
    const brandAdmin = await createBrandAdmin(brandA);
    const token = (await logIn(brandAdmin.username, brandAdmin.password)).accessToken;

    const seen = (await get('/audit-logs?pageSize=100', token)).body.data;
    assert.deepEqual(seen.items.map((e: any) => e.id), [inA]);
    assert.equal(seen.items[0].brandId, brandA);
    assert.equal((await get(`/audit-logs?brandId=${brandB}`, token)).body.data.total, 0, "another brand's entries reveal nothing");
    const all = (await get('/audit-logs?resource=campaign&action=campaign.update&pageSize=100')).body.data.items.map((e: any) => e.id);
    assert.ok(all.includes(inA) && all.includes(inB), 'a platform admin sees every brand');

    const admin = await signedInAdmin();
    const adminId = (await get('/auth/userinfo', admin)).body.data.userId;
    const mine = (await get(`/audit-logs?userId=${adminId}&pageSize=5`)).body.data;
    assert.ok(mine.items.every((e: any) => e.userId === adminId));
    const future = encodeURIComponent(new Date(Date.now() + 60_000).toISOString());
    assert.equal((await get(`/audit-logs?from=${future}`)).body.data.total, 0);
    assert.equal((await get('/audit-logs?pageSize=500')).status, 400);
  });

  test('verify: intact, then an edited row and a deleted row are each named; restored, intact again', async () => {
    const admin = await signedInAdmin();
    // Three entries of our own, so there is a middle one to tamper with.
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const menu = await request('POST', `${V1}/menus`, { token: admin, body: { code: `audit_t_${randomBytes(4).toString('hex')}`, name: `审计 ${i}` } });
      ids.push((await lastAudit('menu.create', menu.body.data.id)).id);
    }
    const verify = async () => (await get('/audit-logs/verify')).body.data;
    const intact = await verify();
    assert.equal(intact.intact, true, JSON.stringify(intact));
    assert.ok(intact.checked >= 3);

    const [first, middle, last] = ids;
    const original = await one<any>('SELECT * FROM audit_logs WHERE id = ?', [middle]);
    await db().query('UPDATE audit_logs SET after_data = ? WHERE id = ?', [JSON.stringify({ name: 'forged' }), middle]);
    assert.deepEqual(pick(await verify()), { intact: false, brokenId: middle, reason: 'hash' });
    await db().query('UPDATE audit_logs SET after_data = ? WHERE id = ?', [rawJson(original.after_data), middle]);
    assert.equal((await verify()).intact, true, 'restored');

    await db().query('UPDATE audit_logs SET username = ? WHERE id = ?', ['someone-else', first]);
    assert.deepEqual(pick(await verify()), { intact: false, brokenId: first, reason: 'hash' });
    await db().query('UPDATE audit_logs SET username = ? WHERE id = ?', ['admin', first]);

    await db().query('DELETE FROM audit_logs WHERE id = ?', [middle]);
    assert.deepEqual(pick(await verify()), { intact: false, brokenId: last, reason: 'prev_hash' });
    await reinsert(original);
    assert.equal((await verify()).intact, true, 'restored');

    const newest = await one<any>('SELECT * FROM audit_logs ORDER BY id DESC LIMIT 1');
    await db().query('DELETE FROM audit_logs WHERE id = ?', [newest.id]);
    assert.deepEqual(pick(await verify()), { intact: false, brokenId: null, reason: 'head' });
    await reinsert(newest);
    assert.equal((await verify()).intact, true, 'restored');
  });
});

const pick = (r: any) => ({ intact: r.intact, brokenId: r.brokenId, reason: r.reason });
const rawJson = (value: unknown) => (value === null ? null : typeof value === 'string' ? value : JSON.stringify(value));

async function reinsert(row: Record<string, any>): Promise<void> {
  const columns = Object.keys(row);
  const values = columns.map((c) => (c === 'before_data' || c === 'after_data' ? rawJson(row[c]) : row[c]));
  await db().query(`INSERT INTO audit_logs (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, values);
}
