import { Cents } from '../money/money';
import type { RewardStatus } from '../entities/rewards/reward.entity';

/**
 * What a refund does to an order's rewards. The rule (partial refunds included):
 *
 *  - Rewards are reversed only when the order is refunded in full (the refunds that succeeded add up to
 *    the amount paid). A partial refund is recorded but leaves the sign-up, and so its rewards, standing:
 *    proportional clawbacks would split one reward into many ledger entries and pay distributors for a
 *    fraction of a sign-up that still happened.
 *  - On a full refund every reward of the order is reversed once: a reward not yet credited ('pending') is
 *    cancelled and never credited; a credited one ('settled') is clawed back from the balance (what the
 *    balance cannot cover becomes debt); one already cancelled or reversed is left as it is.
 */
export type RefundCoverage = 'none' | 'partial' | 'full';

export function refundCoverage(orderAmount: Cents, refunded: Cents): RefundCoverage {
  if (refunded <= 0) return 'none';
  return refunded >= orderAmount ? 'full' : 'partial';
}

export type ReversalAction = 'cancel' | 'claw_back' | 'none';

export function reversalActionFor(status: RewardStatus): ReversalAction {
  switch (status) {
    case 'pending':
      return 'cancel';
    case 'settled':
      return 'claw_back';
    case 'cancelled':
    case 'reversed':
      return 'none';
  }
}

/** The state a reward ends in after its order's full refund, whatever state it started in. */
export function reversedStatusOf(status: RewardStatus): 'cancelled' | 'reversed' {
  return status === 'pending' || status === 'cancelled' ? 'cancelled' : 'reversed';
}
