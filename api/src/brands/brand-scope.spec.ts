import assert from 'node:assert/strict';
import { test } from 'node:test';
import { administersBrand, brandScope, brandScopeSql, inBrandScope } from './brand-scope';

const platform = { roles: ['platform_admin'], brandIds: [], permissions: [] };
const brandAdmin = { roles: ['brand_admin'], brandIds: ['3', '5'], permissions: ['distributor:read'] };

test('a platform admin sees every brand; a brand admin only its own; someone without brands none', () => {
  assert.deepEqual(brandScopeSql(brandScope(platform), 'd.brand_id'), { sql: '1 = 1', params: [] });
  assert.deepEqual(brandScopeSql(brandScope(brandAdmin), 'd.brand_id'), { sql: 'd.brand_id IN (?, ?)', params: ['3', '5'] });
  assert.deepEqual(brandScopeSql(brandScope({ roles: ['distributor'], brandIds: [] }), 'brand_id'), { sql: '1 = 0', params: [] });
  assert.equal(inBrandScope(brandScope(brandAdmin), '5'), true);
  assert.equal(inBrandScope(brandScope(brandAdmin), '4'), false);
  assert.equal(inBrandScope(brandScope(platform), '4'), true);
});

test('administering a brand needs the brand and the permission (a platform admin needs neither)', () => {
  assert.equal(administersBrand(brandAdmin, '3', 'distributor:read'), true);
  assert.equal(administersBrand(brandAdmin, '4', 'distributor:read'), false);
  assert.equal(administersBrand(brandAdmin, '3', 'distributor:approve'), false);
  assert.equal(administersBrand(platform, '4', 'distributor:approve'), true);
});
