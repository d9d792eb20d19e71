import { BalanceView, CreditRewardResult, creditToBalance, fromCents, toCents } from '@dmh/shared';
import { database } from '../runtime/database';
import { appendLedger, appendRepayment, BalanceCommandRefused, hasLedgerEntry, lockBalance, saveBalance } from './balance-store';

/** SQL for user_balances and balance_ledger: the only code that writes them is BalanceActor. */
export class BalanceRepository {
  /**
   * Credits a reward in one transaction: ledger row (unique per reward: a replay inserts nothing and
   * changes nothing), the debt it repays if any (its own ledger row), the balance, and the reward's status.
   * A reward that is no longer pending (its order was refunded first) is never credited.
   */
  async creditReward(userId: string, rewardId: string, amount: string): Promise<CreditRewardResult> {
    const cents = toCents(amount);
    return database().transaction(async (em) => {
      const state = await lockBalance(em, userId);
      const [reward] = await em.query('SELECT user_id, amount, status FROM rewards WHERE id = ? FOR UPDATE', [rewardId]);
      if (!reward || String(reward.user_id) !== userId || toCents(reward.amount) !== cents) {
        throw new BalanceCommandRefused(`reward ${rewardId} of ${amount} is not a reward of user ${userId}`);
      }
      const unchanged = { applied: false, balance: fromCents(state.balance), debtRepaid: '0.00' };
      if (await hasLedgerEntry(em, 'reward_credit', rewardId)) return { ...unchanged, credited: reward.status === 'settled' };
      if (reward.status !== 'pending') return { ...unchanged, credited: false };

      const { credited, after, repaid } = creditToBalance(state, cents);
      const entryId = await appendLedger(em, userId, 'reward_credit', rewardId, cents, credited);
      await appendRepayment(em, userId, entryId, repaid, after);
      await saveBalance(em, userId, after);
      await em.query(
        "UPDATE rewards SET status = 'settled', settled_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND status = 'pending'",
        [rewardId],
      );
      return { applied: true, credited: true, balance: fromCents(after.balance), debtRepaid: fromCents(repaid) };
    });
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
