import { Check, Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, MoneyColumn, RefColumn, UpdatedAtColumn } from '../columns';

/**
 * A user's money. Written only by that user's BalanceActor (one turn at a time), every change paired with
 * a balance_ledger row. The CHECKs (enforced by MySQL 8.0.16+ and MariaDB) keep balance and frozen >= 0;
 * TypeORM does not manage CHECKs on MySQL, the migration creates them.
 */
@Entity({ name: 'user_balances' })
@Index('uk_user_id', ['userId'], { unique: true })
@Check('chk_balance_non_negative', '`balance` >= 0')
@Check('chk_frozen_non_negative', '`frozen` >= 0')
@Check('chk_debt_non_negative', '`debt` >= 0')
export class UserBalance {
  @IdColumn() id!: string;
  @RefColumn('user_id') userId!: string;
  @MoneyColumn('balance', 12, { default: '0.00' }) balance!: string;
  /** Reserved by withdrawals awaiting review or payment. */
  @MoneyColumn('frozen', 12, { default: '0.00' }) frozen!: string;
  @MoneyColumn('total_reward', 12, { default: '0.00' }) totalReward!: string;
  @MoneyColumn('total_withdrawn', 12, { default: '0.00' }) totalWithdrawn!: string;
  /** Clawbacks (reversed rewards) that the balance could not cover; paid off by later credits. */
  @MoneyColumn('debt', 12, { default: '0.00' }) debt!: string;
  /** The seed's optimistic-lock counter (BIGINT, so a string); incremented by the writer, not by TypeORM. */
  @Column({ name: 'version', type: 'bigint', unsigned: true, default: '0' }) version!: string;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
