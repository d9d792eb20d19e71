import type { Principal } from '../common/principal';
import { isPlatformAdmin } from '../common/principal';

type Actor = Pick<Principal, 'roles' | 'permissions' | 'brandIds'>;

/**
 * The permissions among `wanted` the actor does not hold. Nobody may grant (through a role they assign or
 * edit) or act on an account holding (through disable, unlock, re-assign) more than they hold themselves,
 * so the `user:write` / `role:write` permissions can never be used to climb to platform_admin.
 */
export function missingGrants(actor: Actor, wanted: Iterable<string>): string[] {
  if (isPlatformAdmin(actor)) return [];
  const held = new Set(actor.permissions);
  return [...new Set(wanted)].filter((code) => !held.has(code)).sort();
}

/** The brands among `wanted` the actor may not hand out (a platform admin may hand out any). */
export function foreignBrands(actor: Actor, wanted: Iterable<string>): string[] {
  if (isPlatformAdmin(actor)) return [];
  const own = new Set(actor.brandIds);
  return [...new Set(wanted)].filter((id) => !own.has(id)).sort();
}
