import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATED_AT, ID, UPDATED_AT, createTable, dropTables } from './migration-sql';

/**
 * Bill reconciliation: one row per run (a CST bill date compared with DMH's books) and one per difference
 * it found. `running` is 1 while a run works and NULL after, so `uk_bill_date_running` lets any number of
 * finished runs of a day exist but never two running at once (NULLs never collide in a unique key).
 */
export class Reconciliation1732500081000 implements MigrationInterface {
  name = 'Reconciliation1732500081000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'reconciliation_runs', [
      ID,
      '`bill_date` DATE NOT NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'running'",
      '`triggered_by` VARCHAR(20) NOT NULL',
      '`requested_by` BIGINT UNSIGNED NULL',
      '`running` TINYINT UNSIGNED NULL',
      '`lease_until` DATETIME(3) NULL',
      '`bill_hash` CHAR(40) NULL',
      '`bill_rows` INT UNSIGNED NOT NULL DEFAULT 0',
      '`dmh_payments` INT UNSIGNED NOT NULL DEFAULT 0',
      '`dmh_refunds` INT UNSIGNED NOT NULL DEFAULT 0',
      '`difference_count` INT UNSIGNED NOT NULL DEFAULT 0',
      '`repaired` INT UNSIGNED NOT NULL DEFAULT 0',
      '`needs_attention` INT UNSIGNED NOT NULL DEFAULT 0',
      '`error_code` VARCHAR(64) NULL',
      '`error_message` VARCHAR(500) NULL',
      '`finished_at` DATETIME(3) NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_bill_date_running` (`bill_date`, `running`)',
      'KEY `idx_created` (`created_at`)',
    ]);
    await createTable(queryRunner, 'reconciliation_differences', [
      ID,
      '`run_id` BIGINT UNSIGNED NOT NULL',
      '`kind` VARCHAR(40) NOT NULL',
      '`out_trade_no` VARCHAR(32) NULL',
      '`transaction_id` VARCHAR(64) NULL',
      '`out_refund_no` VARCHAR(64) NULL',
      '`wechat_amount` DECIMAL(10,2) NULL',
      '`dmh_amount` DECIMAL(10,2) NULL',
      '`resolution` VARCHAR(20) NOT NULL',
      '`reason` VARCHAR(500) NULL',
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'KEY `idx_run_id` (`run_id`)',
      'KEY `idx_out_trade_no` (`out_trade_no`)',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, ['reconciliation_differences', 'reconciliation_runs']);
  }
}
