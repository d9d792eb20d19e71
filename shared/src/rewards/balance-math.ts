import { Cents, assertCents } from '../money/money';

/**
 * One user's money, in cents: `balance` is available, `frozen` is held by withdrawals under review,
 * `debt` is what a clawback could not take back. `totalReward` counts the rewards credited and not reversed;
 * `totalWithdrawn` what was paid out. Every change below keeps, per user,
 *
 *     balance + frozen + totalWithdrawn − debt = totalReward
 *
 * and never lets balance, frozen or debt go negative. A non-zero debt is repaid first from any money that
 * comes back to the balance (a new credit, a rejected withdrawal's unfrozen funds).
 */
export interface BalanceState {
  balance: Cents;
  frozen: Cents;
  debt: Cents;
  totalReward: Cents;
  totalWithdrawn: Cents;
}

export class BalanceRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BalanceRuleError';
  }
}

function positive(amount: Cents, what: string): void {
  assertCents(amount);
  if (amount <= 0) throw new BalanceRuleError(`${what} must be positive, got ${amount}`);
}

/** Money that arrives in the balance first pays off the debt: how much of it does. */
function repayFrom(state: BalanceState): { after: BalanceState; repaid: Cents } {
  const repaid = Math.min(state.debt, state.balance);
  return { after: { ...state, balance: state.balance - repaid, debt: state.debt - repaid }, repaid };
}

/** A reward credited: the balance grows by `amount`, then repays what it can of the debt. */
export function creditToBalance(state: BalanceState, amount: Cents): { credited: BalanceState; after: BalanceState; repaid: Cents } {
  positive(amount, 'a credit');
  const credited = { ...state, balance: state.balance + amount, totalReward: state.totalReward + amount };
  return { credited, ...repayFrom(credited) };
}

/**
 * A settled reward taken back (its order was refunded): as much as the available balance holds is taken,
 * the rest becomes debt. Frozen money is never touched: it belongs to a withdrawal already requested.
 */
export function clawBackFromBalance(state: BalanceState, amount: Cents): { after: BalanceState; taken: Cents; shortfall: Cents } {
  positive(amount, 'a clawback');
  const taken = Math.min(state.balance, amount);
  const shortfall = amount - taken;
  return {
    after: { ...state, balance: state.balance - taken, debt: state.debt + shortfall, totalReward: state.totalReward - amount },
    taken,
    shortfall,
  };
}

/** A withdrawal requested: its amount moves from the balance to frozen; null when the balance is short. */
export function freezeInBalance(state: BalanceState, amount: Cents): BalanceState | null {
  positive(amount, 'a withdrawal');
  if (amount > state.balance) return null;
  return { ...state, balance: state.balance - amount, frozen: state.frozen + amount };
}

/** A rejected withdrawal: its frozen amount returns to the balance, which then repays what it can of the debt. */
export function releaseToBalance(state: BalanceState, amount: Cents): { released: BalanceState; after: BalanceState; repaid: Cents } {
  positive(amount, 'a release');
  if (amount > state.frozen) throw new BalanceRuleError(`cannot release ${amount}: only ${state.frozen} frozen`);
  const released = { ...state, balance: state.balance + amount, frozen: state.frozen - amount };
  return { released, ...repayFrom(released) };
}

/** A paid withdrawal: its frozen amount leaves for good. */
export function payOutFromBalance(state: BalanceState, amount: Cents): BalanceState {
  positive(amount, 'a payout');
  if (amount > state.frozen) throw new BalanceRuleError(`cannot pay out ${amount}: only ${state.frozen} frozen`);
  return { ...state, frozen: state.frozen - amount, totalWithdrawn: state.totalWithdrawn + amount };
}
