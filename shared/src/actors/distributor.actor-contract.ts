import type { ApproveCommand, ChangeUplineCommand, RejectCommand } from './distributor.actor-commands';

/**
 * DistributorActor — one per distributor (actor id = distributors.id): its lifecycle (review, upline). Its
 * earnings and reward count are written by BalanceActor's credit transaction, not by a turn of this actor.
 */
export const DISTRIBUTOR_ACTOR_TYPE = 'DistributorActor';

/** The lifecycle commands (zod schemas and the types inferred from them) are in distributor.actor-commands.ts. */
export * from './distributor.actor-commands';

export interface DistributorStats {
  distributorId: string;
  totalEarnings: string;
  orderCount: number;
  rewardCount: number;
}

export type ReviewRefusal = 'not_found' | 'not_pending';

/**
 * The outcome of a review. `applied: false` with `ok: true` means the distributor was already in the wanted
 * state (a replay of the same decision): nothing changed. `not_pending` means another decision was made first.
 */
export type ReviewResult =
  | { ok: true; applied: boolean; status: 'active' | 'rejected' }
  | { ok: false; reason: ReviewRefusal; status: string | null };

/**
 * The outcome of an upline change: `applied: false` when it already had that parent (a replay). `before` and
 * `after` are what the audit entry records; `team` how many distributors below it changed level with it.
 */
export type ChangeUplineResult =
  | { ok: true; applied: boolean; before: { parentId: string | null; level: number }; after: { parentId: string | null; level: number }; team: number }
  | { ok: false; reason: 'not_found' | 'parent_not_found' | 'parent_not_active' | 'cycle' | 'too_deep' };

export interface DistributorActorContract {
  /** Earnings and counts as BalanceActor's credits and reversals left them (this actor does not write them). */
  getStats(): Promise<DistributorStats>;
  /** pending → active (idempotent: approving an active distributor again changes nothing). */
  approve(command: ApproveCommand): Promise<ReviewResult>;
  /** pending → rejected (idempotent likewise). */
  reject(command: RejectCommand): Promise<ReviewResult>;
  /**
   * Moves the distributor and its team under another parent of its brand, in one transaction under row locks:
   * refused when the parent is itself or one of its descendants, not an active distributor of the brand, or
   * too deep for the team to stay within level 3. Orders paid afterwards reward the new chain; rewards
   * already recorded stay with whom they were recorded for.
   */
  changeUpline(command: ChangeUplineCommand): Promise<ChangeUplineResult>;
}
