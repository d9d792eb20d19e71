import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foreignBrands, missingGrants } from './grants';

const platformAdmin = { roles: ['platform_admin'], permissions: ['user:write'], brandIds: [] };
const userManager = { roles: ['user_manager'], permissions: ['user:read', 'user:write', 'campaign:read'], brandIds: ['7'] };

describe('grants', () => {
  it('lets a platform admin grant anything and hand out any brand', () => {
    assert.deepEqual(missingGrants(platformAdmin, ['role:write', 'security:write']), []);
    assert.deepEqual(foreignBrands(platformAdmin, ['1', '2']), []);
  });

  it('refuses to let anyone else grant what they do not hold', () => {
    assert.deepEqual(missingGrants(userManager, ['campaign:read', 'user:read']), []);
    assert.deepEqual(missingGrants(userManager, ['security:write', 'campaign:read', 'role:write', 'role:write']), ['role:write', 'security:write']);
  });

  it('refuses brands outside the actor\'s own', () => {
    assert.deepEqual(foreignBrands(userManager, ['7']), []);
    assert.deepEqual(foreignBrands(userManager, ['7', '8']), ['8']);
  });
});
