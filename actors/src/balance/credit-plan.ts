import { BalanceState, Cents, creditToBalance, toCents } from '@dmh/shared';

/** A reward row as the credit transaction reads it (locked). */
export interface RewardRow {
  id: string;
  userId: string;
  amount: Cents;
  status: string;
  /** The distributor row the reward was planned for (the beneficiary's, of the order's brand), and the level. */
  distributorId: string;
  orderId: string;
  level: number;
}

export interface CreditRequest {
  rewardId: string;
  /** Yuan, DECIMAL text. */
  amount: string;
}

export type CreditDecision =
  | { kind: 'refused'; rewardId: string; reason: string }
  /** Nothing to do: already credited, cancelled or reversed (its order was refunded), or repeated in this batch. */
  | { kind: 'unchanged'; rewardId: string; credited: boolean; balance: Cents }
  | { kind: 'credit'; rewardId: string; cents: Cents; credited: BalanceState; after: BalanceState; repaid: Cents };

/**
 * What crediting `requests` (in order) to this user's balance does, from the locked balance and the locked
 * reward rows: pure, so the rules are tested without a database. A reward is credited only if it is this
 * user's, of exactly this amount, and still pending; once per batch (a repeat is `unchanged`). Each credit
 * repays debt first (creditToBalance), so the state threads through the batch in order.
 */
export function planCredits(
  start: BalanceState,
  userId: string,
  requests: readonly CreditRequest[],
  rewards: ReadonlyMap<string, RewardRow>,
): { decisions: CreditDecision[]; end: BalanceState } {
  let state = start;
  const done = new Set<string>();
  const decisions = requests.map((request): CreditDecision => {
    const cents = toCents(request.amount);
    const reward = rewards.get(request.rewardId);
    if (!reward || reward.userId !== userId || reward.amount !== cents) {
      return { kind: 'refused', rewardId: request.rewardId, reason: `reward ${request.rewardId} of ${request.amount} is not a reward of user ${userId}` };
    }
    if (done.has(request.rewardId) || reward.status !== 'pending') {
      const credited = done.has(request.rewardId) || reward.status === 'settled';
      return { kind: 'unchanged', rewardId: request.rewardId, credited, balance: state.balance };
    }
    done.add(request.rewardId);
    const { credited, after, repaid } = creditToBalance(state, cents);
    state = after;
    return { kind: 'credit', rewardId: request.rewardId, cents, credited, after, repaid };
  });
  return { decisions, end: state };
}
