import type { EntityManager } from 'typeorm';
import { isDuplicateKeyError } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { database } from '../common/database';
import type { MenuItem } from './menu-tree';

type Db = Pick<EntityManager, 'query'>;
export type MenuFields = Omit<MenuItem, 'id'>;

const COLUMNS = 'id, parent_id, code, name, path, icon, sort, permission_code';

/** menus and role_menus. */
export class MenusRepository {
  async all(em: Db = database()): Promise<MenuItem[]> {
    return (await em.query(`SELECT ${COLUMNS} FROM menus ORDER BY sort, id`)).map(toMenu);
  }

  async find(id: string, em: Db = database()): Promise<MenuItem | null> {
    const [row] = await em.query(`SELECT ${COLUMNS} FROM menus WHERE id = ?`, [id]);
    return row ? toMenu(row) : null;
  }

  /** The menus a user's roles are given (role_menus). */
  async visibleIdsFor(userId: string): Promise<Set<string>> {
    const rows = await database().query(
      'SELECT DISTINCT rm.menu_id FROM user_roles ur JOIN role_menus rm ON rm.role_id = ur.role_id WHERE ur.user_id = ?',
      [userId],
    );
    return new Set(rows.map((r: { menu_id: string }) => String(r.menu_id)));
  }

  async insert(em: Db, m: MenuFields): Promise<string> {
    try {
      const result = await em.query('INSERT INTO menus (parent_id, code, name, path, icon, sort, permission_code) VALUES (?, ?, ?, ?, ?, ?, ?)', [
        m.parentId, m.code, m.name, m.path, m.icon, m.sort, m.permissionCode,
      ]);
      return String(result.insertId);
    } catch (err) {
      throw mapDuplicate(err);
    }
  }

  async update(em: Db, id: string, m: MenuFields): Promise<void> {
    try {
      await em.query('UPDATE menus SET parent_id = ?, code = ?, name = ?, path = ?, icon = ?, sort = ?, permission_code = ? WHERE id = ?', [
        m.parentId, m.code, m.name, m.path, m.icon, m.sort, m.permissionCode, id,
      ]);
    } catch (err) {
      throw mapDuplicate(err);
    }
  }

  async hasChildren(em: Db, id: string): Promise<boolean> {
    const [row] = await em.query('SELECT id FROM menus WHERE parent_id = ? LIMIT 1', [id]);
    return Boolean(row);
  }

  async delete(em: Db, id: string): Promise<void> {
    await em.query('DELETE FROM role_menus WHERE menu_id = ?', [id]);
    await em.query('DELETE FROM menus WHERE id = ?', [id]);
  }

  async permissionExists(code: string): Promise<boolean> {
    const [row] = await database().query('SELECT id FROM permissions WHERE code = ?', [code]);
    return Boolean(row);
  }
}

function mapDuplicate(err: unknown): unknown {
  return isDuplicateKeyError(err, 'uk_code') ? new AppError('MENU_CODE_TAKEN', undefined, [{ field: 'body.code', code: 'taken', message: 'already exists' }]) : err;
}

function toMenu(r: Record<string, any>): MenuItem {
  return {
    id: String(r.id),
    parentId: r.parent_id === null ? null : String(r.parent_id),
    code: r.code,
    name: r.name,
    path: r.path,
    icon: r.icon,
    sort: Number(r.sort),
    permissionCode: r.permission_code,
  };
}
