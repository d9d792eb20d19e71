import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { containsPattern, memberWhere } from './member-filter.sql';
import { maskPhone, revealsPhone, scopeOf } from './member-scope';
import { memberVisibleSql, memberWhollyVisibleSql } from './member-scope.sql';

const platform = { all: true, brandIds: [] };
const brandA = { all: false, brandIds: ['7'] };

describe('member scope', () => {
  it('a platform admin sees every member; a brand admin those linked to its brands; a user without brands none', () => {
    assert.deepEqual(memberVisibleSql(platform), { sql: '1=1', params: [] });
    const own = memberVisibleSql(brandA);
    assert.match(own.sql, /member_brand_links vl WHERE vl\.member_id = COALESCE\(m\.merged_into_id, m\.id\) AND vl\.brand_id IN \(\?\)/);
    assert.deepEqual(own.params, [['7']]);
    assert.deepEqual(memberVisibleSql({ all: false, brandIds: [] }), { sql: '1=0', params: [] });
  });

  it('a merge needs every brand of the member in scope', () => {
    const wholly = memberWhollyVisibleSql(brandA);
    assert.match(wholly.sql, /NOT EXISTS \(SELECT 1 FROM member_brand_links ol .* ol\.brand_id NOT IN \(\?\)\)/);
    assert.deepEqual(wholly.params, [['7'], ['7']]);
  });

  it('derives the scope from the principal', () => {
    assert.deepEqual(scopeOf({ roles: ['platform_admin'], brandIds: [] }), { all: true, brandIds: [] });
    assert.deepEqual(scopeOf({ roles: ['brand_admin'], brandIds: ['7', '9'] }), { all: false, brandIds: ['7', '9'] });
  });

  it('masks phones', () => {
    assert.equal(maskPhone('13912345678'), '139****5678');
    assert.equal(maskPhone('123'), '****');
    assert.equal(maskPhone(null), null);
  });

  it("reveals a phone only with the permission for one of the member's brands", () => {
    const admin = { roles: ['brand_admin'], brandIds: ['7'], permissions: ['member:read'] };
    assert.equal(revealsPhone(admin, 'member:read', ['7', '8']), true);
    assert.equal(revealsPhone(admin, 'member:read', ['8']), false);
    assert.equal(revealsPhone(admin, 'member:export', ['7']), false);
    assert.equal(revealsPhone({ roles: ['platform_admin'], brandIds: [], permissions: ['member:export'] }, 'member:export', []), true);
  });
});

describe('member list filters', () => {
  it('leaves merged members out unless asked for', () => {
    assert.match(memberWhere({}, platform).sql, /m\.status <> 'merged'/);
    const merged = memberWhere({ status: 'merged' }, platform);
    assert.match(merged.sql, /m\.status = \?/);
    assert.deepEqual(merged.params, ['merged']);
  });

  it('searches name, nickname and phone with the LIKE wildcards of the keyword taken literally', () => {
    assert.equal(containsPattern('50%_off\\'), '%50\\%\\_off\\\\%');
    const where = memberWhere({ keyword: '张' }, platform);
    assert.match(where.sql, /m\.phone LIKE \? OR m\.nickname LIKE \? OR p\.real_name LIKE \?/);
    assert.deepEqual(where.params, ['%张%', '%张%', '%张%']);
  });

  it('a brand outside the scope matches nothing; one inside filters on its links', () => {
    assert.match(memberWhere({ brandId: '9' }, brandA).sql, /\(1=0\)/);
    const inside = memberWhere({ brandId: '7' }, brandA);
    assert.match(inside.sql, /fb\.brand_id = \?/);
    assert.deepEqual(inside.params, [['7'], '7']);
  });

  it("filters by tag only through tags the caller may see (its brands' or the platform's)", () => {
    const where = memberWhere({ tagId: '5' }, brandA);
    assert.match(where.sql, /ftl\.tag_id = \? AND \(ft\.brand_id IS NULL OR ft\.brand_id IN \(\?\)\)/);
    assert.deepEqual(where.params, [['7'], '5', ['7']]);
  });

  it('bounds the created range on both ends, in order, with the scope first', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2026-02-01T00:00:00Z');
    const where = memberWhere({ createdFrom: from, createdTo: to }, brandA);
    assert.match(where.sql, /m\.created_at >= \?\) AND \(m\.created_at <= \?/);
    assert.deepEqual(where.params, [['7'], from, to]);
  });
});
