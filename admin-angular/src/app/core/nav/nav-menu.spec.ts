import { buildNav, findByPath, firstBuiltPath, type MenuNode } from './nav-menu';

let nextId = 1;
function menu(code: string, permissionCode: string | null, over: Partial<MenuNode> = {}): MenuNode {
  const id = String(nextId++);
  return { id, parentId: null, code, name: `名称-${code}`, path: `/${code}`, icon: 'circle', sort: Number(id) * 10, permissionCode, children: [], ...over };
}

describe('buildNav', () => {
  const built = new Set(['/campaigns']);

  it('leaves out entries whose permission the user lacks, even if the API sent them', () => {
    const menus = [menu('campaigns', 'campaign:read'), menu('orders', 'order:read')];
    const nav = buildNav(menus, { roles: ['brand_admin'], permissions: ['campaign:read'] }, built);
    expect(nav.map((n) => n.code)).toEqual(['campaigns']);
  });

  it('shows a group only when one of its children shows, and drops the others inside it', () => {
    const users = menu('system.users', 'user:read', { path: '/system/users' });
    const audit = menu('system.audit', 'audit:read', { path: '/system/audit-logs' });
    const system = menu('system', null, { path: null, children: [users, audit] });
    const empty = menu('ops', null, { path: null, children: [menu('ops.sidecars', 'ops:read')] });

    const nav = buildNav([system, empty], { roles: ['brand_admin'], permissions: ['audit:read'] }, built);
    expect(nav.map((n) => n.code)).toEqual(['system']);
    expect(nav[0].children.map((c) => c.code)).toEqual(['system.audit']);
  });

  it('gives a platform admin every entry, ordered by sort, marking the screens the console has', () => {
    const later = menu('orders', 'order:read', { sort: 30 });
    const first = menu('campaigns', 'campaign:read', { sort: 20 });
    const nav = buildNav([later, first], { roles: ['platform_admin'], permissions: [] }, built);
    expect(nav.map((n) => [n.code, n.built, n.labelKey])).toEqual([
      ['campaigns', true, 'menu.campaigns'],
      ['orders', false, 'menu.orders'],
    ]);
  });

  it('lands on the first built page, and finds an entry by its path', () => {
    const nav = buildNav(
      [menu('dashboard', 'dashboard:read'), menu('campaigns', 'campaign:read')],
      { roles: ['platform_admin'], permissions: [] },
      built,
    );
    expect(firstBuiltPath(nav)).toBe('/campaigns');
    expect(findByPath(nav, '/dashboard')?.code).toBe('dashboard');
    expect(firstBuiltPath(buildNav([], { roles: [], permissions: [] }, built))).toBeNull();
  });
});
