import type { Body } from '@dmh/api-client';
import type { Message } from '../../core/errors/error-messages';
import type { MenuNode } from '../../core/nav/nav-menu';

export type MenuBody = Body<'/api/v1/menus', 'post'>;

/** The edit form as typed ('' for none). */
export interface MenuForm {
  parentId: string;
  code: string;
  name: string;
  path: string;
  icon: string;
  sort: number | null;
  permissionCode: string;
}
export type MenuField = keyof MenuForm;
export const MENU_FIELDS: Readonly<Record<MenuField, string>> = {
  parentId: 'body.parentId', code: 'body.code', name: 'body.name', path: 'body.path', icon: 'body.icon', sort: 'body.sort', permissionCode: 'body.permissionCode',
};

/** The API's rules (`menuBody` in api/src/rbac/menus.schemas.ts), mirrored; the spec holds them to the same cases. */
export const MENU_RULES = {
  code: /^[a-z][a-z0-9_.-]{1,49}$/,
  path: /^\/[\w\-/.:]{0,199}$/,
  icon: /^[a-z0-9_]{1,50}$/,
  permissionCode: /^[a-z_]+:[a-z_]+$/,
  sortMax: 1_000_000,
} as const;

export function emptyMenuForm(parentId = ''): MenuForm {
  return { parentId, code: '', name: '', path: '', icon: '', sort: null, permissionCode: '' };
}

export function menuFormOf(n: MenuNode): MenuForm {
  return { parentId: n.parentId ?? '', code: n.code, name: n.name, path: n.path ?? '', icon: n.icon ?? '', sort: n.sort, permissionCode: n.permissionCode ?? '' };
}

export function menuBody(f: MenuForm): MenuBody {
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  return {
    parentId: f.parentId || null, code: f.code.trim(), name: f.name.trim(), path: orNull(f.path), icon: orNull(f.icon), sort: f.sort ?? 0,
    permissionCode: orNull(f.permissionCode),
  };
}

/** Every menu below `id` (its children, theirs…): none of them may become its parent. */
export function descendantsOf(tree: readonly MenuNode[], id: string): Set<string> {
  const out = new Set<string>();
  const walk = (nodes: readonly MenuNode[], inside: boolean) => {
    for (const n of nodes) {
      if (inside) out.add(n.id);
      walk(n.children, inside || n.id === id);
    }
  };
  walk(tree, false);
  return out;
}

export function allMenus(tree: readonly MenuNode[]): MenuNode[] {
  return tree.flatMap((n) => [n, ...allMenus(n.children)]);
}

/** What the API would refuse, by field, before sending (`editing`: the menu being changed, null for a new one). */
export function menuProblems(f: MenuForm, tree: readonly MenuNode[], editing: string | null): Partial<Record<MenuField, Message>> {
  const p: Partial<Record<MenuField, Message>> = {};
  const code = f.code.trim();
  if (!code) p.code = { key: 'menus.required' };
  else if (!MENU_RULES.code.test(code)) p.code = { key: 'menus.rules.code' };
  else if (allMenus(tree).some((m) => m.code === code && m.id !== editing)) p.code = { key: 'errors.MENU_CODE_TAKEN' };
  if (!f.name.trim()) p.name = { key: 'menus.required' };
  else if (f.name.trim().length > 100) p.name = { key: 'menus.rules.name' };
  if (f.path.trim() && !MENU_RULES.path.test(f.path.trim())) p.path = { key: 'menus.rules.path' };
  if (f.icon.trim() && !MENU_RULES.icon.test(f.icon.trim())) p.icon = { key: 'menus.rules.icon' };
  if (f.permissionCode.trim() && !MENU_RULES.permissionCode.test(f.permissionCode.trim())) p.permissionCode = { key: 'menus.rules.permission' };
  if (f.sort !== null && (!Number.isInteger(f.sort) || Math.abs(f.sort) > MENU_RULES.sortMax)) p.sort = { key: 'menus.rules.sort' };
  if (editing && f.parentId && (f.parentId === editing || descendantsOf(tree, editing).has(f.parentId))) p.parentId = { key: 'errors.MENU_PARENT_CYCLE' };
  return p;
}

/** The siblings of a menu (same parent), in the order the console shows them. */
export function siblingsOf(tree: readonly MenuNode[], parentId: string | null): MenuNode[] {
  const level = parentId === null ? tree : (allMenus(tree).find((m) => m.id === parentId)?.children ?? []);
  return [...level].sort((a, b) => a.sort - b.sort || Number(a.id) - Number(b.id));
}

/**
 * Moving a menu up or down among its siblings: the new sort values (10, 20, 30… in the new order), only
 * for the menus whose value changes — one PUT each. Empty when it cannot move that way.
 */
export function reorder(siblings: readonly MenuNode[], id: string, direction: -1 | 1): Array<{ node: MenuNode; sort: number }> {
  const order = [...siblings];
  const at = order.findIndex((m) => m.id === id);
  const to = at + direction;
  if (at < 0 || to < 0 || to >= order.length) return [];
  [order[at], order[to]] = [order[to]!, order[at]!];
  return order.map((node, i) => ({ node, sort: (i + 1) * 10 })).filter(({ node, sort }) => node.sort !== sort);
}
