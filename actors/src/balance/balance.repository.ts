import { BalanceState, BalanceView, CreditRewardResult, CreditRewardsItem, fromCents, toCents } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../runtime/database';
import {
  APPEND_LEDGER_ROWS_SQL, appendLedger, appendRepayment, BalanceCommandRefused, balanceStateOf, ledgerRowValues, lockBalance, saveBalance,
  saveBalancesSql, saveBalancesValues,
} from './balance-store.repository';
import { type BalanceCredits, type CreditOutcome, CreditGroups } from './credit-groups';
import { CreditDecision, CreditRequest, planCredits, RewardRow } from './credit-plan';
import { EarnedReward, EarningsChange, earningsChanges } from './earnings-plan';
import { leanTransaction } from '../runtime/lean-sql';
import { logger } from '../runtime/logger';
import { config } from '../config';

type Credit = Extract<CreditDecision, { kind: 'credit' }>;

/**
 * The balance rows, locked in key order (a group's balances are distinct, and no other group holds one of them); a
 * user without one yet (their first credit ever) takes the general path, which creates it.
 */
const LOCK_BALANCES = 'SELECT user_id, balance, frozen, debt, total_reward, total_withdrawn FROM user_balances WHERE user_id IN (?) ORDER BY user_id FOR UPDATE';
const LOCK_REWARDS = 'SELECT id, user_id, amount, status, distributor_id, order_id, level FROM rewards WHERE id IN (?) ORDER BY id FOR UPDATE';
const SETTLE_REWARDS = "UPDATE rewards SET status = 'settled', settled_at = CURRENT_TIMESTAMP(3) WHERE id IN (?) AND status = 'pending'";
/**
 * The distributor's side of a credit, in the same transaction: one distributor_rewards row per credited
 * reward (a plain INSERT: a reward still pending was never counted, so a duplicate means broken data and
 * fails the turn rather than counting twice) and its earnings and order count moved once.
 */
const COUNT_REWARDS = "INSERT INTO distributor_rewards (distributor_id, reward_id, order_id, level, amount, status) VALUES ?";
const ADD_EARNINGS = 'UPDATE distributors SET total_earnings = total_earnings + ?, order_count = order_count + ? WHERE id = ?';

/** Several distributors' earnings moved in one statement (a credit group's three levels: one, not three); with one, ADD_EARNINGS. */
export function addEarningsSql(count: number): string {
  if (count === 1) return ADD_EARNINGS;
  const byId = `CASE id${' WHEN ? THEN ?'.repeat(count)} END`;
  return `UPDATE distributors SET total_earnings = total_earnings + ${byId}, order_count = order_count + ${byId} WHERE id IN (?)`;
}

/** addEarningsSql's values for these changes, in their order. */
export function addEarningsValues(changes: readonly EarningsChange[]): unknown[] {
  if (changes.length === 1) return [fromCents(changes[0]!.cents), changes[0]!.orders, changes[0]!.distributorId];
  return [
    ...changes.flatMap((c) => [c.distributorId, fromCents(c.cents)]),
    ...changes.flatMap((c) => [c.distributorId, c.orders]),
    changes.map((c) => c.distributorId),
  ];
}

/**
 * SQL for user_balances and balance_ledger, and for the earnings side of a credit (distributor_rewards,
 * distributors.total_earnings and order_count): the only code that writes them is BalanceActor.
 */
export class BalanceRepository {
  /** This process's groups of credits (one per repository: BalanceActor's module holds the one the turns share). */
  private readonly groups = new CreditGroups(
    (group) => this.creditTogether(group),
    (credits) => this.creditAlone(credits),
    (err, balances) => logger.warn({ err, balances }, 'shared credit transaction failed: each balance taken alone'),
    config().CREDIT_GROUP_LINGER_MS,
  );

  /** One reward: `creditRewards` with a batch of one; a refused credit throws. */
  async creditReward(userId: string, rewardId: string, amount: string): Promise<CreditRewardResult> {
    const [item] = await this.creditRewards(userId, [{ rewardId, amount }]);
    if ('refused' in item) throw new BalanceCommandRefused(item.refused);
    const { rewardId: _id, ...result } = item;
    return result;
  }

  /**
   * Credits rewards to one balance (one BalanceActor turn) in one transaction: with the credits of other
   * balances that reach this host within a couple of milliseconds, in theirs (creditTogether, CreditGroups),
   * otherwise alone (creditAlone); a balance without a row or with debt then in the general one.
   */
  async creditRewards(userId: string, requests: readonly CreditRequest[]): Promise<CreditRewardsItem[]> {
    const decisions =
      (await this.groups.submit({ userId, requests }))
      ?? (await database().transaction((em) => creditWithRepayments(em, userId, rewardIdsOf(requests), requests)));
    return decisions.map(resultOf);
  }

  /**
   * The credits of several balances (each a BalanceActor turn, distinct balances) in ONE transaction: their
   * balance rows and rewards locked together, each balance's plan made as alone (planCredits), then one INSERT
   * of every ledger row, one UPDATE of every balance, one UPDATE of the rewards, one INSERT of the distributors'
   * rows and one UPDATE of their earnings, one commit: two round trips and nine statements for the group, however
   * many balances. A balance without a row or with debt gets null (nothing of it written; it takes the general path
   * after the commit), like `creditAlone`.
   */
  async creditTogether(group: readonly BalanceCredits[]): Promise<CreditOutcome[]> {
    const userIds = group.map((g) => g.userId);
    const ids = [...new Set(group.flatMap((g) => rewardIdsOf(g.requests)))];
    return leanTransaction(async (send) => {
      const [, balances, rewards] = await send(['START TRANSACTION', LOCK_BALANCES, LOCK_REWARDS], [userIds, ids]);
      const balanceOf = new Map((balances as (Record<string, string> & { user_id: string })[]).map((b) => [String(b.user_id), b]));
      const rewardsById = rewardRows(rewards);
      const ledgerRows: unknown[][] = [];
      const saves: { userId: string; state: BalanceState }[] = [];
      const credits: Credit[] = [];
      const outcomes = group.map(({ userId, requests }): CreditOutcome => {
        const row = balanceOf.get(userId);
        if (!row) return null;
        const start = balanceStateOf(row);
        if (start.debt > 0) return null;
        const { decisions, end } = planCredits(start, userId, requests, rewardsById);
        const credited = decisions.filter((d): d is Credit => d.kind === 'credit');
        if (credited.length > 0) {
          ledgerRows.push(...ledgerRowValues(userId, 'reward_credit', credited.map(ledgerEntry)));
          saves.push({ userId, state: end });
          credits.push(...credited);
        }
        return decisions;
      });
      if (credits.length === 0) {
        await send(['COMMIT'], []);
      } else {
        const earnings = countEarnings(credits, rewardsById);
        await send(
          [APPEND_LEDGER_ROWS_SQL, saveBalancesSql(saves.length), SETTLE_REWARDS, ...earnings.statements, 'COMMIT'],
          [ledgerRows, ...saveBalancesValues(saves), credits.map((c) => c.rewardId), ...earnings.values],
        );
      }
      return outcomes;
    });
  }

  /**
   * One balance's credits in ONE transaction, however many: the balance row and the rewards are locked, the plan
   * is made (planCredits), then one ledger row per credited reward (unique per reward: a replay inserts nothing
   * and changes nothing), the balance written once, and the rewards marked settled. A reward no longer pending
   * (its order was refunded first) is never credited. With a balance row and no debt to repay (the common case)
   * this is two round trips to MySQL (lean-sql); the first credit of a user (no row yet) and a balance with debt
   * get null and take the general path (each credit's repayment linked to its ledger row). It is creditTogether's
   * transaction with a group of one.
   */
  async creditAlone(credits: BalanceCredits): Promise<CreditOutcome> {
    const [outcome] = await this.creditTogether([credits]);
    return outcome!;
  }

  async find(userId: string): Promise<BalanceView> {
    const [row] = await database().query(
      'SELECT balance, frozen, total_reward, total_withdrawn, debt FROM user_balances WHERE user_id = ?',
      [userId],
    );
    return {
      userId,
      balance: row?.balance ?? '0.00',
      frozen: row?.frozen ?? '0.00',
      totalReward: row?.total_reward ?? '0.00',
      totalWithdrawn: row?.total_withdrawn ?? '0.00',
      debt: row?.debt ?? '0.00',
    };
  }
}

/** The same credits on a balance with debt: each credit's ledger row, then the repayment linked to it. */
async function creditWithRepayments(em: EntityManager, userId: string, ids: string[], requests: readonly CreditRequest[]): Promise<CreditDecision[]> {
  const start = await lockBalance(em, userId);
  const rewardsById = rewardRows(await em.query(LOCK_REWARDS, [ids]));
  const { decisions, end } = planCredits(start, userId, requests, rewardsById);
  const credits = decisions.filter((d): d is Credit => d.kind === 'credit');
  if (credits.length === 0) return decisions;
  for (const c of credits) {
    const entryId = await appendLedger(em, userId, 'reward_credit', c.rewardId, c.cents, c.credited);
    await appendRepayment(em, userId, entryId, c.repaid, c.after);
  }
  await saveBalance(em, userId, end);
  await em.query(SETTLE_REWARDS, [credits.map((c) => c.rewardId)]);
  const earnings = countEarnings(credits, rewardsById);
  for (const [i, statement] of earnings.statements.entries()) await em.query(statement, earnings.arguments[i]);
  return decisions;
}

const rewardIdsOf = (requests: readonly CreditRequest[]): string[] => [...new Set(requests.map((r) => r.rewardId))];

interface LockedReward {
  id: string;
  user_id: string;
  amount: string;
  status: string;
  distributor_id: string;
  order_id: string;
  level: number | string;
}

function rewardRows(found: LockedReward[]): Map<string, RewardRow> {
  return new Map(
    found.map((r) => [
      String(r.id),
      {
        id: String(r.id), userId: String(r.user_id), amount: toCents(r.amount), status: r.status,
        distributorId: String(r.distributor_id), orderId: String(r.order_id), level: Number(r.level),
      },
    ]),
  );
}

/** The distributor_rewards rows and earnings updates of these credits, as statements with their arguments. */
function countEarnings(credits: readonly Credit[], rewardsById: ReadonlyMap<string, RewardRow>) {
  const earned: EarnedReward[] = credits.map((c) => {
    const row = rewardsById.get(c.rewardId)!; // planCredits credits only rewards it found
    return { rewardId: c.rewardId, orderId: row.orderId, distributorId: row.distributorId, level: row.level, cents: c.cents };
  });
  const rows = earned.map((r) => [r.distributorId, r.rewardId, r.orderId, r.level, fromCents(r.cents), 'settled']);
  const changes = earningsChanges(earned);
  const statements = [COUNT_REWARDS, addEarningsSql(changes.length)];
  const args: unknown[][] = [[rows], addEarningsValues(changes)];
  return { statements, arguments: args, values: args.flat() };
}

const ledgerEntry = (c: Credit) => ({ refId: c.rewardId, amount: c.cents, after: c.credited });

function resultOf(d: CreditDecision): CreditRewardsItem {
  switch (d.kind) {
    case 'refused':
      return { rewardId: d.rewardId, refused: d.reason };
    case 'unchanged':
      return { rewardId: d.rewardId, applied: false, credited: d.credited, balance: fromCents(d.balance), debtRepaid: '0.00' };
    case 'credit':
      return { rewardId: d.rewardId, applied: true, credited: true, balance: fromCents(d.after.balance), debtRepaid: fromCents(d.repaid) };
  }
}
