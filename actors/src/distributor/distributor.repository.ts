import { DistributorStats, fromCents, ReviewResult, toCents } from '@dmh/shared';
import { leanTransaction } from '../runtime/lean-sql';
import { database } from '../runtime/database';

export interface RecordedReward {
  rewardId: string;
  orderId: string;
  level: number;
  amount: string;
}

/** SQL for a distributor's own row (review state, total_earnings, order_count) and its distributor_rewards. */
export class DistributorRepository {
  /**
   * Counts a settled reward once: the unique reward_id makes a replay insert nothing, and the counters move
   * only if the row was inserted (ROW_COUNT of the insert, in the same transaction): one round trip.
   */
  async recordReward(distributorId: string, rewardId: string, orderId: string, level: number, amount: string): Promise<boolean> {
    return leanTransaction(async (send) => {
      const [, inserted] = await send(
        [
          'START TRANSACTION',
          "INSERT IGNORE INTO distributor_rewards (distributor_id, reward_id, order_id, level, amount, status) VALUES (?, ?, ?, ?, ?, 'settled')",
          'SET @dmh_counted = ROW_COUNT()',
          'UPDATE distributors SET total_earnings = total_earnings + ?, order_count = order_count + ? WHERE id = ? AND @dmh_counted = 1',
          'COMMIT',
        ],
        [distributorId, rewardId, orderId, level, amount, amount, level === 1 ? 1 : 0, distributorId],
      );
      return inserted.affectedRows === 1;
    });
  }

  /**
   * Counts several settled rewards in one transaction, each once. This actor is the only writer of its
   * distributor_rewards rows and runs one turn at a time, so the rows already there are read plainly (no
   * gap locks that would block other distributors' inserts); the unique reward_id stays the guard: if the
   * insert does not add exactly the rows expected, the turn fails and is retried.
   */
  async recordRewards(distributorId: string, rewards: readonly RecordedReward[]): Promise<boolean[]> {
    if (rewards.length === 1) return [await this.recordReward(distributorId, rewards[0].rewardId, rewards[0].orderId, rewards[0].level, rewards[0].amount)];
    return database().transaction(async (em) => {
      const ids = [...new Set(rewards.map((r) => r.rewardId))];
      const existing: { reward_id: string }[] = await em.query('SELECT reward_id FROM distributor_rewards WHERE reward_id IN (?)', [ids]);
      const counted = new Set(existing.map((r) => String(r.reward_id)));
      const applied = rewards.map((r) => {
        if (counted.has(r.rewardId)) return false;
        counted.add(r.rewardId);
        return true;
      });
      const fresh = rewards.filter((_, i) => applied[i]);
      if (fresh.length === 0) return applied;
      const inserted = await em.query(
        'INSERT IGNORE INTO distributor_rewards (distributor_id, reward_id, order_id, level, amount, status) VALUES ?',
        [fresh.map((r) => [distributorId, r.rewardId, r.orderId, r.level, r.amount, 'settled'])],
      );
      if (inserted.affectedRows !== fresh.length) throw new Error(`distributor_rewards of ${distributorId} changed during the turn`);
      const cents = fresh.reduce((sum, r) => sum + toCents(r.amount), 0);
      await em.query('UPDATE distributors SET total_earnings = total_earnings + ?, order_count = order_count + ? WHERE id = ?', [
        fromCents(cents), fresh.filter((r) => r.level === 1).length, distributorId,
      ]);
      return applied;
    });
  }

  /**
   * Takes a counted reward back once (refund): only a 'settled' distributor_rewards row flips to
   * 'reversed', so a replay, or a reward never counted, changes nothing.
   */
  async reverseReward(distributorId: string, rewardId: string, level: number, amount: string): Promise<boolean> {
    return database().transaction(async (em) => {
      const result = await em.query(
        "UPDATE distributor_rewards SET status = 'reversed' WHERE distributor_id = ? AND reward_id = ? AND status = 'settled'",
        [distributorId, rewardId],
      );
      if (result.affectedRows === 0) return false;
      await em.query(
        'UPDATE distributors SET total_earnings = total_earnings - ?, order_count = order_count - ? WHERE id = ?',
        [amount, level === 1 ? 1 : 0, distributorId],
      );
      return true;
    });
  }

  async stats(distributorId: string): Promise<DistributorStats> {
    const [row] = await database().query(
      `SELECT d.total_earnings, d.order_count, (SELECT COUNT(*) FROM distributor_rewards r WHERE r.distributor_id = d.id) AS reward_count
         FROM distributors d WHERE d.id = ?`,
      [distributorId],
    );
    return {
      distributorId,
      totalEarnings: row?.total_earnings ?? '0.00',
      orderCount: Number(row?.order_count ?? 0),
      rewardCount: Number(row?.reward_count ?? 0),
    };
  }

  /**
   * pending → `to`, once: the state guard in the UPDATE makes a replay (or a race with another decision)
   * change nothing; what the row holds afterwards says which it was.
   */
  async review(distributorId: string, to: 'active' | 'rejected', reviewerId: string, reason: string | null): Promise<ReviewResult> {
    const db = database();
    const result =
      to === 'active'
        ? await db.query(
            "UPDATE distributors SET status = 'active', approved_by = ?, approved_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND status = 'pending'",
            [reviewerId, distributorId],
          )
        : await db.query(
            "UPDATE distributors SET status = 'rejected', rejected_by = ?, rejected_at = CURRENT_TIMESTAMP(3), reject_reason = ? WHERE id = ? AND status = 'pending'",
            [reviewerId, reason, distributorId],
          );
    if (result.affectedRows === 1) return { ok: true, applied: true, status: to };
    const [row] = await db.query('SELECT status FROM distributors WHERE id = ?', [distributorId]);
    if (!row) return { ok: false, reason: 'not_found', status: null };
    if (row.status === to) return { ok: true, applied: false, status: to };
    return { ok: false, reason: 'not_pending', status: String(row.status) };
  }
}
