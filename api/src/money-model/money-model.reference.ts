import type { World } from './money-model.world';

/**
 * The reference model: what the money rules mean, written from the rules' statement and not from the
 * product's code. It keeps no balances at all. A user's money follows from the history:
 *
 *   earned    = rewards credited and not reversed      (settled)
 *   withdrawn = withdrawals whose money was paid out
 *   held      = withdrawals whose money is frozen (requested, approved, or decided but not yet moved)
 *   net       = earned − withdrawn − held
 *   balance   = net if positive, else 0;   debt = −net if negative, else 0
 *
 * (the debt of a clawback is always repaid before money is available again, so balance and debt are never
 * both positive, which is what makes this closed form exact).
 */
export type RewardState = 'pending' | 'settled' | 'cancelled' | 'reversed';
export type WithdrawalState = 'requested' | 'approved' | 'rejected' | 'paid';

export interface RefReward { id: string; orderId: string; userId: string; distributorId: string; level: number; amount: number; state: RewardState }
export interface RefWithdrawal { id: string; userId: string; amount: number; state: WithdrawalState; money: 'frozen' | 'released' | 'paidOut' }
export interface RefOrder { id: string; amount: number; refunded: number; fullyRefunded: boolean }
export interface Money { balance: number; frozen: number; debt: number; totalReward: number; totalWithdrawn: number }
export interface PlannedLine { level: number; distributorId: string; userId: string; amount: number }

export class ReferenceModel {
  readonly rewards = new Map<string, RefReward>();
  readonly withdrawals = new Map<string, RefWithdrawal>();
  readonly orders = new Map<string, RefOrder>();

  constructor(private readonly world: World) {}

  money(userId: string): Money {
    let earned = 0;
    let withdrawn = 0;
    let held = 0;
    for (const r of this.rewards.values()) if (r.userId === userId && r.state === 'settled') earned += r.amount;
    for (const w of this.withdrawals.values()) {
      if (w.userId !== userId) continue;
      if (w.money === 'frozen') held += w.amount;
      if (w.money === 'paidOut') withdrawn += w.amount;
    }
    const net = earned - withdrawn - held;
    return { balance: Math.max(net, 0), frozen: held, debt: Math.max(-net, 0), totalReward: earned, totalWithdrawn: withdrawn };
  }

  /**
   * The plan of a paid order: the referrer earns level 1, its parent level 2, its grandparent level 3, as
   * far as the brand's levels go (at most 3); a suspended distributor or the buyer earns nothing and the
   * level is not passed on; a fixed rule pays its amount, a percent rule that share of the price rounded
   * down to the cent; the levels together never pay more than the price (a level gets what is left).
   */
  plan(referrer: number | null, active: readonly boolean[], buyerUserId: string | null): PlannedLine[] {
    const chain: number[] = [];
    for (let d = referrer; d !== null && chain.length < 3; d = this.world.distributors[d].parent) chain.push(d);
    const levels = Math.min(this.world.enabledLevels, 3);
    const lines: PlannedLine[] = [];
    let left = this.world.price;
    for (let level = 1; level <= levels && level <= chain.length; level++) {
      const who = this.world.distributors[chain[level - 1]];
      const rule = this.world.rules.find((r) => r.level === level);
      if (!rule || !active[chain[level - 1]] || who.userId === buyerUserId) continue;
      const wanted = rule.mode === 'fixed' ? rule.value : Number((BigInt(this.world.price) * BigInt(rule.value)) / 10_000n);
      const amount = wanted < left ? wanted : left;
      if (amount === 0) continue;
      left -= amount;
      lines.push({ level, distributorId: who.id, userId: who.userId, amount });
    }
    return lines;
  }

  /** A reward credited (at least once delivered): only a pending one is; a settled one answers as credited. */
  credit(rewardId: string): { applied: boolean; credited: boolean; repaid: number } {
    const r = this.reward(rewardId);
    if (r.state !== 'pending') return { applied: false, credited: r.state === 'settled', repaid: 0 };
    const debtBefore = this.money(r.userId).debt;
    r.state = 'settled';
    return { applied: true, credited: true, repaid: Math.min(debtBefore, r.amount) };
  }

  /** Money refunded on an order: once the refunds add up to the price, its rewards are to be reversed. */
  refund(orderId: string, amount: number): { becameFull: boolean } {
    const o = this.orders.get(orderId) ?? fail(`no order ${orderId}`);
    o.refunded += amount;
    if (o.fullyRefunded || o.refunded < o.amount) return { becameFull: false };
    o.fullyRefunded = true;
    return { becameFull: true };
  }

  /** A refunded order's reward: never credited → cancelled; credited → taken back, the shortfall is debt. */
  reverse(rewardId: string): { applied: boolean; outcome: 'cancelled' | 'reversed'; taken: number; shortfall: number } {
    const r = this.reward(rewardId);
    if (r.state === 'cancelled' || r.state === 'reversed') return { applied: false, outcome: r.state, taken: 0, shortfall: 0 };
    if (r.state === 'pending') {
      r.state = 'cancelled';
      return { applied: true, outcome: 'cancelled', taken: 0, shortfall: 0 };
    }
    const available = this.money(r.userId).balance;
    r.state = 'reversed';
    const taken = Math.min(available, r.amount);
    return { applied: true, outcome: 'reversed', taken, shortfall: r.amount - taken };
  }

  /** A withdrawal request: one open request at a time, and never more than is available. */
  request(userId: string, amount: number): 'ok' | 'open_request' | 'insufficient_balance' {
    for (const w of this.withdrawals.values()) {
      if (w.userId === userId && (w.state === 'requested' || w.state === 'approved')) return 'open_request';
    }
    return amount > this.money(userId).balance ? 'insufficient_balance' : 'ok';
  }

  addWithdrawal(id: string, userId: string, amount: number): void {
    this.withdrawals.set(id, { id, userId, amount, state: 'requested', money: 'frozen' });
  }

  /** requested → approved → paid; requested or approved → rejected; the state it is in already is a replay. */
  review(withdrawalId: string, action: 'approve' | 'reject' | 'pay'): 'apply' | 'replay' | 'conflict' {
    const w = this.withdrawal(withdrawalId);
    const target: WithdrawalState = action === 'approve' ? 'approved' : action === 'reject' ? 'rejected' : 'paid';
    if (w.state === target) return 'replay';
    const allowed =
      (w.state === 'requested' && (action === 'approve' || action === 'reject')) ||
      (w.state === 'approved' && (action === 'reject' || action === 'pay'));
    if (!allowed) return 'conflict';
    w.state = target;
    return 'apply';
  }

  /** A rejected withdrawal's money back to the balance (once), repaying debt first. */
  release(withdrawalId: string): { applied: boolean; repaid: number } {
    const w = this.withdrawal(withdrawalId);
    if (w.money !== 'frozen') return { applied: false, repaid: 0 };
    const debtBefore = this.money(w.userId).debt;
    w.money = 'released';
    return { applied: true, repaid: Math.min(debtBefore, w.amount) };
  }

  /** A paid withdrawal's money gone for good (once). */
  payOut(withdrawalId: string): { applied: boolean } {
    const w = this.withdrawal(withdrawalId);
    if (w.money !== 'frozen') return { applied: false };
    w.money = 'paidOut';
    return { applied: true };
  }

  private reward(id: string): RefReward {
    return this.rewards.get(id) ?? fail(`no reward ${id}`);
  }

  private withdrawal(id: string): RefWithdrawal {
    return this.withdrawals.get(id) ?? fail(`no withdrawal ${id}`);
  }
}

function fail(message: string): never {
  throw new Error(message);
}
