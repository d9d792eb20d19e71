import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATED_AT, ID, UPDATED_AT, createTable, dropTables } from './migration-sql';

/**
 * Refunds and the money they move back: the `refunds` table (one row per merchant refund number), the debt
 * each ledger entry leaves (`balance_ledger.debt_after`) and a CHECK that debt is never negative; on
 * withdrawals the requester's idempotency key (unique per user), the payout reference, and a brand index
 * for brand-scoped review lists. Each step checks the schema first, so the migration can be re-run.
 */
export class RefundsWithdrawals1732500047000 implements MigrationInterface {
  name = 'RefundsWithdrawals1732500047000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'refunds', [
      ID,
      '`order_id` BIGINT UNSIGNED NOT NULL',
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`out_refund_no` VARCHAR(64) NOT NULL',
      '`refund_id` VARCHAR(64) NULL',
      '`amount` DECIMAL(10,2) NOT NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'processing'",
      '`reason` VARCHAR(200) NULL',
      '`requested_by` BIGINT UNSIGNED NULL',
      '`succeeded_at` DATETIME(3) NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_out_refund_no` (`out_refund_no`)',
      'KEY `idx_order_id` (`order_id`)',
      'KEY `idx_brand_created` (`brand_id`, `created_at`)',
    ]);
    await addColumn(queryRunner, 'balance_ledger', 'debt_after', 'DECIMAL(12,2) NOT NULL DEFAULT 0.00 AFTER `frozen_after`');
    await addCheck(queryRunner, 'user_balances', 'chk_debt_non_negative', '`debt` >= 0');
    await addColumn(queryRunner, 'withdrawals', 'payout_ref', 'VARCHAR(100) NULL AFTER `paid_at`');
    await addColumn(queryRunner, 'withdrawals', 'request_key', 'VARCHAR(64) NULL AFTER `payout_ref`');
    await addIndex(queryRunner, 'withdrawals', 'uk_user_request', 'UNIQUE KEY `uk_user_request` (`user_id`, `request_key`)');
    await addIndex(queryRunner, 'withdrawals', 'idx_brand_status', 'KEY `idx_brand_status` (`brand_id`, `status`)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of ['idx_brand_status', 'uk_user_request']) {
      if (await hasIndex(queryRunner, 'withdrawals', index)) await queryRunner.query(`ALTER TABLE \`withdrawals\` DROP INDEX \`${index}\``);
    }
    for (const column of ['request_key', 'payout_ref']) {
      if (await queryRunner.hasColumn('withdrawals', column)) await queryRunner.query(`ALTER TABLE \`withdrawals\` DROP COLUMN \`${column}\``);
    }
    if (await hasConstraint(queryRunner, 'user_balances', 'chk_debt_non_negative')) {
      await queryRunner.query('ALTER TABLE `user_balances` DROP CONSTRAINT `chk_debt_non_negative`');
    }
    if (await queryRunner.hasColumn('balance_ledger', 'debt_after')) await queryRunner.query('ALTER TABLE `balance_ledger` DROP COLUMN `debt_after`');
    await dropTables(queryRunner, ['refunds']);
  }
}

async function addColumn(queryRunner: QueryRunner, table: string, column: string, definition: string): Promise<void> {
  if (await queryRunner.hasColumn(table, column)) return;
  await queryRunner.query(`ALTER TABLE \`${table}\` ADD COLUMN \`${column}\` ${definition}`);
}

async function hasIndex(queryRunner: QueryRunner, table: string, index: string): Promise<boolean> {
  const rows = await queryRunner.query(`SHOW INDEX FROM \`${table}\` WHERE Key_name = ?`, [index]);
  return rows.length > 0;
}

async function addIndex(queryRunner: QueryRunner, table: string, index: string, definition: string): Promise<void> {
  if (await hasIndex(queryRunner, table, index)) return;
  await queryRunner.query(`ALTER TABLE \`${table}\` ADD ${definition}`);
}

async function hasConstraint(queryRunner: QueryRunner, table: string, name: string): Promise<boolean> {
  const rows = await queryRunner.query(
    'SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CONSTRAINT_NAME = ?',
    [table, name],
  );
  return rows.length > 0;
}

async function addCheck(queryRunner: QueryRunner, table: string, name: string, expression: string): Promise<void> {
  if (await hasConstraint(queryRunner, table, name)) return;
  await queryRunner.query(`ALTER TABLE \`${table}\` ADD CONSTRAINT \`${name}\` CHECK (${expression})`);
}
