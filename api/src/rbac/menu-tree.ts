/** A console menu entry (menus row). */
export interface MenuItem {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  path: string | null;
  icon: string | null;
  sort: number;
  permissionCode: string | null;
}

export interface MenuNode extends MenuItem {
  children: MenuNode[];
}

/**
 * The menus as a tree, siblings ordered by `sort` then id. With `visible`, only those menus and the groups
 * above them (a visible page inside a group shows its group). An entry whose parent is absent becomes a
 * root; entries caught in a parent cycle (which writes refuse) are left out rather than looping.
 */
export function buildMenuTree(menus: MenuItem[], visible?: ReadonlySet<string>): MenuNode[] {
  const byId = new Map(menus.map((m) => [m.id, m]));
  const included = new Set<string>();
  for (const menu of menus) {
    if (visible && !visible.has(menu.id)) continue;
    for (let m: MenuItem | undefined = menu; m && !included.has(m.id); m = m.parentId ? byId.get(m.parentId) : undefined) included.add(m.id);
  }
  const children = new Map<string | null, MenuItem[]>();
  for (const m of menus) {
    if (!included.has(m.id)) continue;
    const parent = m.parentId && included.has(m.parentId) ? m.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), m]);
  }
  const seen = new Set<string>();
  const grow = (parent: string | null): MenuNode[] =>
    (children.get(parent) ?? [])
      .filter((m) => !seen.has(m.id) && seen.add(m.id))
      .sort((a, b) => a.sort - b.sort || Number(a.id) - Number(b.id))
      .map((m) => ({ ...m, children: grow(m.id) }));
  return grow(null);
}

/** Whether making `parentId` the parent of `id` would put `id` under itself. */
export function createsCycle(menus: Pick<MenuItem, 'id' | 'parentId'>[], id: string, parentId: string | null): boolean {
  const parentOf = new Map(menus.map((m) => [m.id, m.parentId]));
  const seen = new Set<string>();
  for (let at = parentId; at !== null && at !== undefined; at = parentOf.get(at) ?? null) {
    if (at === id || seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}
