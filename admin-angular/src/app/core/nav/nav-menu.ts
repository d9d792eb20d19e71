import type { components } from '@dmh/api-client';

export type MenuNode = components['schemas']['MenuNode'];

/** One entry of the side navigation. */
export interface NavItem {
  code: string;
  /** Translation key (`menu.<code>`); `name` (the API's) is shown when the key has no words. */
  labelKey: string;
  name: string;
  icon: string;
  path: string | null;
  /** Whether the console has this screen yet (else it leads to the "being built" page). */
  built: boolean;
  children: NavItem[];
}

export interface Holder {
  roles: readonly string[];
  permissions: readonly string[];
}

/**
 * The side navigation from the menus the API returns for the signed-in role: an entry whose permission the
 * user lacks is left out (the API already filters by role; a menu granted to a role without its permission
 * must not show a page that would answer 403), a group shows only when one of its children does, siblings
 * are ordered by `sort`. A platform admin holds every permission.
 */
export function buildNav(menus: readonly MenuNode[], holder: Holder, builtPaths: ReadonlySet<string>): NavItem[] {
  const all = holder.roles.includes('platform_admin');
  const held = new Set(holder.permissions);
  const grow = (nodes: readonly MenuNode[]): NavItem[] =>
    [...nodes]
      .sort((a, b) => a.sort - b.sort || Number(a.id) - Number(b.id))
      .filter((m) => all || m.permissionCode === null || held.has(m.permissionCode))
      .map((m) => ({
        code: m.code,
        labelKey: `menu.${m.code}`,
        name: m.name,
        icon: m.icon ?? 'chevron_right',
        path: m.path,
        built: m.path !== null && builtPaths.has(m.path),
        children: grow(m.children),
      }))
      .filter((item) => item.path !== null || item.children.length > 0);
  return grow(menus);
}

/** The first page of the navigation the console has built (where to land after signing in). */
export function firstBuiltPath(items: readonly NavItem[]): string | null {
  for (const item of items) {
    if (item.built && item.path) return item.path;
    const inside = firstBuiltPath(item.children);
    if (inside) return inside;
  }
  return null;
}

/** The entry for a path (to title the "being built" page). */
export function findByPath(items: readonly NavItem[], path: string): NavItem | null {
  for (const item of items) {
    if (item.path === path) return item;
    const inside = findByPath(item.children, path);
    if (inside) return inside;
  }
  return null;
}
