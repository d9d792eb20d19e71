import { BalanceView, CreditRewardResult, CreditRewardsItem, fromCents, toCents } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../runtime/database';
import {
  APPEND_LEDGER_ROWS_SQL, appendLedger, appendRepayment, BalanceCommandRefused, balanceStateOf, ledgerRowValues, lockBalance, SAVE_BALANCE_SQL,
  saveBalance, saveBalanceValues,
} from './balance-store.repository';
import { CreditDecision, CreditRequest, planCredits, RewardRow } from './credit-plan';
import { leanTransaction } from '../runtime/lean-sql';

type Credit = Extract<CreditDecision, { kind: 'credit' }>;

const LOCK_BALANCE = [
  'INSERT IGNORE INTO user_balances (user_id) VALUES (?)',
  'SELECT balance, frozen, debt, total_reward, total_withdrawn FROM user_balances WHERE user_id = ? FOR UPDATE',
];
const LOCK_REWARDS = 'SELECT id, user_id, amount, status FROM rewards WHERE id IN (?) ORDER BY id FOR UPDATE';
const SETTLE_REWARDS = "UPDATE rewards SET status = 'settled', settled_at = CURRENT_TIMESTAMP(3) WHERE id IN (?) AND status = 'pending'";

/** SQL for user_balances and balance_ledger: the only code that writes them is BalanceActor. */
export class BalanceRepository {
  /** One reward: `creditRewards` with a batch of one; a refused credit throws. */
  async creditReward(userId: string, rewardId: string, amount: string): Promise<CreditRewardResult> {
    const [item] = await this.creditRewards(userId, [{ rewardId, amount }]);
    if ('refused' in item) throw new BalanceCommandRefused(item.refused);
    const { rewardId: _id, ...result } = item;
    return result;
  }

  /**
   * Credits rewards in ONE transaction, however many: the balance row and the rewards are locked, the plan is
   * made (planCredits), then one ledger row per credited reward (unique per reward: a replay inserts nothing
   * and changes nothing), the balance written once, and the rewards marked settled. A reward no longer
   * pending (its order was refunded first) is never credited. Without debt to repay (the common case) this
   * is two round trips to MySQL (lean-sql); with debt, each credit's repayment is linked to its ledger row.
   */
  async creditRewards(userId: string, requests: readonly CreditRequest[]): Promise<CreditRewardsItem[]> {
    const ids = [...new Set(requests.map((r) => r.rewardId))];
    const decisions =
      (await leanTransaction(async (send) => {
        const [, , balance, rewards] = await send(['START TRANSACTION', ...LOCK_BALANCE, LOCK_REWARDS], [userId, userId, ids]);
        const start = balanceStateOf(balance[0]);
        if (start.debt > 0) return null; // rolled back: the general path below
        const { decisions, end } = planCredits(start, userId, requests, rewardRows(rewards));
        const credits = decisions.filter((d): d is Credit => d.kind === 'credit');
        if (credits.length === 0) {
          await send(['COMMIT'], []);
        } else {
          await send(
            [APPEND_LEDGER_ROWS_SQL, SAVE_BALANCE_SQL, SETTLE_REWARDS, 'COMMIT'],
            [ledgerRowValues(userId, 'reward_credit', credits.map(ledgerEntry)), ...saveBalanceValues(userId, end), credits.map((c) => c.rewardId)],
          );
        }
        return decisions;
      })) ?? (await database().transaction((em) => creditWithRepayments(em, userId, ids, requests)));
    return decisions.map(resultOf);
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
  const { decisions, end } = planCredits(start, userId, requests, rewardRows(await em.query(LOCK_REWARDS, [ids])));
  const credits = decisions.filter((d): d is Credit => d.kind === 'credit');
  if (credits.length === 0) return decisions;
  for (const c of credits) {
    const entryId = await appendLedger(em, userId, 'reward_credit', c.rewardId, c.cents, c.credited);
    await appendRepayment(em, userId, entryId, c.repaid, c.after);
  }
  await saveBalance(em, userId, end);
  await em.query(SETTLE_REWARDS, [credits.map((c) => c.rewardId)]);
  return decisions;
}

function rewardRows(found: { id: string; user_id: string; amount: string; status: string }[]): Map<string, RewardRow> {
  return new Map(found.map((r) => [String(r.id), { id: String(r.id), userId: String(r.user_id), amount: toCents(r.amount), status: r.status }]));
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
