import type { Body, Data } from '@dmh/api-client';
import type { MenuNode } from '../core/nav/nav-menu';

export type User = Data<'/api/v1/users', 'get'>['items'][number];
export type CreateUser = Body<'/api/v1/users', 'post'>;
export type Permission = Data<'/api/v1/permissions', 'get'>[number];
export type ChainReport = Data<'/api/v1/audit-logs/verify', 'get'>;

export const USER_FIELDS: Readonly<Record<string, string>> = {
  username: 'body.username', password: 'body.password', phone: 'body.phone', email: 'body.email', realName: 'body.realName', roles: 'body.roles',
  brandIds: 'body.brandIds',
};

export interface UserForm {
  username: string;
  password: string;
  phone: string;
  email: string;
  realName: string;
  roles: string[];
  brandIds: string[];
}

/** The create body: empty optional boxes become null (the API's "none"), text trimmed, the password as typed. */
export function createUserBody(f: UserForm): CreateUser {
  const opt = (s: string) => (s.trim() === '' ? null : s.trim());
  return { username: f.username.trim(), password: f.password, phone: opt(f.phone), email: opt(f.email), realName: opt(f.realName), roles: f.roles, brandIds: f.brandIds };
}

export type UserAction = 'disable' | 'enable' | 'unlock';

/** What can be done to an account now: disable an active one (never oneself), enable a disabled one, unlock a locked one. */
export function userActions(user: Pick<User, 'id' | 'status' | 'lockedUntil'>, myId: string | null, now = Date.now()): UserAction[] {
  const out: UserAction[] = [];
  if (user.status === 'active' && user.id !== myId) out.push('disable');
  if (user.status === 'disabled') out.push('enable');
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) out.push('unlock');
  return out;
}

/** The permission catalogue by resource (`member:read`, `member:write` → member), resources and codes in order. */
export function groupPermissions(perms: readonly Permission[]): Array<{ resource: string; items: Permission[] }> {
  const by = new Map<string, Permission[]>();
  for (const p of [...perms].sort((a, b) => a.code.localeCompare(b.code))) (by.get(p.resource) ?? by.set(p.resource, []).get(p.resource)!).push(p);
  return [...by].map(([resource, items]) => ({ resource, items }));
}

/** The menu tree as an indented list (depth for the indent), siblings by their sort order. */
export function flattenMenus(nodes: readonly MenuNode[], depth = 0): Array<{ node: MenuNode; depth: number }> {
  return [...nodes]
    .sort((a, b) => a.sort - b.sort)
    .flatMap((n) => [{ node: n, depth }, ...flattenMenus(n.children, depth + 1)]);
}

/** A set with one value toggled (checkbox lists). */
export function toggled(values: readonly string[], value: string, on: boolean): string[] {
  const set = new Set(values);
  if (on) set.add(value);
  else set.delete(value);
  return [...set];
}

/** The chain verification in the user's words: intact, or where and how it broke. */
export function chainVerdict(r: ChainReport): { key: string; params: Record<string, string | number> } {
  if (r.intact) return { key: 'system.audit.intact', params: { checked: r.checked } };
  return { key: `system.audit.broken.${r.reason ?? 'hash'}`, params: { checked: r.checked, id: r.brokenId ?? '?' } };
}

/** The top-level fields an audit entry changed (every field of `after` when there was no `before`), in order. */
export function changedFields(before: unknown, after: unknown): string[] {
  const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const b = obj(before);
  const a = obj(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}
