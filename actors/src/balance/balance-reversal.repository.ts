import { BalanceReversalResult, clawBackFromBalance, fromCents, reversalActionFor, reversedStatusOf, RewardStatus, toCents } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../runtime/database';
import { appendLedger, BalanceCommandRefused, lockBalance, saveBalance } from './balance-store.repository';

/**
 * A refunded order's reward, reversed in one transaction (see shared `refund-plan`): a pending reward is
 * cancelled so it is never credited; a settled one is clawed back, what the balance cannot cover becoming
 * debt, with one `reward_reversal` ledger entry (unique per reward); one already cancelled or reversed is a
 * replay and changes nothing. Only a reward of this user, of an order that is refunded, is touched. A
 * clawed-back reward also leaves its distributor's earnings and order count in the same transaction (the
 * credit counted it there), so the figures and the balance never disagree.
 */
export class BalanceReversalRepository {
  async reverseReward(userId: string, rewardId: string, orderId: string): Promise<BalanceReversalResult> {
    return database().transaction(async (em) => {
      const state = await lockBalance(em, userId);
      const [reward] = await em.query('SELECT user_id, order_id, distributor_id, level, amount, status FROM rewards WHERE id = ? FOR UPDATE', [rewardId]);
      if (!reward || String(reward.user_id) !== userId || String(reward.order_id) !== orderId) {
        throw new BalanceCommandRefused(`reward ${rewardId} is not a reward of user ${userId} on order ${orderId}`);
      }
      const [order] = await em.query('SELECT status FROM orders WHERE id = ?', [orderId]);
      if (order?.status !== 'refunded') throw new BalanceCommandRefused(`order ${orderId} is not refunded`);

      const status = reward.status as RewardStatus;
      const result = { clawedBack: '0.00', debtAdded: '0.00', balance: fromCents(state.balance), debt: fromCents(state.debt) };
      switch (reversalActionFor(status)) {
        case 'none': {
          // A replay: report what the reversal did then, from its ledger entry, so a re-sent event says the same.
          const [entry] = await em.query("SELECT amount FROM balance_ledger WHERE entry_type = 'reward_reversal' AND ref_id = ?", [rewardId]);
          const taken = entry ? -toCents(entry.amount) : 0;
          const debtAdded = entry ? toCents(reward.amount) - taken : 0;
          return { ...result, applied: false, outcome: reversedStatusOf(status), clawedBack: fromCents(taken), debtAdded: fromCents(debtAdded) };
        }
        case 'cancel':
          await em.query(
            "UPDATE rewards SET status = 'cancelled', reversed_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND status = 'pending'",
            [rewardId],
          );
          return { ...result, applied: true, outcome: 'cancelled' };
        case 'claw_back': {
          const { after, taken, shortfall } = clawBackFromBalance(state, toCents(reward.amount));
          await appendLedger(em, userId, 'reward_reversal', rewardId, -taken, after);
          await saveBalance(em, userId, after);
          await em.query(
            "UPDATE rewards SET status = 'reversed', reversed_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND status = 'settled'",
            [rewardId],
          );
          await uncount(em, String(reward.distributor_id), rewardId, Number(reward.level), String(reward.amount));
          return {
            applied: true, outcome: 'reversed', clawedBack: fromCents(taken), debtAdded: fromCents(shortfall),
            balance: fromCents(after.balance), debt: fromCents(after.debt),
          };
        }
      }
    });
  }
}

/**
 * The credit's count taken back: its distributor_rewards row reversed once, the earnings and order count with
 * it. Only a counted reward moves the figures (every settled reward is: the credit counts it, and the
 * migration to this design counted those settled before), so they always equal what distributor_rewards holds.
 */
async function uncount(em: EntityManager, distributorId: string, rewardId: string, level: number, amount: string): Promise<void> {
  const reversed = await em.query(
    "UPDATE distributor_rewards SET status = 'reversed' WHERE distributor_id = ? AND reward_id = ? AND status = 'settled'",
    [distributorId, rewardId],
  );
  if (reversed.affectedRows !== 1) return;
  await em.query('UPDATE distributors SET total_earnings = total_earnings - ?, order_count = order_count - ? WHERE id = ?', [
    amount, level === 1 ? 1 : 0, distributorId,
  ]);
}
