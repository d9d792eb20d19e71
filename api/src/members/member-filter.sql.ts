import type { MemberStatus } from '@dmh/shared';
import { type BrandScope, inScope } from './member-scope';
import { brandInScopeSql, linkOwner, memberVisibleSql, type SqlPart, tagVisibleSql } from './member-scope.sql';

/** The filters of the member list, shared by the export (same filters, same rows). */
export interface MemberFilters {
  keyword?: string;
  tagId?: string;
  brandId?: string;
  status?: MemberStatus;
  createdFrom?: Date;
  createdTo?: Date;
}

/** `%text%` for LIKE, with the caller's own % _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE clause of a member query over `members m LEFT JOIN member_profiles p`: the caller's brand scope
 * first, then each filter. Merged members are left out unless `status: 'merged'` is asked for. A brand or a
 * tag outside the scope matches nothing (it is not an error: nothing is revealed either way).
 */
export function memberWhere(filters: MemberFilters, scope: BrandScope): SqlPart {
  const parts: SqlPart[] = [memberVisibleSql(scope, 'm')];
  parts.push(filters.status ? { sql: 'm.status = ?', params: [filters.status] } : { sql: "m.status <> 'merged'", params: [] });
  if (filters.keyword) {
    const pattern = containsPattern(filters.keyword);
    parts.push({ sql: '(m.phone LIKE ? OR m.nickname LIKE ? OR p.real_name LIKE ?)', params: [pattern, pattern, pattern] });
  }
  if (filters.brandId) {
    if (!inScope(scope, filters.brandId)) parts.push({ sql: '1=0', params: [] });
    else {
      parts.push({
        sql: `EXISTS (SELECT 1 FROM member_brand_links fb WHERE fb.member_id = ${linkOwner('m')} AND fb.brand_id = ?)`,
        params: [filters.brandId],
      });
    }
  }
  if (filters.tagId) {
    const visibleTag = tagVisibleSql(scope, 'ft');
    parts.push({
      sql: `EXISTS (SELECT 1 FROM member_tag_links ftl JOIN member_tags ft ON ft.id = ftl.tag_id
                     WHERE ftl.member_id = m.id AND ftl.tag_id = ? AND ${visibleTag.sql})`,
      params: [filters.tagId, ...visibleTag.params],
    });
  }
  if (filters.createdFrom) parts.push({ sql: 'm.created_at >= ?', params: [filters.createdFrom] });
  if (filters.createdTo) parts.push({ sql: 'm.created_at <= ?', params: [filters.createdTo] });
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}

/** The brand links a caller may see of a set of members (`l` = member_brand_links). */
export const visibleLinkSql = (scope: BrandScope): SqlPart => brandInScopeSql('l.brand_id', scope);
