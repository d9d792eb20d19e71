/** BalanceActor — one per user balance (actor id = user id). Serialises every change to that balance. */
export const BALANCE_ACTOR_TYPE = 'BalanceActor';

export interface CreditRewardCommand {
  rewardId: string;
  orderId: string;
  level: number;
  /** Yuan, DECIMAL text ("10.00"). */
  amount: string;
}

export interface CreditRewardResult {
  /** False when this reward had already been credited, or may no longer be: the call changed nothing. */
  applied: boolean;
  /**
   * True when the reward is (now or already) on the balance. False when it was cancelled or reversed (its
   * order was refunded): the caller must not count it anywhere else.
   */
  credited: boolean;
  balance: string;
  /** Paid off the debt out of this credit (yuan). */
  debtRepaid: string;
}

/**
 * Several rewards of this balance credited in ONE turn and ONE transaction (what a hot balance needs: the
 * caller sends, in one call, every credit that queued up while the previous call ran). Each credit is still
 * applied at most once, keyed by its reward id, exactly as `creditReward` would; a refused credit (not a
 * reward of this user, or another amount) does not stop the others.
 */
export interface CreditRewardsCommand {
  credits: CreditRewardCommand[];
}

/** Per credit, in the order sent: what `creditReward` would have answered, or why it was refused. */
export type CreditRewardsItem = ({ rewardId: string } & CreditRewardResult) | { rewardId: string; refused: string };

export interface CreditRewardsResult {
  results: CreditRewardsItem[];
}

/** The most credits one `creditRewards` call may carry. */
export const MAX_CREDITS_PER_CALL = 200;

export interface BalanceView {
  userId: string;
  balance: string;
  frozen: string;
  totalReward: string;
  totalWithdrawn: string;
  debt: string;
}

/** A refunded order's reward, reversed once however often it is asked (the order must be refunded). */
export interface BalanceReversalCommand {
  rewardId: string;
  orderId: string;
}

export interface BalanceReversalResult {
  /** False when the reward had already been cancelled or reversed: the call changed nothing. */
  applied: boolean;
  /** 'cancelled': it was never credited; 'reversed': it was credited and has been taken back. */
  outcome: 'cancelled' | 'reversed';
  /** Taken from the available balance by this call, and what it could not cover (now debt). */
  clawedBack: string;
  debtAdded: string;
  balance: string;
  debt: string;
}

/**
 * A distributor's withdrawal request: creates the withdrawal and freezes its amount in one step, or
 * refuses. `requestKey` makes it idempotent: the same key returns the same withdrawal.
 */
export interface RequestWithdrawalCommand {
  requestKey: string;
  amount: string;
  brandId: string | null;
  accountInfo: Record<string, string> | null;
}

export type WithdrawalRefusal = 'insufficient_balance' | 'open_request';

export type RequestWithdrawalResult =
  | { ok: true; withdrawalId: string; created: boolean; balance: string; frozen: string }
  | { ok: false; reason: WithdrawalRefusal; available: string };

/** A reviewed withdrawal whose money must move: released (rejected) or paid out (paid). */
export interface WithdrawalMoneyCommand {
  withdrawalId: string;
}

export interface WithdrawalMoneyResult {
  /** False when this withdrawal's money had already moved: the call changed nothing. */
  applied: boolean;
  balance: string;
  frozen: string;
}

export interface BalanceActorContract {
  creditReward(command: CreditRewardCommand): Promise<CreditRewardResult>;
  creditRewards(command: CreditRewardsCommand): Promise<CreditRewardsResult>;
  reverseReward(command: BalanceReversalCommand): Promise<BalanceReversalResult>;
  requestWithdrawal(command: RequestWithdrawalCommand): Promise<RequestWithdrawalResult>;
  /** A rejected withdrawal's frozen amount back to the balance (the withdrawal must be 'rejected'). */
  releaseWithdrawal(command: WithdrawalMoneyCommand): Promise<WithdrawalMoneyResult>;
  /** A paid withdrawal's frozen amount out for good (the withdrawal must be 'paid'). */
  payOutWithdrawal(command: WithdrawalMoneyCommand): Promise<WithdrawalMoneyResult>;
  getBalance(): Promise<BalanceView>;
}
