import { isoTimeOrNull } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../common/database';

type Db = Pick<EntityManager, 'query'>;

export interface UserView {
  id: string;
  username: string;
  realName: string | null;
  phone: string | null;
  email: string | null;
  status: string;
  roles: string[];
  brandIds: string[];
  failedLoginCount: number;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  lastLoginIp: string | null;
  passwordChangedAt: string | null;
  createdAt: string;
}

export interface UserFilter {
  keyword?: string;
  status?: string;
  role?: string;
  brandId?: string;
}

const COLUMNS = `u.id, u.username, u.real_name, u.phone, u.email, u.status, u.failed_login_count, u.locked_until, u.last_login_at,
  u.last_login_ip, u.password_changed_at, u.created_at`;

/** Accounts as administrators see them (never a password hash). */
export class UsersRepository {
  async list(filter: UserFilter, page: number, pageSize: number): Promise<{ items: UserView[]; total: number }> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (filter.keyword) {
      const like = `%${filter.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      clauses.push('(u.username LIKE ? OR u.real_name LIKE ? OR u.phone LIKE ?)');
      params.push(like, like, like);
    }
    if (filter.status) {
      clauses.push('u.status = ?');
      params.push(filter.status);
    }
    if (filter.role) {
      clauses.push('EXISTS (SELECT 1 FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = u.id AND r.code = ?)');
      params.push(filter.role);
    }
    if (filter.brandId) {
      clauses.push('EXISTS (SELECT 1 FROM user_brands ub WHERE ub.user_id = u.id AND ub.brand_id = ?)');
      params.push(filter.brandId);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM users u ${where}`, params);
    const rows = await database().query(`SELECT ${COLUMNS} FROM users u ${where} ORDER BY u.id DESC LIMIT ? OFFSET ?`, [
      ...params, pageSize, (page - 1) * pageSize,
    ]);
    return { total: Number(count.n), items: await this.withLinks(database(), rows) };
  }

  async find(id: string, em: Db = database()): Promise<UserView | null> {
    const rows = await em.query(`SELECT ${COLUMNS} FROM users u WHERE u.id = ?`, [id]);
    return (await this.withLinks(em, rows))[0] ?? null;
  }

  async setStatus(em: Db, id: string, status: 'active' | 'disabled'): Promise<void> {
    await em.query('UPDATE users SET status = ? WHERE id = ?', [status, id]);
  }

  /** Ends a lock-out at once: the failure count is cleared, an admin lock (status 'locked') lifted. */
  async unlock(em: Db, id: string): Promise<void> {
    await em.query("UPDATE users SET failed_login_count = 0, locked_until = NULL, status = IF(status = 'locked', 'active', status) WHERE id = ?", [id]);
  }

  async setRoles(em: Db, userId: string, roleIds: string[]): Promise<void> {
    await em.query('DELETE FROM user_roles WHERE user_id = ?', [userId]);
    for (const roleId of roleIds) await em.query('INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)', [userId, roleId]);
  }

  async setBrands(em: Db, userId: string, brandIds: string[]): Promise<void> {
    await em.query('DELETE FROM user_brands WHERE user_id = ?', [userId]);
    for (const brandId of brandIds) await em.query('INSERT INTO user_brands (user_id, brand_id) VALUES (?, ?)', [userId, brandId]);
  }

  /** The given ids that are not brands. */
  async unknownBrands(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await database().query('SELECT id FROM brands WHERE id IN (?)', [ids]);
    const known = new Set(rows.map((r: { id: string }) => String(r.id)));
    return ids.filter((id) => !known.has(id));
  }

  private async withLinks(em: Db, rows: Record<string, any>[]): Promise<UserView[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => String(r.id));
    const roles = await em.query('SELECT ur.user_id, r.code FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id IN (?) ORDER BY r.code', [ids]);
    const brands = await em.query('SELECT user_id, brand_id FROM user_brands WHERE user_id IN (?) ORDER BY brand_id', [ids]);
    const group = (links: Record<string, any>[], value: string) => {
      const by = new Map<string, string[]>();
      for (const l of links) by.set(String(l.user_id), [...(by.get(String(l.user_id)) ?? []), String(l[value])]);
      return by;
    };
    const rolesBy = group(roles, 'code');
    const brandsBy = group(brands, 'brand_id');
    return rows.map((r) => ({
      id: String(r.id),
      username: r.username,
      realName: r.real_name,
      phone: r.phone,
      email: r.email,
      status: r.status,
      roles: rolesBy.get(String(r.id)) ?? [],
      brandIds: brandsBy.get(String(r.id)) ?? [],
      failedLoginCount: Number(r.failed_login_count),
      lockedUntil: isoTimeOrNull(r.locked_until),
      lastLoginAt: isoTimeOrNull(r.last_login_at),
      lastLoginIp: r.last_login_ip,
      passwordChangedAt: isoTimeOrNull(r.password_changed_at),
      createdAt: new Date(r.created_at).toISOString(),
    }));
  }
}
