import type { Cents } from '@dmh/shared';

/** A credited reward as the distributor's earnings see it. */
export interface EarnedReward {
  rewardId: string;
  orderId: string;
  distributorId: string;
  level: number;
  cents: Cents;
}

/** How one distributor's earnings and order count move in one credit (or reversal) transaction. */
export interface EarningsChange {
  distributorId: string;
  cents: Cents;
  /** Orders counted: the distributor's level-1 rewards (orders it referred itself). */
  orders: number;
}

/**
 * What crediting these rewards does to their distributors' figures, grouped by distributor (one user may be a
 * distributor of several brands): pure, so the rules are tested without a database. The same transaction
 * that credits the balance applies it, so earnings, order count and balance never disagree.
 */
export function earningsChanges(rewards: readonly EarnedReward[]): EarningsChange[] {
  const byDistributor = new Map<string, EarningsChange>();
  for (const r of rewards) {
    const change = byDistributor.get(r.distributorId) ?? { distributorId: r.distributorId, cents: 0, orders: 0 };
    change.cents += r.cents;
    change.orders += r.level === 1 ? 1 : 0;
    byDistributor.set(r.distributorId, change);
  }
  return [...byDistributor.values()];
}
