import type { ChainLink } from './reward-rule';

/** What the walk needs of a distributor: whose it is, whether it may earn, and its upline. */
export interface ChainDistributor {
  userId: string;
  status: string;
  /** The parent distributor's id, or null at the top. */
  parentId: string | null;
}

/** Levels a reward plan pays at most: the referrer, its parent, its grandparent. */
export const MAX_CHAIN_LINKS = 3;

/**
 * The referrer chain of a paid order: the referrer (level 1), its parent (level 2) and its grandparent
 * (level 3), as far as the lookup knows them. Pure. The walk stops at the top, at a distributor the lookup
 * does not know, after MAX_CHAIN_LINKS links, and at a distributor already on the chain (a cycle in bad
 * data pays nobody twice). Suspended links stay on the chain (the plan skips them; their level is not
 * passed on), so the walk does not look at the status.
 */
export function referrerChain(referrerId: string | null, lookup: (distributorId: string) => ChainDistributor | undefined): ChainLink[] {
  const chain: ChainLink[] = [];
  const seen = new Set<string>();
  for (let next = referrerId; next !== null && chain.length < MAX_CHAIN_LINKS && !seen.has(next); ) {
    const distributor = lookup(next);
    if (!distributor) break;
    seen.add(next);
    chain.push({ distributorId: next, userId: distributor.userId, status: distributor.status });
    next = distributor.parentId;
  }
  return chain;
}
