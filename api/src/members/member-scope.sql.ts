import type { BrandScope } from './member-scope';

/** SQL parts that limit a members query to a caller's brands (used by the members repositories). */

export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** The member row a member's brand links live on: its own, or (once merged) the member it was merged into. */
export const linkOwner = (alias: string): string => `COALESCE(${alias}.merged_into_id, ${alias}.id)`;

/**
 * SQL: the member (`alias`) is linked to a brand of the scope. A brand admin sees a member only through a
 * `member_brand_links` row of one of its brands; the filter is part of the query, so another brand's member
 * is simply absent (404), never fetched and then refused.
 */
export function memberVisibleSql(scope: BrandScope, alias = 'm'): SqlPart {
  if (scope.all) return { sql: '1=1', params: [] };
  if (scope.brandIds.length === 0) return { sql: '1=0', params: [] };
  return {
    sql: `EXISTS (SELECT 1 FROM member_brand_links vl WHERE vl.member_id = ${linkOwner(alias)} AND vl.brand_id IN (?))`,
    params: [scope.brandIds],
  };
}

/**
 * SQL: every brand the member is linked to is in the scope (and there is at least one). Reshaping a member
 * (merge) changes what every brand linked to it sees, so a brand admin may only do it to members that are
 * wholly its own; a member shared with a brand it cannot see answers 404 like an invisible one.
 */
export function memberWhollyVisibleSql(scope: BrandScope, alias = 'm'): SqlPart {
  if (scope.all) return { sql: '1=1', params: [] };
  const visible = memberVisibleSql(scope, alias);
  if (scope.brandIds.length === 0) return visible;
  return {
    sql: `${visible.sql} AND NOT EXISTS (SELECT 1 FROM member_brand_links ol WHERE ol.member_id = ${linkOwner(alias)} AND ol.brand_id NOT IN (?))`,
    params: [...visible.params, scope.brandIds],
  };
}

/** SQL: a brand-owned row (`column` = its brand_id) is in the scope. */
export function brandInScopeSql(column: string, scope: BrandScope): SqlPart {
  if (scope.all) return { sql: '1=1', params: [] };
  if (scope.brandIds.length === 0) return { sql: '1=0', params: [] };
  return { sql: `${column} IN (?)`, params: [scope.brandIds] };
}

/** SQL: a tag the caller may see: a platform-wide one (brand_id NULL) or one of its brands'. */
export function tagVisibleSql(scope: BrandScope, alias = 't'): SqlPart {
  if (scope.all) return { sql: '1=1', params: [] };
  const own = brandInScopeSql(`${alias}.brand_id`, scope);
  return { sql: `(${alias}.brand_id IS NULL OR ${own.sql})`, params: own.params };
}
