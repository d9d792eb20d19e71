import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { menuBody } from './menus.schemas';

/**
 * The admin console checks a menu before sending with a mirror of these rules
 * (admin-angular/src/app/system/menus/menu-rules.ts); both are held to the same table of values, so a
 * change here that the console does not follow fails one of the two specs.
 */
const CASES_FILE = resolve(__dirname, '../../../admin-angular/src/app/system/menus/menu-rule-cases.json');
const { cases } = JSON.parse(readFileSync(CASES_FILE, 'utf8')) as { cases: Array<{ field: string; value: string; ok: boolean }> };
const valid = { code: 'system.menus', name: '菜单', path: '/system/menus', icon: 'menu', permissionCode: 'role:read' };

describe('menu body rules, shared with the console', () => {
  for (const c of cases) {
    test(`${c.field} ${JSON.stringify(c.value)} is ${c.ok ? 'accepted' : 'refused'}`, () => {
      const parsed = menuBody.safeParse({ ...valid, [c.field]: c.value });
      assert.equal(parsed.success, c.ok, parsed.success ? '' : JSON.stringify(parsed.error.issues));
    });
  }
});
