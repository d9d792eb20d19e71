/** A distributor row as an upline change reads it (under lock, inside DistributorActor's transaction). */
export interface UplineNode {
  id: string;
  brandId: string;
  level: number;
  parentId: string | null;
  status: string;
}

/** Why an upline change is refused. */
export type UplineRefusal = 'parent_not_found' | 'parent_not_active' | 'cycle' | 'too_deep';

export type UplinePlan =
  | { ok: true; unchanged: boolean; level: number; levelShift: number }
  | { ok: false; reason: UplineRefusal };

/** Distributors are at most 3 levels deep (level 1 has no parent). */
const MAX_LEVEL = 3;

/**
 * Where a distributor (with its whole team) lands under a new parent, or why it cannot: the new parent must be
 * an active distributor of the same brand (another brand's is not found, as any unknown reference), neither
 * the distributor itself nor one of its descendants (a cycle: the chain of an order would never end), and
 * deep enough for the team below to stay within level 3. `parentAncestors` are the new parent's own
 * ancestors' ids, nearest first; `teamDepth` is how many levels hang below the distributor (0 for none).
 * `null` as the parent makes it a level-1 distributor. The same parent again changes nothing.
 */
export function planUplineMove(node: UplineNode, parent: UplineNode | null, parentAncestors: readonly string[], teamDepth: number): UplinePlan {
  if (parent !== null) {
    if (parent.brandId !== node.brandId) return { ok: false, reason: 'parent_not_found' };
    if (parent.id === node.id || parentAncestors.includes(node.id)) return { ok: false, reason: 'cycle' };
    if (parent.status !== 'active') return { ok: false, reason: 'parent_not_active' };
  }
  const level = parent === null ? 1 : parent.level + 1;
  if (level + teamDepth > MAX_LEVEL) return { ok: false, reason: 'too_deep' };
  const unchanged = (parent?.id ?? null) === node.parentId;
  return { ok: true, unchanged, level, levelShift: level - node.level };
}
