import type { EntityManager } from 'typeorm';
import { database } from '../common/database';
import { idOrNull, iso } from './member-rows';
import { type BrandScope } from './member-scope';
import { memberVisibleSql, tagVisibleSql } from './member-scope.sql';
import type { TagView } from './member-tags.schemas';

const TAG_COLUMNS = 't.id, t.brand_id, t.name, t.color, t.created_at, t.updated_at';

function tagView(r: any): TagView {
  return {
    id: String(r.id), brandId: idOrNull(r.brand_id), name: r.name, color: r.color, memberCount: Number(r.member_count ?? 0),
    createdAt: iso(r.created_at), updatedAt: iso(r.updated_at),
  };
}

/** Member tags and their links. The caller's scope is part of every read. */
export class MemberTagsRepository {
  async page(scope: BrandScope, brandId: string | undefined, page: number, pageSize: number): Promise<{ items: TagView[]; total: number }> {
    const visible = tagVisibleSql(scope, 't');
    const where = brandId ? `${visible.sql} AND t.brand_id = ?` : visible.sql;
    const params = brandId ? [...visible.params, brandId] : visible.params;
    const counted = memberVisibleSql(scope, 'cm');
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM member_tags t WHERE ${where}`, params);
    const rows = await database().query(
      `SELECT ${TAG_COLUMNS},
              (SELECT COUNT(*) FROM member_tag_links ctl JOIN members cm ON cm.id = ctl.member_id
                WHERE ctl.tag_id = t.id AND ${counted.sql}) AS member_count
         FROM member_tags t WHERE ${where} ORDER BY t.brand_id IS NULL DESC, t.brand_id, t.name LIMIT ? OFFSET ?`,
      [...counted.params, ...params, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map(tagView), total: Number(count.n) };
  }

  async visible(em: EntityManager, id: string, scope: BrandScope, lock = false): Promise<TagView | null> {
    const visible = tagVisibleSql(scope, 't');
    const [r] = await em.query(`SELECT ${TAG_COLUMNS} FROM member_tags t WHERE t.id = ? AND ${visible.sql}${lock ? ' FOR UPDATE' : ''}`, [id, ...visible.params]);
    return r ? tagView(r) : null;
  }

  async visibleMany(em: EntityManager, ids: string[], scope: BrandScope): Promise<TagView[]> {
    const visible = tagVisibleSql(scope, 't');
    const rows = await em.query(`SELECT ${TAG_COLUMNS} FROM member_tags t WHERE t.id IN (?) AND ${visible.sql} ORDER BY t.id`, [ids, ...visible.params]);
    return rows.map(tagView);
  }

  async brandExists(brandId: string): Promise<boolean> {
    return (await database().query('SELECT 1 FROM brands WHERE id = ?', [brandId])).length > 0;
  }

  async insert(em: EntityManager, brandId: string | null, name: string, color: string | null): Promise<string> {
    const result = await em.query('INSERT INTO member_tags (brand_id, name, color) VALUES (?, ?, ?)', [brandId, name, color]);
    return String(result.insertId);
  }

  async update(em: EntityManager, id: string, change: { name?: string; color?: string | null }): Promise<void> {
    const sets: string[] = [];
    const values: unknown[] = [];
    if (change.name !== undefined) {
      sets.push('name = ?');
      values.push(change.name);
    }
    if (change.color !== undefined) {
      sets.push('color = ?');
      values.push(change.color);
    }
    await em.query(`UPDATE member_tags SET ${sets.join(', ')} WHERE id = ?`, [...values, id]);
  }

  async memberIdsOf(em: EntityManager, tagId: string): Promise<string[]> {
    const rows = await em.query('SELECT member_id FROM member_tag_links WHERE tag_id = ? ORDER BY member_id', [tagId]);
    return rows.map((r: any) => String(r.member_id));
  }

  /** Deletes the tag and its links; answers how many members carried it. */
  async delete(em: EntityManager, id: string): Promise<number> {
    const links = await em.query('DELETE FROM member_tag_links WHERE tag_id = ?', [id]);
    await em.query('DELETE FROM member_tags WHERE id = ?', [id]);
    return Number(links.affectedRows);
  }

  /** Of these members, those (not merged) linked to the brand. */
  async membersOfBrand(em: EntityManager, memberIds: string[], brandId: string): Promise<Set<string>> {
    const rows = await em.query(
      `SELECT m.id FROM members m JOIN member_brand_links l ON l.member_id = m.id
        WHERE m.id IN (?) AND l.brand_id = ? AND m.status <> 'merged'`,
      [memberIds, brandId],
    );
    return new Set(rows.map((r: any) => String(r.id)));
  }

  /** Of these members, those (not merged) the caller sees. */
  async visibleMembers(em: EntityManager, memberIds: string[], scope: BrandScope): Promise<Set<string>> {
    const visible = memberVisibleSql(scope, 'm');
    const rows = await em.query(`SELECT m.id FROM members m WHERE m.id IN (?) AND m.status <> 'merged' AND ${visible.sql}`, [memberIds, ...visible.params]);
    return new Set(rows.map((r: any) => String(r.id)));
  }

  /** Adds the pairs not there yet (the unique key makes a repeat a no-op); answers how many were added. */
  async addLinks(em: EntityManager, memberIds: string[], tagIds: string[]): Promise<number> {
    const pairs = memberIds.flatMap((m) => tagIds.map((t) => [m, t]));
    const result = await em.query('INSERT IGNORE INTO member_tag_links (member_id, tag_id) VALUES ?', [pairs]);
    return Number(result.affectedRows);
  }

  async removeLinks(em: EntityManager, memberIds: string[], tagIds: string[]): Promise<number> {
    const result = await em.query('DELETE FROM member_tag_links WHERE member_id IN (?) AND tag_id IN (?)', [memberIds, tagIds]);
    return Number(result.affectedRows);
  }
}
