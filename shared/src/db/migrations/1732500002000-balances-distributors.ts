import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATED_AT, ID, UPDATED_AT, createTable, dropTables } from './migration-sql';

/** Balances and their ledger, withdrawals, distributors, their rewards and referral links. */
export class BalancesDistributors1732500002000 implements MigrationInterface {
  name = 'BalancesDistributors1732500002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'user_balances', [
      ID,
      '`user_id` BIGINT UNSIGNED NOT NULL',
      '`balance` DECIMAL(12,2) NOT NULL DEFAULT 0.00',
      '`frozen` DECIMAL(12,2) NOT NULL DEFAULT 0.00',
      '`total_reward` DECIMAL(12,2) NOT NULL DEFAULT 0.00',
      '`total_withdrawn` DECIMAL(12,2) NOT NULL DEFAULT 0.00',
      '`debt` DECIMAL(12,2) NOT NULL DEFAULT 0.00',
      '`version` BIGINT UNSIGNED NOT NULL DEFAULT 0',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_user_id` (`user_id`)',
      'CONSTRAINT `chk_balance_non_negative` CHECK (`balance` >= 0)',
      'CONSTRAINT `chk_frozen_non_negative` CHECK (`frozen` >= 0)',
    ]);
    await createTable(queryRunner, 'balance_ledger', [
      ID,
      '`user_id` BIGINT UNSIGNED NOT NULL',
      '`entry_type` VARCHAR(30) NOT NULL',
      '`ref_id` BIGINT UNSIGNED NOT NULL',
      '`amount` DECIMAL(12,2) NOT NULL',
      '`balance_after` DECIMAL(12,2) NOT NULL',
      '`frozen_after` DECIMAL(12,2) NOT NULL',
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_entry_ref` (`entry_type`, `ref_id`)',
      'KEY `idx_user_created` (`user_id`, `created_at`)',
    ]);
    await createTable(queryRunner, 'withdrawals', [
      ID,
      '`user_id` BIGINT UNSIGNED NOT NULL',
      '`brand_id` BIGINT UNSIGNED NULL',
      '`amount` DECIMAL(12,2) NOT NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'requested'",
      '`account_info` JSON NULL',
      '`reviewed_by` BIGINT UNSIGNED NULL',
      '`reviewed_at` DATETIME(3) NULL',
      '`reject_reason` VARCHAR(500) NULL',
      '`paid_at` DATETIME(3) NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'KEY `idx_user_status` (`user_id`, `status`)',
      'KEY `idx_status_created` (`status`, `created_at`)',
    ]);
    await createTable(queryRunner, 'distributors', [
      ID,
      '`user_id` BIGINT UNSIGNED NOT NULL',
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`level` TINYINT UNSIGNED NOT NULL DEFAULT 1',
      '`parent_id` BIGINT UNSIGNED NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'pending'",
      '`total_earnings` DECIMAL(12,2) NOT NULL DEFAULT 0.00',
      '`order_count` INT UNSIGNED NOT NULL DEFAULT 0',
      '`approved_by` BIGINT UNSIGNED NULL',
      '`approved_at` DATETIME(3) NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_user_brand` (`user_id`, `brand_id`)',
      'KEY `idx_parent_id` (`parent_id`)',
      'KEY `idx_level` (`level`)',
      'KEY `idx_brand_status` (`brand_id`, `status`)',
    ]);
    await createTable(queryRunner, 'distributor_rewards', [
      ID,
      '`distributor_id` BIGINT UNSIGNED NOT NULL',
      '`reward_id` BIGINT UNSIGNED NOT NULL',
      '`order_id` BIGINT UNSIGNED NOT NULL',
      '`level` TINYINT UNSIGNED NOT NULL',
      '`amount` DECIMAL(10,2) NOT NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'settled'",
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_reward` (`reward_id`)',
      'KEY `idx_distributor` (`distributor_id`)',
    ]);
    await createTable(queryRunner, 'distributor_links', [
      ID,
      '`distributor_id` BIGINT UNSIGNED NOT NULL',
      '`campaign_id` BIGINT UNSIGNED NOT NULL',
      '`code` VARCHAR(16) NOT NULL',
      '`clicks` INT UNSIGNED NOT NULL DEFAULT 0',
      '`orders` INT UNSIGNED NOT NULL DEFAULT 0',
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_code` (`code`)',
      'UNIQUE KEY `uk_distributor_campaign` (`distributor_id`, `campaign_id`)',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, [
      'distributor_links',
      'distributor_rewards',
      'distributors',
      'withdrawals',
      'balance_ledger',
      'user_balances',
    ]);
  }
}
