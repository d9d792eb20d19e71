import enMenus from '../../../../public/i18n/menus/en.json';
import zhMenus from '../../../../public/i18n/menus/zh-CN.json';
import enMembers from '../../../../public/i18n/members/en.json';
import zhMembers from '../../../../public/i18n/members/zh-CN.json';
import enSync from '../../../../public/i18n/sync/en.json';
import zhSync from '../../../../public/i18n/sync/zh-CN.json';
import enSystem from '../../../../public/i18n/system/en.json';
import zhSystem from '../../../../public/i18n/system/zh-CN.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}

function params(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

describe('the members, sync and system copy', () => {
  for (const [name, zh, en] of [['members', zhMembers, enMembers], ['sync', zhSync, enSync], ['system', zhSystem, enSystem], ['menus', zhMenus, enMenus]] as const) {
    it(`${name}: Chinese and English have the same keys, each with the same parameters and no empty words`, () => {
      expect(keys(en)).toEqual(keys(zh));
      const at = (tree: object, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], tree) as string;
      for (const key of keys(zh)) {
        expect(params(at(en, key))).withContext(key).toEqual(params(at(zh, key)));
        expect(at(zh, key).trim()).withContext(key).not.toBe('');
      }
    });
  }
});
