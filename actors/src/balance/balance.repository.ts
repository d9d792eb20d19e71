import { BalanceView, fromCents, toCents } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../runtime/database';

export interface CreditOutcome {
  applied: boolean;
  balance: string;
}

/** SQL for user_balances and balance_ledger: the only code that writes them is BalanceActor. */
export class BalanceRepository {
  /**
   * Credits a reward in one transaction: ledger row (unique per reward: a replay inserts nothing and
   * changes nothing), the balance, and the reward's status. Either all of it commits or none of it.
   */
  async creditReward(userId: string, rewardId: string, amount: string): Promise<CreditOutcome> {
    const cents = toCents(amount);
    return database().transaction(async (em) => {
      await em.query('INSERT IGNORE INTO user_balances (user_id) VALUES (?)', [userId]);
      const [row] = await em.query('SELECT balance, frozen FROM user_balances WHERE user_id = ? FOR UPDATE', [userId]);
      const done = await em.query(
        "SELECT 1 FROM balance_ledger WHERE entry_type = 'reward_credit' AND ref_id = ?",
        [rewardId],
      );
      if (done.length > 0) return { applied: false, balance: row.balance as string };
      const after = fromCents(toCents(row.balance) + cents);
      await em.query(
        "INSERT INTO balance_ledger (user_id, entry_type, ref_id, amount, balance_after, frozen_after) VALUES (?, 'reward_credit', ?, ?, ?, ?)",
        [userId, rewardId, amount, after, row.frozen],
      );
      await em.query(
        'UPDATE user_balances SET balance = balance + ?, total_reward = total_reward + ?, version = version + 1 WHERE user_id = ?',
        [amount, amount, userId],
      );
      await markRewardSettled(em, rewardId);
      return { applied: true, balance: after };
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

async function markRewardSettled(em: EntityManager, rewardId: string): Promise<void> {
  await em.query(
    "UPDATE rewards SET status = 'settled', settled_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND status = 'pending'",
    [rewardId],
  );
}
