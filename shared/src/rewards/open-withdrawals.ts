import type { WithdrawalStatus } from '../entities/balances/withdrawal.entity';

/**
 * An open withdrawal: one whose amount is still frozen in its user's balance, waiting for the review to
 * release it (rejected) or pay it out (paid). A user has at most one open withdrawal at a time.
 *
 * The one definition of "open": the actor host's request refuses a second one by selecting
 * `status IN (…these…)` (BalanceWithdrawalRepository), the review's state machine moves only these, the
 * money model runs the product with this list (so its mutants are mutants of the product), and the
 * integration invariants check frozen = the amounts of these. Nothing spells the list by hand.
 */
export const OPEN_WITHDRAWAL_STATUSES: readonly WithdrawalStatus[] = Object.freeze(['requested', 'approved'] as const);

export function isOpenWithdrawal(status: WithdrawalStatus): boolean {
  return OPEN_WITHDRAWAL_STATUSES.includes(status);
}
