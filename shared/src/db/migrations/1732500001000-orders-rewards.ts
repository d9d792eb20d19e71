import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  CREATED_AT,
  ID,
  UPDATED_AT,
  createTable,
  dropTables,
  registerGeneratedColumn,
  unregisterGeneratedColumn,
} from './migration-sql';

const LIVE_FLAG = 'CASE WHEN deleted_at IS NULL THEN 1 ELSE NULL END';

/**
 * Orders (the paid sign-ups), the reward plan of each order, and the outbox that re-drives what an order
 * transition recorded. The seed's `UNIQUE (campaign_id, phone, deleted_at)` never fires in MySQL (NULLs do
 * not collide), so `uk_campaign_phone` is on a stored `live_flag`: 1 while live, NULL once soft-deleted.
 */
export class OrdersRewards1732500001000 implements MigrationInterface {
  name = 'OrdersRewards1732500001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'orders', [
      ID,
      '`order_no` VARCHAR(32) NOT NULL',
      '`campaign_id` BIGINT UNSIGNED NOT NULL',
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`member_id` BIGINT UNSIGNED NULL',
      '`user_id` BIGINT UNSIGNED NULL',
      '`phone` VARCHAR(20) NOT NULL',
      '`form_data` JSON NOT NULL',
      '`referrer_id` BIGINT UNSIGNED NOT NULL DEFAULT 0',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'pending'",
      '`amount` DECIMAL(10,2) NOT NULL',
      "`pay_status` VARCHAR(20) NOT NULL DEFAULT 'unpaid'",
      '`trade_no` VARCHAR(100) NULL',
      '`paid_at` DATETIME(3) NULL',
      "`sync_status` VARCHAR(20) NOT NULL DEFAULT 'pending'",
      '`idempotency_key` VARCHAR(64) NULL',
      CREATED_AT,
      UPDATED_AT,
      '`deleted_at` DATETIME(3) NULL',
      `\`live_flag\` TINYINT AS (${LIVE_FLAG}) STORED`,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_order_no` (`order_no`)',
      'UNIQUE KEY `uk_trade_no` (`trade_no`)',
      'UNIQUE KEY `uk_campaign_phone` (`campaign_id`, `phone`, `live_flag`)',
      'KEY `idx_member_id` (`member_id`)',
      'KEY `idx_referrer_id` (`referrer_id`)',
      'KEY `idx_campaign_status` (`campaign_id`, `status`)',
      'KEY `idx_brand_created` (`brand_id`, `created_at`)',
      'KEY `idx_idempotency_key` (`idempotency_key`)',
    ]);
    await registerGeneratedColumn(queryRunner, 'orders', 'live_flag', LIVE_FLAG);
    await createTable(queryRunner, 'rewards', [
      ID,
      '`order_id` BIGINT UNSIGNED NOT NULL',
      '`campaign_id` BIGINT UNSIGNED NOT NULL',
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`user_id` BIGINT UNSIGNED NOT NULL',
      '`distributor_id` BIGINT UNSIGNED NOT NULL',
      '`level` TINYINT UNSIGNED NOT NULL',
      '`amount` DECIMAL(10,2) NOT NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'pending'",
      '`settled_at` DATETIME(3) NULL',
      '`reversed_at` DATETIME(3) NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_order_level` (`order_id`, `level`)',
      'KEY `idx_user_id` (`user_id`)',
      'KEY `idx_distributor_id` (`distributor_id`)',
      'KEY `idx_status` (`status`)',
    ]);
    await createTable(queryRunner, 'outbox', [
      ID,
      '`kind` VARCHAR(40) NOT NULL',
      '`aggregate_id` VARCHAR(64) NOT NULL',
      '`payload` JSON NOT NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'pending'",
      '`attempts` INT UNSIGNED NOT NULL DEFAULT 0',
      '`next_attempt_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)',
      '`locked_until` DATETIME(3) NULL',
      '`last_error` TEXT NULL',
      CREATED_AT,
      '`done_at` DATETIME(3) NULL',
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_kind_aggregate` (`kind`, `aggregate_id`)',
      'KEY `idx_status_next` (`status`, `next_attempt_at`)',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, ['outbox', 'rewards', 'orders']);
    await unregisterGeneratedColumn(queryRunner, 'orders', 'live_flag');
  }
}
