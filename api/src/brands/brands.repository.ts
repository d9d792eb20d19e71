import type { EntityManager } from 'typeorm';
import { database } from '../common/database';
import { type BrandScope, brandScopeSql } from './brand-scope';
import { rewardLevelsOf, settingsOf } from './brand-settings';
import type { BrandListQuery, BrandView } from './brands.schemas';

export interface BrandRecord {
  name: string;
  logo: string | null;
  description: string | null;
  status: 'active' | 'disabled';
  /** The whole brands.settings object (keys other modules own included). */
  settings: Record<string, unknown>;
}

const COLUMNS = 'id, name, logo, description, status, settings, created_at, updated_at';

/** SQL for brands. Every read takes the caller's brand scope into its WHERE clause. */
export class BrandsRepository {
  async list(scope: BrandScope, query: BrandListQuery): Promise<{ items: BrandView[]; total: number }> {
    const where = [brandScopeSql(scope, 'id')];
    if (query.status) where.push({ sql: 'status = ?', params: [query.status] });
    if (query.q) where.push({ sql: 'name LIKE ?', params: [`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`] });
    const sql = where.map((w) => w.sql).join(' AND ');
    const params = where.flatMap((w) => w.params);
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM brands WHERE ${sql}`, params);
    const rows = await database().query(`SELECT ${COLUMNS} FROM brands WHERE ${sql} ORDER BY id DESC LIMIT ? OFFSET ?`, [
      ...params, query.pageSize, (query.page - 1) * query.pageSize,
    ]);
    return { items: rows.map(toView), total: Number(count.n) };
  }

  async find(scope: BrandScope, id: string, em?: EntityManager, forUpdate = false): Promise<(BrandView & { rawSettings: Record<string, unknown> }) | null> {
    const scoped = brandScopeSql(scope, 'id');
    const [row] = await (em ?? database()).query(
      `SELECT ${COLUMNS} FROM brands WHERE id = ? AND ${scoped.sql}${forUpdate ? ' FOR UPDATE' : ''}`,
      [id, ...scoped.params],
    );
    return row ? { ...toView(row), rawSettings: settingsOf(row.settings) } : null;
  }

  async insert(em: EntityManager, brand: BrandRecord): Promise<string> {
    const result = await em.query('INSERT INTO brands (name, logo, description, status, settings) VALUES (?, ?, ?, ?, ?)', [
      brand.name, brand.logo, brand.description, brand.status, JSON.stringify(brand.settings),
    ]);
    return String(result.insertId);
  }

  async update(em: EntityManager, id: string, brand: BrandRecord): Promise<void> {
    await em.query('UPDATE brands SET name = ?, logo = ?, description = ?, status = ?, settings = ? WHERE id = ?', [
      brand.name, brand.logo, brand.description, brand.status, JSON.stringify(brand.settings), id,
    ]);
  }
}

function toView(row: Record<string, any>): BrandView {
  return {
    id: String(row.id),
    name: row.name,
    logo: row.logo ?? null,
    description: row.description ?? null,
    status: row.status,
    settings: { rewardLevels: rewardLevelsOf(settingsOf(row.settings)) },
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
