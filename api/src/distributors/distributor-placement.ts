/** Distributors are at most 3 levels deep: level 1 recruits level 2, level 2 recruits level 3. */
export const MAX_DISTRIBUTOR_LEVEL = 3;

/** The distributor named as the referrer of an application, as read from the database. */
export interface ReferrerRow {
  id: string;
  brandId: string;
  level: number;
  status: string;
}

export type Placement =
  | { ok: true; level: number; parentId: string | null }
  | { ok: false; reason: 'referrer_invalid' | 'level_limit' };

/**
 * Where an applicant sits in a brand's tree, fixed by who referred them: no referrer → level 1 with no
 * parent; a referrer → one level below it, the referrer as parent. A named referrer that does not exist,
 * belongs to another brand or is not active is refused (never silently dropped: the applicant asked for
 * that parent); a referrer at the deepest level cannot recruit.
 */
export function placeApplicant(brandId: string, referral: { named: false } | { named: true; referrer: ReferrerRow | null }): Placement {
  if (!referral.named) return { ok: true, level: 1, parentId: null };
  const referrer = referral.referrer;
  if (!referrer || referrer.brandId !== brandId || referrer.status !== 'active') return { ok: false, reason: 'referrer_invalid' };
  if (referrer.level >= MAX_DISTRIBUTOR_LEVEL) return { ok: false, reason: 'level_limit' };
  return { ok: true, level: referrer.level + 1, parentId: referrer.id };
}
