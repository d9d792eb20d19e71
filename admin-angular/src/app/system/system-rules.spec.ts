import type { MenuNode } from '../core/nav/nav-menu';
import { chainVerdict, changedFields, createUserBody, flattenMenus, groupPermissions, toggled, userActions } from './system-rules';

describe('system rules', () => {
  it('sends empty optional boxes as null and trims text, never the password', () => {
    expect(createUserBody({ username: ' ops1 ', password: ' Pw ', phone: '', email: ' a@b.cn ', realName: '', roles: ['brand_admin'], brandIds: ['1'] })).toEqual({
      username: 'ops1', password: ' Pw ', phone: null, email: 'a@b.cn', realName: null, roles: ['brand_admin'], brandIds: ['1'],
    });
  });

  it('offers disable, enable and unlock only when they apply, and never disabling oneself', () => {
    const now = Date.parse('2026-12-03T10:00:00Z');
    expect(userActions({ id: '2', status: 'active', lockedUntil: null }, '1', now)).toEqual(['disable']);
    expect(userActions({ id: '1', status: 'active', lockedUntil: null }, '1', now)).toEqual([]);
    expect(userActions({ id: '2', status: 'disabled', lockedUntil: '2026-12-03T10:05:00Z' }, '1', now)).toEqual(['enable', 'unlock']);
    expect(userActions({ id: '2', status: 'active', lockedUntil: '2026-12-03T09:00:00Z' }, '1', now)).toEqual(['disable']);
  });

  it('groups the permission catalogue by resource', () => {
    const p = (code: string) => ({ id: code, code, resource: code.split(':')[0]!, action: code.split(':')[1]!, name: code });
    const groups = groupPermissions([p('user:write'), p('member:read'), p('user:read')]);
    expect(groups.map((g) => [g.resource, g.items.map((i) => i.code)])).toEqual([['member', ['member:read']], ['user', ['user:read', 'user:write']]]);
  });

  it('flattens the menu tree by sort order with depths, and toggles values', () => {
    const node = (id: string, sort: number, children: MenuNode[] = []): MenuNode =>
      ({ id, parentId: null, code: id, name: id, path: null, icon: null, sort, permissionCode: null, children });
    expect(flattenMenus([node('b', 2, [node('b2', 2), node('b1', 1)]), node('a', 1)]).map((x) => `${x.depth}${x.node.id}`)).toEqual(['0a', '0b', '1b1', '1b2']);
    expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it('says the chain verification in words', () => {
    expect(chainVerdict({ intact: true, checked: 12, brokenId: null, reason: null })).toEqual({ key: 'system.audit.intact', params: { checked: 12 } });
    expect(chainVerdict({ intact: false, checked: 7, brokenId: '7', reason: 'prev_hash' }).key).toBe('system.audit.broken.prev_hash');
  });

  it('names the fields an audit entry changed', () => {
    expect(changedFields({ status: 'active', roles: ['a'], id: '6' }, { status: 'disabled', roles: ['a'], id: '6' })).toEqual(['status']);
    expect(changedFields(null, { name: 'VIP', color: null })).toEqual(['name', 'color']);
    expect(changedFields({ name: 'x' }, null)).toEqual(['name']);
  });
});
