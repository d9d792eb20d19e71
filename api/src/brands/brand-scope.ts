import { isPlatformAdmin, type Principal } from '../common/principal';

/** The brands whose rows a caller may see: every brand (platform admin) or the ones in user_brands. */
export type BrandScope = { all: true } | { all: false; brandIds: string[] };

export function brandScope(principal: Pick<Principal, 'roles' | 'brandIds'>): BrandScope {
  return isPlatformAdmin(principal) ? { all: true } : { all: false, brandIds: [...principal.brandIds] };
}

export function inBrandScope(scope: BrandScope, brandId: string): boolean {
  return scope.all || scope.brandIds.includes(brandId);
}

/**
 * The scope as a SQL condition on a brand id column, for the WHERE clause itself (another brand's row is
 * then simply not found: no fetch-then-compare). An empty scope matches nothing.
 */
export function brandScopeSql(scope: BrandScope, column: string): { sql: string; params: string[] } {
  if (scope.all) return { sql: '1 = 1', params: [] };
  if (scope.brandIds.length === 0) return { sql: '1 = 0', params: [] };
  return { sql: `${column} IN (${scope.brandIds.map(() => '?').join(', ')})`, params: scope.brandIds };
}

/** Whether the caller administers this brand with this permission (a platform admin administers all). */
export function administersBrand(principal: Pick<Principal, 'roles' | 'brandIds' | 'permissions'>, brandId: string, permission: string): boolean {
  if (isPlatformAdmin(principal)) return true;
  return principal.permissions.includes(permission) && principal.brandIds.includes(brandId);
}
