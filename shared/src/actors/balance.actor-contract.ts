import type {
  BalanceReversalCommand, CreditRewardCommand, CreditRewardsCommand, RequestWithdrawalCommand, WithdrawalMoneyCommand,
} from './balance.actor-commands';

/** BalanceActor — one per user balance (actor id = user id). Serialises every change to that balance. */
export const BALANCE_ACTOR_TYPE = 'BalanceActor';


/** The commands (zod schemas and the types inferred from them) are in balance.actor-commands.ts. */
export * from './balance.actor-commands';

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

/** Per credit, in the order sent: what `creditReward` would have answered, or why it was refused. */
export type CreditRewardsItem = ({ rewardId: string } & CreditRewardResult) | { rewardId: string; refused: string };

export interface CreditRewardsResult {
  results: CreditRewardsItem[];
}

export interface BalanceView {
  userId: string;
  balance: string;
  frozen: string;
  totalReward: string;
  totalWithdrawn: string;
  debt: string;
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

export type WithdrawalRefusal = 'insufficient_balance' | 'open_request';

export type RequestWithdrawalResult =
  | { ok: true; withdrawalId: string; created: boolean; balance: string; frozen: string }
  | { ok: false; reason: WithdrawalRefusal; available: string };

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
