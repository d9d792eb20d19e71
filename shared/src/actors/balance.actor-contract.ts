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
  /** False when this reward had already been credited: the call was a replay and changed nothing. */
  applied: boolean;
  balance: string;
}

export interface BalanceView {
  userId: string;
  balance: string;
  frozen: string;
  totalReward: string;
  totalWithdrawn: string;
  debt: string;
}

export interface BalanceActorContract {
  creditReward(command: CreditRewardCommand): Promise<CreditRewardResult>;
  getBalance(): Promise<BalanceView>;
}
