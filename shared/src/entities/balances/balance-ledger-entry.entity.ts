import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, MoneyColumn, RefColumn, VarcharColumn } from '../columns';

export const LEDGER_ENTRY_TYPES = [
  'reward_credit',
  'reward_reversal',
  'withdraw_freeze',
  'withdraw_unfreeze',
  'withdraw_paid',
  'debt_repayment',
] as const;
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number];

/**
 * Append-only journal of every balance change. `uk_entry_ref (entry_type, ref_id)` makes each change
 * idempotent: crediting the same reward (or paying the same withdrawal) twice is refused by the database.
 */
@Entity({ name: 'balance_ledger' })
@Index('uk_entry_ref', ['entryType', 'refId'], { unique: true })
@Index('idx_user_created', ['userId', 'createdAt'])
export class BalanceLedgerEntry {
  @IdColumn() id!: string;
  @RefColumn('user_id') userId!: string;
  @VarcharColumn('entry_type', 30) entryType!: LedgerEntryType;
  /**
   * rewards.id for reward_* entries, withdrawals.id for withdraw_* entries, and for debt_repayment the id of
   * the ledger entry whose money repaid the debt (a reward credit or a withdrawal release).
   */
  @RefColumn('ref_id') refId!: string;
  /** Signed change to `balance`. */
  @MoneyColumn('amount', 12) amount!: string;
  @MoneyColumn('balance_after', 12) balanceAfter!: string;
  @MoneyColumn('frozen_after', 12) frozenAfter!: string;
  /** The user's debt after this entry (clawbacks the balance could not cover, not yet repaid). */
  @MoneyColumn('debt_after', 12, { default: '0.00' }) debtAfter!: string;
  @CreatedAtColumn() createdAt!: Date;
}
