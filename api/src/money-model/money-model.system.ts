import {
  type BalanceState, clawBackFromBalance, creditToBalance, freezeInBalance, OPEN_WITHDRAWAL_STATUSES, payOutFromBalance,
  planRewards, referrerChain, refundCoverage, releaseToBalance, reversalActionFor, reversedStatusOf, type RewardLevelRule, type RewardStatus,
  type WithdrawalStatus,
} from '@dmh/shared';
import { transition } from '../withdrawals/withdrawal-state';
import type { Money, PlannedLine } from './money-model.reference';
import type { World } from './money-model.world';

/**
 * The product's money rules, as one object so a test can swap one for a broken version (a mutant). Each is
 * what product code calls (or, for the open statuses, the list the actor host's SQL binds), so a mutant here
 * is a change of the product, not of a copy.
 */
export const PRODUCT_LOGIC = {
  referrerChain, planRewards, creditToBalance, clawBackFromBalance, freezeInBalance, releaseToBalance, payOutFromBalance,
  refundCoverage, reversalActionFor, reversedStatusOf, transition, openWithdrawalStatuses: OPEN_WITHDRAWAL_STATUSES,
};
export type MoneyLogic = typeof PRODUCT_LOGIC;

interface SysReward { orderId: string; userId: string; amount: number; status: RewardStatus }
interface SysWithdrawal { userId: string; amount: number; status: WithdrawalStatus }

const EMPTY: BalanceState = { balance: 0, frozen: 0, debt: 0, totalReward: 0, totalWithdrawn: 0 };

/**
 * The system under test: the product's pure rules (shared `reward-rule`, `balance-math`, `refund-plan`,
 * api `withdrawal-state`) composed the way BalanceActor's repositories and the withdrawal service compose
 * them, in memory: balances in `BalanceState`, the ledger's unique keys (entry type, reference) as a set,
 * rewards and withdrawals with their statuses.
 */
export class MoneySystem {
  readonly rewards = new Map<string, SysReward>();
  readonly withdrawals = new Map<string, SysWithdrawal>();
  private readonly balances = new Map<string, BalanceState>();
  private readonly ledger = new Set<string>();
  private readonly orders = new Map<string, { amount: number; refunded: number; status: 'paid' | 'refunded' }>();
  private readonly rules: RewardLevelRule[];
  /** A distributor's index in the world by its id: the chain walk looks distributors up by id, as the SQL path does. */
  private readonly indexOf: Map<string, number>;

  constructor(private readonly world: World, private readonly logic: MoneyLogic = PRODUCT_LOGIC) {
    this.indexOf = new Map(world.distributors.map((d, i) => [d.id, i]));
    this.rules = world.rules.map((r) => (r.mode === 'fixed' ? { level: r.level, mode: 'fixed', amount: r.text } : { level: r.level, mode: 'percent', percent: r.text }));
  }

  money(userId: string): Money {
    return { ...(this.balances.get(userId) ?? EMPTY) };
  }

  /** The paid transition's plan (SettlementRepository): the shared chain walk over the upline, then planRewards. */
  pay(orderId: string, referrer: number | null, active: readonly boolean[], buyerUserId: string | null): PlannedLine[] {
    this.orders.set(orderId, { amount: this.world.price, refunded: 0, status: 'paid' });
    const chain = this.logic.referrerChain(referrer === null ? null : this.world.distributors[referrer].id, (id) => {
      const d = this.indexOf.get(id);
      if (d === undefined) return undefined;
      const { userId, parent } = this.world.distributors[d];
      return { userId, status: active[d] ? 'active' : 'suspended', parentId: parent === null ? null : this.world.distributors[parent].id };
    });
    const plan = this.logic.planRewards({ orderAmount: this.world.price, rules: this.rules, chain, enabledLevels: this.world.enabledLevels, buyerUserId });
    return plan.map((p) => ({ level: p.level, distributorId: p.distributorId, userId: p.userId, amount: p.amount }));
  }

  addReward(id: string, orderId: string, userId: string, amount: number): void {
    this.rewards.set(id, { orderId, userId, amount, status: 'pending' });
  }

  /** BalanceRepository.creditReward. */
  credit(rewardId: string): { applied: boolean; credited: boolean; repaid: number } {
    const reward = this.rewards.get(rewardId)!;
    if (this.ledger.has(`reward_credit:${rewardId}`)) return { applied: false, credited: reward.status === 'settled', repaid: 0 };
    if (reward.status !== 'pending') return { applied: false, credited: false, repaid: 0 };
    const { after, repaid } = this.logic.creditToBalance(this.state(reward.userId), reward.amount);
    this.ledger.add(`reward_credit:${rewardId}`);
    this.balances.set(reward.userId, after);
    reward.status = 'settled';
    return { applied: true, credited: true, repaid };
  }

  /** The refund service: refunds add up; a full refund marks the order refunded and its rewards are reversed. */
  refund(orderId: string, amount: number): { becameFull: boolean } {
    const order = this.orders.get(orderId)!;
    order.refunded += amount;
    if (order.status === 'refunded' || this.logic.refundCoverage(order.amount, order.refunded) !== 'full') return { becameFull: false };
    order.status = 'refunded';
    return { becameFull: true };
  }

  /** BalanceReversalRepository.reverseReward. */
  reverse(rewardId: string): { applied: boolean; outcome: 'cancelled' | 'reversed'; taken: number; shortfall: number } {
    const reward = this.rewards.get(rewardId)!;
    const status = reward.status;
    switch (this.logic.reversalActionFor(status)) {
      case 'none':
        return { applied: false, outcome: this.logic.reversedStatusOf(status), taken: 0, shortfall: 0 };
      case 'cancel':
        reward.status = 'cancelled';
        return { applied: true, outcome: 'cancelled', taken: 0, shortfall: 0 };
      case 'claw_back': {
        const { after, taken, shortfall } = this.logic.clawBackFromBalance(this.state(reward.userId), reward.amount);
        this.ledger.add(`reward_reversal:${rewardId}`);
        this.balances.set(reward.userId, after);
        reward.status = 'reversed';
        return { applied: true, outcome: 'reversed', taken, shortfall };
      }
    }
  }

  /** BalanceWithdrawalRepository.request: one open request at a time (its `status IN (open statuses)`), frozen at once. */
  request(withdrawalId: string, userId: string, amount: number): 'ok' | 'open_request' | 'insufficient_balance' {
    const open = this.logic.openWithdrawalStatuses;
    if ([...this.withdrawals.values()].some((w) => w.userId === userId && open.includes(w.status))) return 'open_request';
    const after = this.logic.freezeInBalance(this.state(userId), amount);
    if (!after) return 'insufficient_balance';
    this.withdrawals.set(withdrawalId, { userId, amount, status: 'requested' });
    this.ledger.add(`withdraw_freeze:${withdrawalId}`);
    this.balances.set(userId, after);
    return 'ok';
  }

  /** The withdrawal service's review: the state machine decides; money moves later (release / payout). */
  review(withdrawalId: string, action: 'approve' | 'reject' | 'pay'): 'apply' | 'replay' | 'conflict' {
    const w = this.withdrawals.get(withdrawalId)!;
    const t = this.logic.transition(w.status, action);
    if (t.kind === 'apply') w.status = t.to;
    return t.kind;
  }

  /** BalanceWithdrawalRepository.release (the withdrawal is rejected). */
  release(withdrawalId: string): { applied: boolean; repaid: number } {
    const w = this.withdrawals.get(withdrawalId)!;
    if (w.status !== 'rejected') throw new Error(`release of a ${w.status} withdrawal`);
    if (this.ledger.has(`withdraw_unfreeze:${withdrawalId}`)) return { applied: false, repaid: 0 };
    const { after, repaid } = this.logic.releaseToBalance(this.state(w.userId), w.amount);
    this.ledger.add(`withdraw_unfreeze:${withdrawalId}`);
    this.balances.set(w.userId, after);
    return { applied: true, repaid };
  }

  /** BalanceWithdrawalRepository.payOut (the withdrawal is paid). */
  payOut(withdrawalId: string): { applied: boolean } {
    const w = this.withdrawals.get(withdrawalId)!;
    if (w.status !== 'paid') throw new Error(`payout of a ${w.status} withdrawal`);
    if (this.ledger.has(`withdraw_paid:${withdrawalId}`)) return { applied: false };
    this.balances.set(w.userId, this.logic.payOutFromBalance(this.state(w.userId), w.amount));
    this.ledger.add(`withdraw_paid:${withdrawalId}`);
    return { applied: true };
  }

  private state(userId: string): BalanceState {
    return this.balances.get(userId) ?? { ...EMPTY };
  }
}
