import { fromCents, toCents } from '@dmh/shared';
import type { MemberRow } from './member-rows';

/** A member's brand link as a merge sees it. */
export interface LinkState {
  id: string;
  brandId: string;
  firstCampaignId: string | null;
  orderCount: number;
  totalSpent: string;
  lastOrderAt: string | null;
  createdAt: string;
}

/** Everything a merge moves, of one member: the before (and after) state the audit entry keeps. */
export interface MergeSide {
  member: MemberRow;
  tagIds: string[];
  links: LinkState[];
  orderIds: string[];
}

/** A brand both members are linked to: the target's link takes the sum of both. */
export interface CombinedLink {
  targetLinkId: string;
  sourceLinkId: string;
  firstCampaignId: string | null;
  orderCount: number;
  totalSpent: string;
  lastOrderAt: string | null;
  createdAt: string;
}

export type MemberFill = Partial<Pick<MemberRow, 'phone' | 'openid' | 'nickname' | 'avatar' | 'gender'>>;
export type ProfileFill = Partial<Pick<MemberRow, 'realName' | 'birthday' | 'city' | 'address' | 'extra'>>;

export interface MergePlan {
  /** Source links of brands the target has no link with: re-pointed to the target. */
  moveLinkIds: string[];
  combineLinks: CombinedLink[];
  /** Source tags the target does not have yet (the others are already on the target). */
  moveTagIds: string[];
  /** What the target lacks and the source has (the target's own values are kept). */
  memberFill: MemberFill;
  profileFill: ProfileFill;
}

export type MergeRefusal = 'self' | 'already_merged';

export function mergeRefusal(source: Pick<MemberRow, 'id' | 'status'>, target: Pick<MemberRow, 'id' | 'status'>): MergeRefusal | null {
  if (source.id === target.id) return 'self';
  if (source.status === 'merged' || target.status === 'merged') return 'already_merged';
  return null;
}

const earlier = (a: string, b: string) => (a <= b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a >= b ? a : b);

/** Each field the target lacks (null) and the source has. */
function fill<K extends keyof MemberRow>(source: MemberRow, target: MemberRow, keys: K[]): Partial<Pick<MemberRow, K>> {
  const out: Partial<Pick<MemberRow, K>> = {};
  for (const key of keys) if (target[key] === null && source[key] !== null) out[key] = source[key];
  return out;
}

/**
 * What merging `source` into `target` does, computed from their before states alone. Orders always move
 * (all of them); links of brands only the source has move; links of a brand both have are combined
 * (counts and spend added, first seen the earlier, last order the later); tags are the union; member and
 * profile fields the target lacks are filled from the source. Nothing is counted twice or dropped.
 */
export function planMerge(source: MergeSide, target: MergeSide): MergePlan {
  const targetLinks = new Map(target.links.map((l) => [l.brandId, l]));
  const moveLinkIds: string[] = [];
  const combineLinks: CombinedLink[] = [];
  for (const link of source.links) {
    const own = targetLinks.get(link.brandId);
    if (!own) {
      moveLinkIds.push(link.id);
      continue;
    }
    const firstIsSource = link.createdAt < own.createdAt;
    combineLinks.push({
      targetLinkId: own.id,
      sourceLinkId: link.id,
      firstCampaignId: (firstIsSource ? link.firstCampaignId : own.firstCampaignId) ?? link.firstCampaignId ?? own.firstCampaignId,
      orderCount: own.orderCount + link.orderCount,
      totalSpent: fromCents(toCents(own.totalSpent) + toCents(link.totalSpent)),
      lastOrderAt: later(own.lastOrderAt, link.lastOrderAt),
      createdAt: earlier(own.createdAt, link.createdAt),
    });
  }
  const targetTags = new Set(target.tagIds);
  const profileFill: ProfileFill = fill(source.member, target.member, ['realName', 'birthday', 'city', 'address']);
  if (source.member.extra) {
    const extra = { ...source.member.extra, ...(target.member.extra ?? {}) };
    if (JSON.stringify(extra) !== JSON.stringify(target.member.extra)) profileFill.extra = extra;
  }
  return {
    moveLinkIds,
    combineLinks,
    moveTagIds: source.tagIds.filter((id) => !targetTags.has(id)),
    memberFill: fill(source.member, target.member, ['phone', 'openid', 'nickname', 'avatar', 'gender']),
    profileFill,
  };
}
