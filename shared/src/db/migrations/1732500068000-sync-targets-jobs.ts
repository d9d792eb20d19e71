import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATED_AT, ID, UPDATED_AT, createTable, dropTables } from './migration-sql';

/** Per-brand sync targets (connection, encrypted password, field mapping) and the sync worker's job ledger. */
export class SyncTargetsJobs1732500068000 implements MigrationInterface {
  name = 'SyncTargetsJobs1732500068000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'sync_targets', [
      ID,
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`kind` VARCHAR(20) NOT NULL',
      '`host` VARCHAR(255) NOT NULL',
      '`port` INT UNSIGNED NOT NULL',
      '`database_name` VARCHAR(128) NOT NULL',
      '`username` VARCHAR(128) NOT NULL',
      '`password_enc` VARCHAR(1024) NOT NULL',
      '`options` JSON NOT NULL',
      '`mapping` JSON NOT NULL',
      '`enabled` TINYINT(1) NOT NULL DEFAULT 1',
      '`version` INT UNSIGNED NOT NULL DEFAULT 1',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_brand_id` (`brand_id`)',
    ]);
    await createTable(queryRunner, 'sync_jobs', [
      ID,
      '`job_id` VARCHAR(64) NOT NULL',
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      "`entity_type` VARCHAR(20) NOT NULL DEFAULT 'order'",
      '`entity_id` BIGINT UNSIGNED NOT NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'queued'",
      '`attempts` INT UNSIGNED NOT NULL DEFAULT 0',
      '`round_attempts` INT UNSIGNED NOT NULL DEFAULT 0',
      '`next_attempt_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)',
      '`locked_until` DATETIME(3) NULL',
      '`lock_token` VARCHAR(36) NULL',
      '`last_error` TEXT NULL',
      '`requested_at` DATETIME(3) NOT NULL',
      '`completed_at` DATETIME(3) NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_job_id` (`job_id`)',
      'KEY `idx_status_due` (`status`, `next_attempt_at`)',
      'KEY `idx_brand_status` (`brand_id`, `status`, `created_at`)',
      'KEY `idx_entity` (`entity_type`, `entity_id`)',
      'KEY `idx_lock_token` (`lock_token`)',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, ['sync_jobs', 'sync_targets']);
  }
}
