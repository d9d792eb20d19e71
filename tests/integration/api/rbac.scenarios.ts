import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { one, rows } from '../support/db';
import { createBrand, createBrandAdmin, createUser } from '../support/factories';
import { ADMIN, countRows, lastAudit, logIn, request } from '../support/auth-client';

const V1 = '/api/v1';
const code = (prefix: string) => `${prefix}_${randomBytes(4).toString('hex')}`;
let adminToken: Promise<string> | undefined;
const signedInAdmin = () => (adminToken ??= logIn(ADMIN.username, ADMIN.password).then((p) => p.accessToken));
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

const as = (token: string) => ({
  get: (path: string) => request('GET', `${V1}${path}`, { token }),
  post: (path: string, body: unknown = {}) => request('POST', `${V1}${path}`, { token, body }),
  put: (path: string, body: unknown) => request('PUT', `${V1}${path}`, { token, body }),
  del: (path: string) => request('DELETE', `${V1}${path}`, { token }),
});

describe('rbac: only holders of user:* / role:* administer accounts, roles and menus', () => {
  test('a brand admin and a participant get 403 on every RBAC admin endpoint; without a token, 401', async () => {
    const brandId = await createBrand();
    const brandAdmin = await createBrandAdmin(brandId);
    const participant = await createUser('participant');
    const target = await createUser('participant');
    const calls: Array<[string, string, unknown?]> = [
      ['GET', '/users'], ['GET', `/users/${target.userId}`], ['POST', '/users', { username: code('x'), password: 'Coffee#2026x', roles: ['participant'] }],
      ['POST', `/users/${target.userId}/disable`], ['POST', `/users/${target.userId}/enable`], ['POST', `/users/${target.userId}/unlock`],
      ['PUT', `/users/${target.userId}/roles`, { roles: ['platform_admin'] }], ['PUT', `/users/${target.userId}/brands`, { brandIds: [brandId] }],
      ['GET', '/roles'], ['GET', '/roles/1'], ['POST', '/roles', { code: code('r'), name: 'x' }], ['PUT', '/roles/2', { name: 'x' }],
      ['PUT', '/roles/2/permissions', { permissions: ['user:write'] }], ['PUT', '/roles/2/menus', { menuIds: [] }], ['DELETE', '/roles/2'],
      ['GET', '/permissions'], ['GET', '/menus'], ['POST', '/menus', { code: code('m'), name: 'x' }], ['PUT', '/menus/1', { code: 'dashboard', name: 'x' }],
      ['DELETE', '/menus/1'], ['GET', '/security/password-policy'], ['GET', '/security/events'], ['GET', '/security/login-attempts'],
      ['GET', '/audit-logs/verify'],
    ];
    for (const who of [brandAdmin, participant]) {
      const token = (await logIn(who.username, who.password)).accessToken;
      for (const [method, path, body] of calls) {
        const answer = await request(method, `${V1}${path}`, { token, body: body ?? (method === 'POST' || method === 'PUT' ? {} : undefined) });
        assert.deepEqual([answer.status, answer.body.code], [403, 40300], `${method} ${path}`);
      }
    }
    for (const [method, path] of calls.slice(0, 3)) assert.equal((await request(method, `${V1}${path}`)).status, 401, `${method} ${path}`);
    const after = await one<any>('SELECT status FROM users WHERE id = ?', [target.userId]);
    assert.equal(after.status, 'active', 'nothing changed');
  });
});

describe('rbac: users', () => {
  test('create: policy enforced, unknown roles/brands and foreign fields refused by name; audited without the password', async () => {
    const admin = await signedInAdmin();
    const brandId = await createBrand();
    const username = code('acct');
    const body = { username, password: 'Coffee#2026x', roles: ['brand_admin'], brandIds: [brandId], realName: '李雷' };
    const weak = await as(admin).post('/users', { ...body, password: 'weak' });
    assert.equal(weak.body.code, 40050);
    const badRole = await as(admin).post('/users', { ...body, roles: ['brand_admin', 'emperor'] });
    assert.deepEqual([badRole.status, badRole.body.data.errors[0].field, badRole.body.data.errors[0].code], [404, 'body.roles.1', 'unknown']);
    const badBrand = await as(admin).post('/users', { ...body, brandIds: ['999999999'] });
    assert.deepEqual([badBrand.status, badBrand.body.data.errors[0].field], [404, 'body.brandIds.0']);
    const extra = await as(admin).post('/users', { ...body, balance: '100.00' });
    assert.equal(extra.status, 400);
    assert.match(JSON.stringify(extra.body.data.errors), /balance/);
    assert.equal(await countRows('SELECT COUNT(*) AS n FROM users WHERE username = ?', [username]), 0);

    const created = await as(admin).post('/users', body);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual([created.body.data.roles, created.body.data.brandIds], [['brand_admin'], [brandId]]);
    assert.equal(created.body.data.passwordHash, undefined);
    const pair = await logIn(username, body.password);
    assert.deepEqual(pair.user.roles, ['brand_admin']);
    // The admin chose this password: its owner must choose one at the first login, then never again for that reason.
    assert.deepEqual([pair.passwordExpired, pair.passwordChangeReason], [true, 'first-login']);
    const info = (await request('GET', '/api/v1/auth/userinfo', { token: pair.accessToken })).body.data;
    assert.deepEqual([info.passwordExpired, info.passwordChangeReason], [true, 'first-login']);
    const changed = await request('POST', '/api/v1/auth/password', { token: pair.accessToken, body: { currentPassword: body.password, newPassword: 'Latte#2027yz' } });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    const own = await logIn(username, 'Latte#2027yz');
    assert.deepEqual([own.passwordExpired, own.passwordChangeReason], [false, null]);
    const audit = await lastAudit('user.create', created.body.data.id);
    assert.equal(audit.username, 'admin');
    const recorded = JSON.stringify(json(audit.after_data));
    assert.doesNotMatch(recorded, /passwordHash|password_hash|\$2[aby]\$/i);
    assert.ok(!recorded.includes(body.password), 'the password is never recorded');
    assert.equal((await as(admin).post('/users', body)).body.code, 40950);
  });

  test('list with filters and pages; detail; 404 for an unknown id', async () => {
    const admin = await signedInAdmin();
    const brandId = await createBrand();
    const a = await createBrandAdmin(brandId);
    const b = await createBrandAdmin(brandId);
    const page = await as(admin).get(`/users?brandId=${brandId}&role=brand_admin&pageSize=1`);
    assert.equal(page.status, 200);
    assert.deepEqual([page.body.data.total, page.body.data.items.length, page.body.data.items[0].id], [2, 1, b.userId]);
    const second = await as(admin).get(`/users?brandId=${brandId}&pageSize=1&page=2`);
    assert.equal(second.body.data.items[0].id, a.userId);
    const byKeyword = await as(admin).get(`/users?keyword=${a.username}`);
    assert.deepEqual(byKeyword.body.data.items.map((u: any) => u.id), [a.userId]);
    assert.equal((await as(admin).get('/users?pageSize=101')).status, 400);
    assert.equal((await as(admin).get('/users?status=disabled&keyword=' + a.username)).body.data.total, 0);
    const detail = await as(admin).get(`/users/${a.userId}`);
    assert.deepEqual([detail.body.data.username, detail.body.data.brandIds], [a.username, [brandId]]);
    assert.equal((await as(admin).get('/users/999999999')).status, 404);
  });

  test('roles and brands take effect on the next request, audited with before and after', async () => {
    const admin = await signedInAdmin();
    const brandId = await createBrand();
    const user = await createUser('participant');
    const token = (await logIn(user.username, user.password)).accessToken;
    assert.equal((await as(token).get('/audit-logs')).status, 403);
    const roles = await as(admin).put(`/users/${user.userId}/roles`, { roles: ['brand_admin'] });
    assert.deepEqual(roles.body.data.roles, ['brand_admin']);
    const brands = await as(admin).put(`/users/${user.userId}/brands`, { brandIds: [brandId] });
    assert.deepEqual(brands.body.data.brandIds, [brandId]);
    assert.equal((await as(token).get('/audit-logs')).status, 200, 'the same token, new rights, at once');
    const info = (await as(token).get('/auth/userinfo')).body.data;
    assert.deepEqual([info.roles, info.brandIds], [['brand_admin'], [brandId]]);
    const audit = await lastAudit('user.roles', user.userId);
    assert.deepEqual([json(audit.before_data).roles, json(audit.after_data).roles], [['participant'], ['brand_admin']]);
    assert.equal((await as(admin).put(`/users/${user.userId}/roles`, { roles: ['nope_role'] })).status, 404);
  });

  test('disable ends the sessions at once and login answers like a wrong password; enable restores; nobody disables themselves', async () => {
    const admin = await signedInAdmin();
    const user = await createUser('participant');
    const pair = await logIn(user.username, user.password);
    const disabled = await as(admin).post(`/users/${user.userId}/disable`);
    assert.equal(disabled.body.data.status, 'disabled');
    assert.equal((await as(pair.accessToken).get('/auth/userinfo')).status, 401);
    assert.equal((await request('POST', `${V1}/auth/login`, { body: { username: user.username, password: user.password } })).body.code, 40150);
    assert.equal((await as(admin).post(`/users/${user.userId}/enable`)).body.data.status, 'active');
    await logIn(user.username, user.password);
    assert.ok(await lastAudit('user.disable', user.userId));
    assert.ok(await lastAudit('user.enable', user.userId));

    const adminId = (await as(admin).get('/auth/userinfo')).body.data.userId;
    assert.equal((await as(admin).post(`/users/${adminId}/disable`)).body.code, 40957);
    assert.equal((await as(admin).put(`/users/${adminId}/roles`, { roles: ['brand_admin'] })).body.code, 40957);
  });

  test('user:write cannot be used to climb: no granting, and no acting on accounts, beyond what one holds', async () => {
    const admin = await signedInAdmin();
    const roleCode = code('user_mgr');
    const role = await as(admin).post('/roles', { code: roleCode, name: 'User manager', permissions: ['user:read', 'user:write', 'campaign:read', 'order:create'] });
    assert.equal(role.status, 201, JSON.stringify(role.body));
    const manager = await createUser(roleCode);
    const token = (await logIn(manager.username, manager.password)).accessToken;
    const target = await createUser('participant');
    const platformAdmin = await createUser('platform_admin');

    const climb = await as(token).put(`/users/${target.userId}/roles`, { roles: ['platform_admin'] });
    assert.deepEqual([climb.status, climb.body.code], [403, 40350]);
    const self = await as(token).put(`/users/${manager.userId}/roles`, { roles: ['brand_admin'] });
    assert.equal(self.body.code, 40350, 'brand_admin grants permissions the manager lacks');
    assert.equal((await as(token).post(`/users/${platformAdmin.userId}/disable`)).body.code, 40350);
    assert.equal((await as(token).post('/users', { username: code('made'), password: 'Coffee#2026x', roles: ['platform_admin'] })).body.code, 40350);
    const brandId = await createBrand();
    assert.equal((await as(token).put(`/users/${target.userId}/brands`, { brandIds: [brandId] })).body.code, 40350);
    const ok = await as(token).post('/users', { username: code('made'), password: 'Coffee#2026x', roles: ['participant'] });
    assert.equal(ok.status, 201, 'within its own rights it works');
    assert.equal((await one<any>('SELECT status FROM users WHERE id = ?', [platformAdmin.userId])).status, 'active');
  });
});

describe('rbac: roles, permissions, menus', () => {
  test('role CRUD with permissions and menus; the menus reach the holders\' userinfo', async () => {
    const admin = await signedInAdmin();
    const menus = (await as(admin).get('/menus')).body.data;
    const system = menus.find((m: any) => m.code === 'system');
    const auditMenu = system.children.find((m: any) => m.code === 'system.audit');
    const roleCode = code('auditor');
    const created = await as(admin).post('/roles', { code: roleCode, name: '审计员', permissions: ['audit:read'], menuIds: [auditMenu.id] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.data.id;
    assert.deepEqual([created.body.data.permissions, created.body.data.menuIds], [['audit:read'], [auditMenu.id]]);
    assert.equal((await as(admin).post('/roles', { code: roleCode, name: 'again' })).body.code, 40952);
    const unknown = await as(admin).post('/roles', { code: code('r'), name: 'x', permissions: ['audit:read', 'world:destroy'] });
    assert.deepEqual([unknown.status, unknown.body.data.errors[0].field], [404, 'body.permissions.1']);

    const holder = await createUser(roleCode);
    const token = (await logIn(holder.username, holder.password)).accessToken;
    const info = (await as(token).get('/auth/userinfo')).body.data;
    assert.deepEqual(info.menus.map((m: any) => [m.code, m.children.map((c: any) => c.code)]), [['system', ['system.audit']]]);
    assert.deepEqual(info.permissions, ['audit:read']);

    assert.equal((await as(admin).put(`/roles/${id}`, { name: '审计员 (只读)' })).body.data.name, '审计员 (只读)');
    const perms = await as(admin).put(`/roles/${id}/permissions`, { permissions: ['audit:read', 'security:read'] });
    assert.deepEqual(perms.body.data.permissions, ['audit:read', 'security:read']);
    assert.equal((await as(token).get('/security/events')).status, 200, 'new permission applies at once');
    assert.deepEqual((await as(admin).put(`/roles/${id}/menus`, { menuIds: [] })).body.data.menuIds, []);
    assert.deepEqual((await as(token).get('/auth/userinfo')).body.data.menus, []);
    assert.equal((await as(admin).get(`/roles/${id}`)).body.data.userCount, 1);

    assert.equal((await as(admin).del(`/roles/${id}`)).body.code, 40954);
    await rows('DELETE FROM user_roles WHERE user_id = ?', [holder.userId]);
    assert.equal((await as(admin).del(`/roles/${id}`)).status, 200);
    assert.equal((await as(admin).get(`/roles/${id}`)).status, 404);
    for (const action of ['role.create', 'role.update', 'role.permissions', 'role.menus', 'role.delete']) assert.ok(await lastAudit(action, id), action);
  });

  test('built-in roles cannot be deleted, and platform_admin has no grants to edit', async () => {
    const admin = await signedInAdmin();
    const roles = (await as(admin).get('/roles')).body.data;
    const platform = roles.find((r: any) => r.code === 'platform_admin');
    const brand = roles.find((r: any) => r.code === 'brand_admin');
    assert.equal((await as(admin).del(`/roles/${brand.id}`)).body.code, 40953);
    assert.equal((await as(admin).put(`/roles/${platform.id}/permissions`, { permissions: [] })).body.code, 40953);
  });

  test('the permission catalogue is listed', async () => {
    const admin = await signedInAdmin();
    const list = (await as(admin).get('/permissions')).body.data.map((p: any) => p.code);
    for (const c of ['user:read', 'user:write', 'role:read', 'role:write', 'audit:read', 'audit:verify', 'security:read', 'security:write']) assert.ok(list.includes(c), c);
  });

  test('menu CRUD as a tree: no cycles, no orphaned children, unique codes; audited', async () => {
    const admin = await signedInAdmin();
    const group = await as(admin).post('/menus', { code: code('grp'), name: '报表', icon: 'bar_chart', sort: 100 });
    assert.equal(group.status, 201, JSON.stringify(group.body));
    const child = await as(admin).post('/menus', { code: code('rep'), name: '销售报表', path: '/reports/sales', parentId: group.body.data.id, permissionCode: 'order:read' });
    assert.equal(child.status, 201, JSON.stringify(child.body));
    const tree = (await as(admin).get('/menus')).body.data;
    const node = tree.find((m: any) => m.id === group.body.data.id);
    assert.deepEqual(node.children.map((c: any) => c.id), [child.body.data.id]);

    const cycle = await as(admin).put(`/menus/${group.body.data.id}`, { ...withoutId(group.body.data), parentId: child.body.data.id });
    assert.deepEqual([cycle.status, cycle.body.code, cycle.body.data.errors[0].field], [409, 40958, 'body.parentId']);
    const badPerm = await as(admin).post('/menus', { code: code('bad'), name: 'x', permissionCode: 'world:destroy' });
    assert.deepEqual([badPerm.status, badPerm.body.data.errors[0].field], [404, 'body.permissionCode']);
    assert.equal((await as(admin).post('/menus', { code: 'dashboard', name: 'dup' })).body.code, 40955);
    assert.equal((await as(admin).del(`/menus/${group.body.data.id}`)).body.code, 40956);

    const renamed = await as(admin).put(`/menus/${child.body.data.id}`, { ...withoutId(child.body.data), name: '销售日报' });
    assert.equal(renamed.body.data.name, '销售日报');
    assert.equal((await as(admin).del(`/menus/${child.body.data.id}`)).status, 200);
    assert.equal((await as(admin).del(`/menus/${group.body.data.id}`)).status, 200);
    assert.equal((await as(admin).del(`/menus/${group.body.data.id}`)).status, 404);
    for (const [action, id] of [['menu.create', child.body.data.id], ['menu.update', child.body.data.id], ['menu.delete', group.body.data.id]]) {
      assert.ok(await lastAudit(action, id), action);
    }
  });
});

function withoutId(menu: Record<string, unknown>) {
  const { id: _id, ...rest } = menu;
  return rest;
}
