import type { EntityManager } from 'typeorm';
import { isDuplicateKeyError } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { database } from '../common/database';

type Db = Pick<EntityManager, 'query'>;

export interface RoleRow {
  id: string;
  code: string;
  name: string;
  description: string | null;
  userCount: number;
}

export interface RoleDetail extends RoleRow {
  permissions: string[];
  menuIds: string[];
}

export interface PermissionRow {
  id: string;
  code: string;
  resource: string;
  action: string;
  name: string;
}

const ROLE_COLUMNS = 'r.id, r.code, r.name, r.description, (SELECT COUNT(*) FROM user_roles ur WHERE ur.role_id = r.id) AS user_count';

/** roles, role_permissions, role_menus and the permission catalogue. */
export class RolesRepository {
  async list(): Promise<RoleRow[]> {
    return (await database().query(`SELECT ${ROLE_COLUMNS} FROM roles r ORDER BY r.id`)).map(toRole);
  }

  async find(id: string, em: Db = database()): Promise<RoleDetail | null> {
    const [row] = await em.query(`SELECT ${ROLE_COLUMNS} FROM roles r WHERE r.id = ?`, [id]);
    if (!row) return null;
    const permissions = await em.query(
      'SELECT p.code FROM role_permissions rp JOIN permissions p ON p.id = rp.permission_id WHERE rp.role_id = ? ORDER BY p.code',
      [id],
    );
    const menus = await em.query('SELECT menu_id FROM role_menus WHERE role_id = ? ORDER BY menu_id', [id]);
    return {
      ...toRole(row),
      permissions: permissions.map((p: { code: string }) => p.code),
      menuIds: menus.map((m: { menu_id: string }) => String(m.menu_id)),
    };
  }

  async insert(em: Db, role: { code: string; name: string; description: string | null }): Promise<string> {
    try {
      const result = await em.query('INSERT INTO roles (code, name, description) VALUES (?, ?, ?)', [role.code, role.name, role.description]);
      return String(result.insertId);
    } catch (err) {
      if (isDuplicateKeyError(err, 'uk_code')) throw new AppError('ROLE_CODE_TAKEN', undefined, [{ field: 'body.code', code: 'taken', message: 'already exists' }]);
      throw err;
    }
  }

  async update(em: Db, id: string, role: { name: string; description: string | null }): Promise<void> {
    await em.query('UPDATE roles SET name = ?, description = ? WHERE id = ?', [role.name, role.description, id]);
  }

  async delete(em: Db, id: string): Promise<void> {
    await em.query('DELETE FROM role_permissions WHERE role_id = ?', [id]);
    await em.query('DELETE FROM role_menus WHERE role_id = ?', [id]);
    await em.query('DELETE FROM roles WHERE id = ?', [id]);
  }

  async setPermissions(em: Db, roleId: string, codes: string[]): Promise<void> {
    await em.query('DELETE FROM role_permissions WHERE role_id = ?', [roleId]);
    if (codes.length === 0) return;
    await em.query('INSERT INTO role_permissions (role_id, permission_id) SELECT ?, id FROM permissions WHERE code IN (?)', [roleId, codes]);
  }

  async setMenus(em: Db, roleId: string, menuIds: string[]): Promise<void> {
    await em.query('DELETE FROM role_menus WHERE role_id = ?', [roleId]);
    if (menuIds.length === 0) return;
    await em.query('INSERT INTO role_menus (role_id, menu_id) SELECT ?, id FROM menus WHERE id IN (?)', [roleId, menuIds]);
  }

  async permissions(): Promise<PermissionRow[]> {
    const rows = await database().query('SELECT id, code, resource, action, name FROM permissions ORDER BY code');
    return rows.map((r: Record<string, any>) => ({ id: String(r.id), code: r.code, resource: r.resource, action: r.action, name: r.name }));
  }

  /** The given codes that are not permissions. */
  async unknownPermissions(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows = await database().query('SELECT code FROM permissions WHERE code IN (?)', [codes]);
    const known = new Set(rows.map((r: { code: string }) => r.code));
    return codes.filter((c) => !known.has(c));
  }

  /** The given ids that are not menus. */
  async unknownMenus(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await database().query('SELECT id FROM menus WHERE id IN (?)', [ids]);
    const known = new Set(rows.map((r: { id: string }) => String(r.id)));
    return ids.filter((id) => !known.has(id));
  }

  /** Roles by code (the unknown ones are absent from the answer). */
  async byCodes(codes: string[], em: Db = database()): Promise<Array<{ id: string; code: string }>> {
    if (codes.length === 0) return [];
    const rows = await em.query('SELECT id, code FROM roles WHERE code IN (?)', [codes]);
    return rows.map((r: { id: string; code: string }) => ({ id: String(r.id), code: r.code }));
  }

  /** Every permission the given roles grant (platform_admin grants all of them). */
  async permissionsOf(roleCodes: string[], em: Db = database()): Promise<string[]> {
    if (roleCodes.length === 0) return [];
    const rows = roleCodes.includes('platform_admin')
      ? await em.query('SELECT code FROM permissions')
      : await em.query(
          `SELECT DISTINCT p.code FROM roles r JOIN role_permissions rp ON rp.role_id = r.id JOIN permissions p ON p.id = rp.permission_id
            WHERE r.code IN (?)`,
          [roleCodes],
        );
    return rows.map((r: { code: string }) => r.code);
  }
}

function toRole(r: Record<string, any>): RoleRow {
  return { id: String(r.id), code: r.code, name: r.name, description: r.description, userCount: Number(r.user_count) };
}
