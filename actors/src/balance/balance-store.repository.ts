import { BalanceState, Cents, fromCents, LedgerEntryType, toCents } from '@dmh/shared';
import type { EntityManager } from 'typeorm';

/**
 * The row-level building blocks of every balance change, used inside one transaction: lock the user's
 * balance, append ledger entries, write the new state. Only BalanceActor's repositories call these.
 */

/** The user's balance row, created empty if missing, locked for the rest of the transaction. */
export async function lockBalance(em: EntityManager, userId: string): Promise<BalanceState> {
  await em.query('INSERT IGNORE INTO user_balances (user_id) VALUES (?)', [userId]);
  const [row] = await em.query(
    'SELECT balance, frozen, debt, total_reward, total_withdrawn FROM user_balances WHERE user_id = ? FOR UPDATE',
    [userId],
  );
  return balanceStateOf(row);
}

/** A user_balances row (balance, frozen, debt, total_reward, total_withdrawn) in cents. */
export function balanceStateOf(row: Record<string, string>): BalanceState {
  return {
    balance: toCents(row.balance),
    frozen: toCents(row.frozen),
    debt: toCents(row.debt),
    totalReward: toCents(row.total_reward),
    totalWithdrawn: toCents(row.total_withdrawn),
  };
}

export const SAVE_BALANCE_SQL =
  'UPDATE user_balances SET balance = ?, frozen = ?, debt = ?, total_reward = ?, total_withdrawn = ?, version = version + 1 WHERE user_id = ?';

export function saveBalanceValues(userId: string, state: BalanceState): string[] {
  return [fromCents(state.balance), fromCents(state.frozen), fromCents(state.debt), fromCents(state.totalReward), fromCents(state.totalWithdrawn), userId];
}

const BALANCE_COLUMNS = ['balance', 'frozen', 'debt', 'total_reward', 'total_withdrawn'] as const;

/**
 * Several balances written in one statement (a credit group's transaction: one statement for the group instead of
 * one per balance): each column set by user_id, every row locked already. With one balance, SAVE_BALANCE_SQL.
 */
export function saveBalancesSql(count: number): string {
  if (count === 1) return SAVE_BALANCE_SQL;
  const byUser = `CASE user_id${' WHEN ? THEN ?'.repeat(count)} END`;
  return `UPDATE user_balances SET ${BALANCE_COLUMNS.map((c) => `${c} = ${byUser}`).join(', ')}, version = version + 1 WHERE user_id IN (?)`;
}

/** saveBalancesSql's values for these balances, in their order. */
export function saveBalancesValues(saves: readonly { userId: string; state: BalanceState }[]): unknown[] {
  if (saves.length === 1) return saveBalanceValues(saves[0]!.userId, saves[0]!.state);
  const columns = saves.map(({ userId, state }) => saveBalanceValues(userId, state).slice(0, BALANCE_COLUMNS.length));
  return [...BALANCE_COLUMNS.flatMap((_c, i) => saves.flatMap((save, j) => [save.userId, columns[j]![i]])), saves.map((save) => save.userId)];
}

export const APPEND_LEDGER_ROWS_SQL =
  'INSERT INTO balance_ledger (user_id, entry_type, ref_id, amount, balance_after, frozen_after, debt_after) VALUES ?';

export function ledgerRowValues(userId: string, type: LedgerEntryType, entries: readonly { refId: string; amount: Cents; after: BalanceState }[]): unknown[][] {
  return entries.map((e) => [userId, type, e.refId, fromCents(e.amount), fromCents(e.after.balance), fromCents(e.after.frozen), fromCents(e.after.debt)]);
}

export async function saveBalance(em: EntityManager, userId: string, state: BalanceState): Promise<void> {
  await em.query(SAVE_BALANCE_SQL, saveBalanceValues(userId, state));
}

/** One journal entry: `amount` is the signed change to the balance, `after` the state it leaves. Returns its id. */
export async function appendLedger(
  em: EntityManager,
  userId: string,
  type: LedgerEntryType,
  refId: string,
  amount: Cents,
  after: BalanceState,
): Promise<string> {
  const result = await em.query(
    `INSERT INTO balance_ledger (user_id, entry_type, ref_id, amount, balance_after, frozen_after, debt_after)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    [userId, type, refId, fromCents(amount), fromCents(after.balance), fromCents(after.frozen), fromCents(after.debt)],
  );
  return String(result.insertId);
}

/** A debt repaid out of the money a ledger entry brought in: its own entry, keyed by that entry. */
export async function appendRepayment(em: EntityManager, userId: string, sourceEntryId: string, repaid: Cents, after: BalanceState): Promise<void> {
  if (repaid > 0) await appendLedger(em, userId, 'debt_repayment', sourceEntryId, -repaid, after);
}

export async function hasLedgerEntry(em: EntityManager, type: LedgerEntryType, refId: string): Promise<boolean> {
  const rows = await em.query('SELECT 1 FROM balance_ledger WHERE entry_type = ? AND ref_id = ?', [type, refId]);
  return rows.length > 0;
}

/** Something that must not happen (a command for another user's reward, a withdrawal in the wrong state). */
export class BalanceCommandRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BalanceCommandRefused';
  }
}
