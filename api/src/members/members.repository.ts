import type { EntityManager } from 'typeorm';
import { fromCents, toCents } from '@dmh/shared';
import { database } from '../common/database';
import { type MemberFilters, memberWhere, visibleLinkSql } from './member-filter.sql';
import { groupBy, idOrNull, iso, isoOrNull, MEMBER_COLUMNS, MEMBER_FROM, type MemberRow, memberRow, type TagRef } from './member-rows';
import { type BrandScope } from './member-scope';
import { brandInScopeSql, linkOwner, memberVisibleSql, tagVisibleSql } from './member-scope.sql';
import type { UpdateMemberBody } from './members.schemas';

/**
 * A brand link's spend, from the member's paid orders of that brand (the source of truth). The stored
 * `member_brand_links.total_spent` is a snapshot refreshed at sign-up matching and summed by merges; payment
 * happens later (settlement publishes order.paid), so reads compute the spend instead of trusting it.
 */
const PAID_SPEND = `(SELECT COALESCE(SUM(o.amount), 0) FROM orders o WHERE o.member_id = l.member_id AND o.brand_id = l.brand_id
  AND o.pay_status = 'paid' AND o.deleted_at IS NULL)`;

/** Member reads (list, detail, export batches) and the profile update. SQL only; scope is in every WHERE. */
export class MembersRepository {
  async page(filters: MemberFilters, scope: BrandScope, page: number, pageSize: number): Promise<{ rows: MemberRow[]; total: number }> {
    const where = memberWhere(filters, scope);
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM ${MEMBER_FROM} WHERE ${where.sql}`, where.params);
    const rows = await database().query(
      `SELECT ${MEMBER_COLUMNS} FROM ${MEMBER_FROM} WHERE ${where.sql} ORDER BY m.id DESC LIMIT ? OFFSET ?`,
      [...where.params, pageSize, (page - 1) * pageSize],
    );
    return { rows: rows.map(memberRow), total: Number(count.n) };
  }

  async count(filters: MemberFilters, scope: BrandScope): Promise<number> {
    const where = memberWhere(filters, scope);
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM ${MEMBER_FROM} WHERE ${where.sql}`, where.params);
    return Number(count.n);
  }

  /** One batch of an export: keyset-paged by id, so each batch is one indexed range read. */
  async batchAfter(filters: MemberFilters, scope: BrandScope, afterId: string, size: number): Promise<MemberRow[]> {
    const where = memberWhere(filters, scope);
    const rows = await database().query(
      `SELECT ${MEMBER_COLUMNS} FROM ${MEMBER_FROM} WHERE m.id > ? AND ${where.sql} ORDER BY m.id LIMIT ?`,
      [afterId, ...where.params, size],
    );
    return rows.map(memberRow);
  }

  async visible(id: string, scope: BrandScope, em: EntityManager = database().manager, lock = false): Promise<MemberRow | null> {
    const visible = memberVisibleSql(scope, 'm');
    const [r] = await em.query(
      `SELECT ${MEMBER_COLUMNS} FROM ${MEMBER_FROM} WHERE m.id = ? AND ${visible.sql}${lock ? ' FOR UPDATE' : ''}`,
      [id, ...visible.params],
    );
    return r ? memberRow(r) : null;
  }

  /** The tags of these members the caller may see. */
  async tagsOf(memberIds: string[], scope: BrandScope, em: EntityManager = database().manager): Promise<Map<string, TagRef[]>> {
    if (memberIds.length === 0) return new Map();
    const visible = tagVisibleSql(scope, 't');
    const rows = await em.query(
      `SELECT tl.member_id, t.id, t.brand_id, t.name, t.color FROM member_tag_links tl JOIN member_tags t ON t.id = tl.tag_id
        WHERE tl.member_id IN (?) AND ${visible.sql} ORDER BY t.id`,
      [memberIds, ...visible.params],
    );
    return groupBy(rows.map((r: any) => ({ memberId: String(r.member_id), value: { id: String(r.id), brandId: idOrNull(r.brand_id), name: r.name, color: r.color } })));
  }

  /** The brands (of the caller's scope) these members are linked to, directly or through their merge target. */
  async brandIdsOf(memberIds: string[], scope: BrandScope): Promise<Map<string, string[]>> {
    if (memberIds.length === 0) return new Map();
    const links = visibleLinkSql(scope);
    const rows = await database().query(
      `SELECT m.id AS member_id, l.brand_id FROM members m JOIN member_brand_links l ON l.member_id = ${linkOwner('m')}
        WHERE m.id IN (?) AND ${links.sql} ORDER BY l.brand_id`,
      [memberIds, ...links.params],
    );
    return groupBy(rows.map((r: any) => ({ memberId: String(r.member_id), value: String(r.brand_id) })));
  }

  /** Per member, summed over the brand links the caller sees: the export's order count and spend. */
  async statsOf(memberIds: string[], scope: BrandScope): Promise<Map<string, { orderCount: number; totalSpent: string }>> {
    const stats = new Map<string, { orderCount: number; totalSpent: string }>();
    if (memberIds.length === 0) return stats;
    const links = visibleLinkSql(scope);
    const rows = await database().query(
      `SELECT m.id AS member_id, l.order_count, ${PAID_SPEND} AS total_spent FROM members m JOIN member_brand_links l ON l.member_id = ${linkOwner('m')}
        WHERE m.id IN (?) AND ${links.sql}`,
      [memberIds, ...links.params],
    );
    for (const r of rows) {
      const id = String(r.member_id);
      const s = stats.get(id) ?? { orderCount: 0, totalSpent: '0.00' };
      stats.set(id, { orderCount: s.orderCount + Number(r.order_count), totalSpent: fromCents(toCents(s.totalSpent) + toCents(String(r.total_spent))) });
    }
    return stats;
  }

  async brandLinks(memberId: string, scope: BrandScope) {
    const links = visibleLinkSql(scope);
    const rows = await database().query(
      `SELECT l.brand_id, b.name AS brand_name, l.first_campaign_id, l.created_at, l.last_order_at, l.order_count, ${PAID_SPEND} AS total_spent
         FROM member_brand_links l LEFT JOIN brands b ON b.id = l.brand_id WHERE l.member_id = ? AND ${links.sql} ORDER BY l.brand_id`,
      [memberId, ...links.params],
    );
    return rows.map((r: any) => ({
      brandId: String(r.brand_id),
      brandName: r.brand_name ?? null,
      firstCampaignId: idOrNull(r.first_campaign_id),
      firstSeenAt: iso(r.created_at),
      lastOrderAt: isoOrNull(r.last_order_at),
      orderCount: Number(r.order_count),
      totalSpent: fromCents(toCents(String(r.total_spent))),
    }));
  }

  async orders(memberId: string, scope: BrandScope) {
    const brands = brandInScopeSql('o.brand_id', scope);
    const rows = await database().query(
      `SELECT o.id, o.order_no, o.campaign_id, o.brand_id, o.amount, o.status, o.pay_status, o.paid_at, o.created_at FROM orders o
        WHERE o.member_id = ? AND o.deleted_at IS NULL AND ${brands.sql} ORDER BY o.id DESC LIMIT 100`,
      [memberId, ...brands.params],
    );
    return rows.map((r: any) => ({
      id: String(r.id), orderNo: r.order_no, campaignId: String(r.campaign_id), brandId: String(r.brand_id), amount: fromCents(toCents(r.amount)),
      status: r.status, payStatus: r.pay_status, paidAt: isoOrNull(r.paid_at), createdAt: iso(r.created_at),
    }));
  }

  async rewards(memberId: string, scope: BrandScope) {
    const brands = brandInScopeSql('r.brand_id', scope);
    const rows = await database().query(
      `SELECT r.id, r.order_id, r.brand_id, r.distributor_id, r.level, r.amount, r.status, r.settled_at, r.created_at
         FROM rewards r JOIN orders o ON o.id = r.order_id WHERE o.member_id = ? AND ${brands.sql} ORDER BY r.id DESC LIMIT 100`,
      [memberId, ...brands.params],
    );
    return rows.map((r: any) => ({
      id: String(r.id), orderId: String(r.order_id), brandId: String(r.brand_id), distributorId: String(r.distributor_id),
      level: Number(r.level), amount: fromCents(toCents(r.amount)), status: r.status, settledAt: isoOrNull(r.settled_at), createdAt: iso(r.created_at),
    }));
  }

  async update(em: EntityManager, memberId: string, body: UpdateMemberBody): Promise<void> {
    const member = pick(body, { nickname: 'nickname', avatar: 'avatar', gender: 'gender', status: 'status' });
    if (member.columns.length > 0) {
      await em.query(`UPDATE members SET ${member.columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...member.values, memberId]);
    }
    if (!body.profile) return;
    const { extra, ...rest } = body.profile;
    const profile = pick(rest, { realName: 'real_name', birthday: 'birthday', city: 'city', address: 'address' });
    if (extra !== undefined) {
      profile.columns.push('extra');
      profile.values.push(extra === null ? null : JSON.stringify(extra));
    }
    if (profile.columns.length === 0) return;
    await em.query('INSERT INTO member_profiles (member_id) VALUES (?) ON DUPLICATE KEY UPDATE member_id = member_id', [memberId]);
    await em.query(`UPDATE member_profiles SET ${profile.columns.map((c) => `${c} = ?`).join(', ')} WHERE member_id = ?`, [...profile.values, memberId]);
  }

  /** The first brand of the scope the member is linked to: the brand its audit entries are filed under. */
  async auditBrand(em: EntityManager, memberId: string, scope: BrandScope): Promise<string | null> {
    const links = visibleLinkSql(scope);
    const [r] = await em.query(
      `SELECT l.brand_id FROM members m JOIN member_brand_links l ON l.member_id = ${linkOwner('m')} WHERE m.id = ? AND ${links.sql} ORDER BY l.brand_id LIMIT 1`,
      [memberId, ...links.params],
    );
    return r ? String(r.brand_id) : null;
  }
}

/** The columns (from a fixed map, never from input) and values of the fields a body sets. */
function pick(body: Record<string, unknown>, columns: Record<string, string>): { columns: string[]; values: unknown[] } {
  const out = { columns: [] as string[], values: [] as unknown[] };
  for (const [field, column] of Object.entries(columns)) {
    if (body[field] === undefined) continue;
    out.columns.push(column);
    out.values.push(body[field]);
  }
  return out;
}
