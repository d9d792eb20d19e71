import type { EntityManager } from 'typeorm';
import type { CombinedLink, LinkState, MemberFill, MergeSide, ProfileFill } from './member-merge';
import { idOrNull, iso, isoOrNull, MEMBER_COLUMNS, MEMBER_FROM, type MemberRow, memberRow } from './member-rows';
import { type BrandScope } from './member-scope';
import { memberWhollyVisibleSql } from './member-scope.sql';

const MEMBER_FILL_COLUMNS: Record<keyof MemberFill, string> = { phone: 'phone', openid: 'openid', nickname: 'nickname', avatar: 'avatar', gender: 'gender' };
const PROFILE_FILL_COLUMNS: Record<keyof ProfileFill, string> = { realName: 'real_name', birthday: 'birthday', city: 'city', address: 'address', extra: 'extra' };

/** SQL of a merge; everything runs in the caller's transaction, on member rows it has locked. */
export class MemberMergeRepository {
  /** Locks the members (in id order) the caller wholly sees; the others are simply not returned. */
  async lockWhollyVisible(em: EntityManager, ids: string[], scope: BrandScope): Promise<MemberRow[]> {
    const visible = memberWhollyVisibleSql(scope, 'm');
    const rows = await em.query(
      `SELECT ${MEMBER_COLUMNS} FROM ${MEMBER_FROM} WHERE m.id IN (?) AND ${visible.sql} ORDER BY m.id FOR UPDATE`,
      [ids, ...visible.params],
    );
    return rows.map(memberRow);
  }

  async reread(em: EntityManager, id: string): Promise<MemberRow> {
    const [r] = await em.query(`SELECT ${MEMBER_COLUMNS} FROM ${MEMBER_FROM} WHERE m.id = ?`, [id]);
    return memberRow(r);
  }

  async side(em: EntityManager, member: MemberRow): Promise<MergeSide> {
    const tags = await em.query('SELECT tag_id FROM member_tag_links WHERE member_id = ? ORDER BY tag_id', [member.id]);
    const links = await em.query(
      `SELECT id, brand_id, first_campaign_id, order_count, total_spent, last_order_at, created_at
         FROM member_brand_links WHERE member_id = ? ORDER BY brand_id FOR UPDATE`,
      [member.id],
    );
    const orders = await em.query('SELECT id FROM orders WHERE member_id = ? ORDER BY id', [member.id]);
    return {
      member,
      tagIds: tags.map((r: any) => String(r.tag_id)),
      links: links.map(
        (r: any): LinkState => ({
          id: String(r.id), brandId: String(r.brand_id), firstCampaignId: idOrNull(r.first_campaign_id), orderCount: Number(r.order_count),
          totalSpent: r.total_spent, lastOrderAt: isoOrNull(r.last_order_at), createdAt: iso(r.created_at),
        }),
      ),
      orderIds: orders.map((r: any) => String(r.id)),
    };
  }

  async moveOrders(em: EntityManager, sourceId: string, targetId: string): Promise<number> {
    const result = await em.query('UPDATE orders SET member_id = ? WHERE member_id = ?', [targetId, sourceId]);
    return Number(result.affectedRows);
  }

  /** The source's tags the target lacks are copied (keeping when they were put on); the source keeps none. */
  async moveTags(em: EntityManager, sourceId: string, targetId: string, tagIds: string[]): Promise<void> {
    if (tagIds.length > 0) {
      await em.query(
        `INSERT INTO member_tag_links (member_id, tag_id, created_at)
         SELECT ?, tag_id, created_at FROM member_tag_links WHERE member_id = ? AND tag_id IN (?)`,
        [targetId, sourceId, tagIds],
      );
    }
    await em.query('DELETE FROM member_tag_links WHERE member_id = ?', [sourceId]);
  }

  async moveLinks(em: EntityManager, linkIds: string[], targetId: string): Promise<void> {
    if (linkIds.length === 0) return;
    await em.query('UPDATE member_brand_links SET member_id = ? WHERE id IN (?)', [targetId, linkIds]);
  }

  /** The target's link takes the combined values; the source's link of that brand, now counted there, goes. */
  async combineLink(em: EntityManager, c: CombinedLink): Promise<void> {
    await em.query('DELETE FROM member_brand_links WHERE id = ?', [c.sourceLinkId]);
    await em.query(
      `UPDATE member_brand_links SET first_campaign_id = ?, order_count = ?, total_spent = ?, last_order_at = ?, created_at = ?
        WHERE id = ?`,
      [c.firstCampaignId, c.orderCount, c.totalSpent, c.lastOrderAt && new Date(c.lastOrderAt), new Date(c.createdAt), c.targetLinkId],
    );
  }

  async fillMember(em: EntityManager, targetId: string, fill: MemberFill): Promise<void> {
    const set = assignments(fill, MEMBER_FILL_COLUMNS);
    if (set.columns.length === 0) return;
    await em.query(`UPDATE members SET ${set.columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...set.values, targetId]);
  }

  async fillProfile(em: EntityManager, targetId: string, fill: ProfileFill): Promise<void> {
    const set = assignments(fill, PROFILE_FILL_COLUMNS);
    if (set.columns.length === 0) return;
    await em.query('INSERT INTO member_profiles (member_id) VALUES (?) ON DUPLICATE KEY UPDATE member_id = member_id', [targetId]);
    await em.query(`UPDATE member_profiles SET ${set.columns.map((c) => `${c} = ?`).join(', ')} WHERE member_id = ?`, [...set.values, targetId]);
  }

  /**
   * The source is kept, marked merged and pointing at the target; members merged into the source earlier now
   * point at the target too (pointers stay one hop); conflict flags naming the source name the target.
   */
  async markMerged(em: EntityManager, sourceId: string, targetId: string): Promise<void> {
    await em.query("UPDATE members SET status = 'merged', merged_into_id = ?, merged_at = NOW(3), conflict_member_id = NULL WHERE id = ?", [targetId, sourceId]);
    await em.query('UPDATE members SET merged_into_id = ? WHERE merged_into_id = ?', [targetId, sourceId]);
    await em.query('UPDATE members SET conflict_member_id = IF(id = ?, NULL, ?) WHERE conflict_member_id = ?', [targetId, targetId, sourceId]);
  }
}

function assignments(fill: Record<string, unknown>, columns: Record<string, string>): { columns: string[]; values: unknown[] } {
  const out = { columns: [] as string[], values: [] as unknown[] };
  for (const [field, value] of Object.entries(fill)) {
    if (value === undefined || !(field in columns)) continue;
    out.columns.push(columns[field]);
    out.values.push(field === 'extra' && value !== null ? JSON.stringify(value) : value);
  }
  return out;
}
