import { Cents, fromCents, isMoneyText, percentOf, toCents } from '../money/money';

/** One level of a campaign's reward rule, as stored in campaigns.reward_levels. */
export interface RewardLevelRule {
  level: RewardLevel;
  mode: 'fixed' | 'percent';
  /** Fixed amount in yuan, e.g. "10.00" (mode 'fixed'). */
  amount?: string;
  /** Percent of the order amount, e.g. "12.5" (mode 'percent'). */
  percent?: string;
}

export type RewardLevel = 1 | 2 | 3;
export const MAX_REWARD_LEVELS = 3;

export interface RuleProblem {
  field: string;
  message: string;
}

/**
 * Checks a reward rule against the campaign price: levels 1..3 at most once each, amounts well formed,
 * and the rewards of all levels together never exceed what the consumer pays. Each problem names
 * `<path>.<index>.<property>` (or `path` itself for the total), `path` being where the rule sits in the
 * request (`body.rewardLevels`).
 */
export function validateRewardRule(rules: RewardLevelRule[], price: Cents, path: string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const seen = new Set<number>();
  let total = 0;
  rules.forEach((rule, i) => {
    const field = `${path}.${i}`;
    if (![1, 2, 3].includes(rule.level)) problems.push({ field: `${field}.level`, message: 'level must be 1, 2 or 3' });
    if (seen.has(rule.level)) problems.push({ field: `${field}.level`, message: `level ${rule.level} appears twice` });
    seen.add(rule.level);
    if (rule.mode === 'fixed') {
      if (!isMoneyText(rule.amount) || toCents(rule.amount) < 0) {
        problems.push({ field: `${field}.amount`, message: 'amount must be a non-negative amount with at most 2 decimals' });
      } else total += toCents(rule.amount);
    } else if (rule.mode === 'percent') {
      if (!isMoneyText(rule.percent) || toCents(rule.percent) < 0 || toCents(rule.percent) > 10_000) {
        problems.push({ field: `${field}.percent`, message: 'percent must be between 0 and 100 with at most 2 decimals' });
      } else total += percentOf(price, rule.percent);
    } else {
      problems.push({ field: `${field}.mode`, message: "mode must be 'fixed' or 'percent'" });
    }
  });
  if (problems.length === 0 && total > price) {
    problems.push({ field: path, message: `rewards total ${fromCents(total)} exceeds the price ${fromCents(price)}` });
  }
  return problems;
}

/** A distributor in the referrer chain: index 0 is the referrer (earns level 1), then its parent, grandparent. */
export interface ChainLink {
  distributorId: string;
  userId: string;
  status: string;
}

export interface PlannedReward {
  level: RewardLevel;
  distributorId: string;
  userId: string;
  amount: Cents;
}

export interface RewardPlanInput {
  orderAmount: Cents;
  rules: RewardLevelRule[];
  chain: ChainLink[];
  /** How many levels the brand pays (1..3); multi-level commissions can be switched off per brand. */
  enabledLevels: number;
  /** The buyer's user id, when known: nobody is rewarded for their own purchase. */
  buyerUserId?: string | null;
}

/**
 * The reward plan of a paid order. Pure: same input, same plan. Inactive distributors and the buyer earn
 * nothing at their level (the level is skipped, not shifted up), zero rewards are dropped, and the total is
 * capped at the order amount.
 */
export function planRewards(input: RewardPlanInput): PlannedReward[] {
  const levels = Math.max(0, Math.min(MAX_REWARD_LEVELS, Math.floor(input.enabledLevels)));
  const plan: PlannedReward[] = [];
  let remaining = input.orderAmount;
  for (let i = 0; i < Math.min(levels, input.chain.length); i++) {
    const level = (i + 1) as RewardLevel;
    const link = input.chain[i];
    const rule = input.rules.find((r) => r.level === level);
    if (!rule || link.status !== 'active') continue;
    if (input.buyerUserId && link.userId === input.buyerUserId) continue;
    const wanted = rule.mode === 'fixed' ? toCents(rule.amount ?? '0') : percentOf(input.orderAmount, rule.percent ?? '0');
    const amount = Math.min(wanted, remaining);
    if (amount <= 0) continue;
    remaining -= amount;
    plan.push({ level, distributorId: link.distributorId, userId: link.userId, amount });
  }
  return plan;
}
