import { isPlatformAdmin, type Principal } from '../common/principal';

/** The brands a caller may see members of: every brand (platform admin) or its own (`user_brands`). */
export interface BrandScope {
  all: boolean;
  brandIds: string[];
}

export const scopeOf = (principal: Pick<Principal, 'roles' | 'brandIds'>): BrandScope => ({
  all: isPlatformAdmin(principal),
  brandIds: principal.brandIds,
});

export const inScope = (scope: BrandScope, brandId: string): boolean => scope.all || scope.brandIds.includes(brandId);

/** 138****1234: what a caller without the right to a member's phone sees. */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/**
 * Whether the caller sees a member's full phone: it holds `permission` (member:read for lists and
 * details, member:export for exports) for one of the brands the member is linked to. A platform admin holds
 * every permission for every brand.
 */
export function revealsPhone(
  principal: Pick<Principal, 'roles' | 'brandIds' | 'permissions'>,
  permission: 'member:read' | 'member:export',
  memberBrandIds: readonly string[],
): boolean {
  if (!principal.permissions.includes(permission)) return false;
  if (isPlatformAdmin(principal)) return true;
  return memberBrandIds.some((brandId) => principal.brandIds.includes(brandId));
}
