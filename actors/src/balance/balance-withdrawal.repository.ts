import {
  freezeInBalance, fromCents, OPEN_WITHDRAWAL_STATUSES, payOutFromBalance, releaseToBalance, RequestWithdrawalCommand,
  RequestWithdrawalResult, toCents, WithdrawalMoneyResult,
} from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../runtime/database';
import { appendLedger, appendRepayment, BalanceCommandRefused, hasLedgerEntry, lockBalance, saveBalance } from './balance-store.repository';

/** One bind parameter per open status: which withdrawals are open is the shared definition, never spelled here. */
const OPEN_STATUS_BINDS = OPEN_WITHDRAWAL_STATUSES.map(() => '?').join(', ');

/**
 * The money side of withdrawals. A request creates the withdrawal and freezes its amount in one
 * transaction (so a refused request leaves nothing behind); the review itself is the API's (audited), and
 * once a withdrawal is rejected or paid its money moves here, once: `withdraw_unfreeze` / `withdraw_paid`
 * ledger entries are unique per withdrawal.
 */
export class BalanceWithdrawalRepository {
  async request(userId: string, command: RequestWithdrawalCommand): Promise<RequestWithdrawalResult> {
    const cents = toCents(command.amount);
    return database().transaction(async (em) => {
      const state = await lockBalance(em, userId);
      const [existing] = await em.query('SELECT id FROM withdrawals WHERE user_id = ? AND request_key = ?', [userId, command.requestKey]);
      if (existing) {
        return { ok: true, withdrawalId: String(existing.id), created: false, balance: fromCents(state.balance), frozen: fromCents(state.frozen) };
      }
      const available = fromCents(state.balance);
      const open = await em.query(`SELECT id FROM withdrawals WHERE user_id = ? AND status IN (${OPEN_STATUS_BINDS}) LIMIT 1`, [
        userId, ...OPEN_WITHDRAWAL_STATUSES,
      ]);
      if (open.length > 0) return { ok: false, reason: 'open_request', available };
      const after = freezeInBalance(state, cents);
      if (!after) return { ok: false, reason: 'insufficient_balance', available };

      const inserted = await em.query(
        "INSERT INTO withdrawals (user_id, brand_id, amount, status, account_info, request_key) VALUES (?, ?, ?, 'requested', ?, ?)",
        [userId, command.brandId, fromCents(cents), command.accountInfo ? JSON.stringify(command.accountInfo) : null, command.requestKey],
      );
      const withdrawalId = String(inserted.insertId);
      await appendLedger(em, userId, 'withdraw_freeze', withdrawalId, -cents, after);
      await saveBalance(em, userId, after);
      return { ok: true, withdrawalId, created: true, balance: fromCents(after.balance), frozen: fromCents(after.frozen) };
    });
  }

  /** A rejected withdrawal: its frozen amount returns to the balance (repaying any debt first). */
  async release(userId: string, withdrawalId: string): Promise<WithdrawalMoneyResult> {
    return database().transaction(async (em) => {
      const state = await lockBalance(em, userId);
      const cents = await reviewedAmount(em, userId, withdrawalId, 'rejected');
      if (await hasLedgerEntry(em, 'withdraw_unfreeze', withdrawalId)) {
        return { applied: false, balance: fromCents(state.balance), frozen: fromCents(state.frozen) };
      }
      const { released, after, repaid } = releaseToBalance(state, cents);
      const entryId = await appendLedger(em, userId, 'withdraw_unfreeze', withdrawalId, cents, released);
      await appendRepayment(em, userId, entryId, repaid, after);
      await saveBalance(em, userId, after);
      return { applied: true, balance: fromCents(after.balance), frozen: fromCents(after.frozen) };
    });
  }

  /** A paid withdrawal: its frozen amount leaves for good (total_withdrawn grows; the balance is unchanged). */
  async payOut(userId: string, withdrawalId: string): Promise<WithdrawalMoneyResult> {
    return database().transaction(async (em) => {
      const state = await lockBalance(em, userId);
      const cents = await reviewedAmount(em, userId, withdrawalId, 'paid');
      if (await hasLedgerEntry(em, 'withdraw_paid', withdrawalId)) {
        return { applied: false, balance: fromCents(state.balance), frozen: fromCents(state.frozen) };
      }
      const after = payOutFromBalance(state, cents);
      await appendLedger(em, userId, 'withdraw_paid', withdrawalId, 0, after);
      await saveBalance(em, userId, after);
      return { applied: true, balance: fromCents(after.balance), frozen: fromCents(after.frozen) };
    });
  }
}

/** The amount of this user's withdrawal, which must be in `status` and must have been frozen. */
async function reviewedAmount(em: EntityManager, userId: string, withdrawalId: string, status: 'rejected' | 'paid'): Promise<number> {
  const [w] = await em.query('SELECT user_id, amount, status FROM withdrawals WHERE id = ? FOR UPDATE', [withdrawalId]);
  if (!w || String(w.user_id) !== userId) throw new BalanceCommandRefused(`withdrawal ${withdrawalId} is not a withdrawal of user ${userId}`);
  if (w.status !== status) throw new BalanceCommandRefused(`withdrawal ${withdrawalId} is ${w.status}, not ${status}`);
  if (!(await hasLedgerEntry(em, 'withdraw_freeze', withdrawalId))) throw new BalanceCommandRefused(`withdrawal ${withdrawalId} was never frozen`);
  return toCents(w.amount);
}
