import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATED_AT, ID, UPDATED_AT, createTable, dropTables } from './migration-sql';

/** Password policy and history, login attempts, sessions, the audit chain and security events. */
export class Security1732500005000 implements MigrationInterface {
  name = 'Security1732500005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'password_policies', [
      ID,
      '`name` VARCHAR(50) NOT NULL',
      '`min_length` INT UNSIGNED NOT NULL DEFAULT 8',
      '`require_upper` TINYINT(1) NOT NULL DEFAULT 1',
      '`require_lower` TINYINT(1) NOT NULL DEFAULT 1',
      '`require_digit` TINYINT(1) NOT NULL DEFAULT 1',
      '`require_special` TINYINT(1) NOT NULL DEFAULT 0',
      '`history_count` INT UNSIGNED NOT NULL DEFAULT 5',
      '`max_age_days` INT UNSIGNED NOT NULL DEFAULT 90',
      '`max_login_attempts` INT UNSIGNED NOT NULL DEFAULT 5',
      '`lockout_minutes` INT UNSIGNED NOT NULL DEFAULT 30',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_name` (`name`)',
    ]);
    await createTable(queryRunner, 'login_attempts', [
      ID,
      '`username` VARCHAR(50) NOT NULL',
      '`user_id` BIGINT UNSIGNED NULL',
      '`ip` VARCHAR(45) NOT NULL',
      '`success` TINYINT(1) NOT NULL',
      '`reason` VARCHAR(100) NULL',
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'KEY `idx_username_created` (`username`, `created_at`)',
      'KEY `idx_ip_created` (`ip`, `created_at`)',
    ]);
    await createTable(queryRunner, 'user_sessions', [
      ID,
      '`user_id` BIGINT UNSIGNED NOT NULL',
      '`session_id` VARCHAR(64) NOT NULL',
      '`refresh_family` VARCHAR(64) NOT NULL',
      '`refresh_token_hash` CHAR(64) NOT NULL',
      '`ip` VARCHAR(45) NULL',
      '`user_agent` VARCHAR(500) NULL',
      '`expires_at` DATETIME(3) NOT NULL',
      '`revoked_at` DATETIME(3) NULL',
      '`last_seen_at` DATETIME(3) NULL',
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_session_id` (`session_id`)',
      'UNIQUE KEY `uk_refresh_token_hash` (`refresh_token_hash`)',
      'KEY `idx_user_id` (`user_id`)',
      'KEY `idx_refresh_family` (`refresh_family`)',
    ]);
    await createTable(queryRunner, 'password_history', [
      ID,
      '`user_id` BIGINT UNSIGNED NOT NULL',
      '`password_hash` VARCHAR(100) NOT NULL',
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'KEY `idx_user_created` (`user_id`, `created_at`)',
    ]);
    await createTable(queryRunner, 'audit_logs', [
      ID,
      '`user_id` BIGINT UNSIGNED NULL',
      '`username` VARCHAR(50) NULL',
      '`action` VARCHAR(50) NOT NULL',
      '`resource` VARCHAR(50) NOT NULL',
      '`resource_id` VARCHAR(64) NULL',
      '`brand_id` BIGINT UNSIGNED NULL',
      '`ip` VARCHAR(45) NULL',
      '`user_agent` VARCHAR(500) NULL',
      '`before_data` JSON NULL',
      '`after_data` JSON NULL',
      '`prev_hash` CHAR(64) NOT NULL',
      '`hash` CHAR(64) NOT NULL',
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_hash` (`hash`)',
      'KEY `idx_user_created` (`user_id`, `created_at`)',
      'KEY `idx_resource` (`resource`, `resource_id`)',
      'KEY `idx_brand_created` (`brand_id`, `created_at`)',
    ]);
    await createTable(queryRunner, 'audit_chain_head', [
      '`id` TINYINT UNSIGNED NOT NULL',
      '`last_hash` CHAR(64) NOT NULL',
      '`entries` INT UNSIGNED NOT NULL DEFAULT 0',
      'PRIMARY KEY (`id`)',
    ]);
    await queryRunner.query(`INSERT IGNORE INTO audit_chain_head (id, last_hash, entries) VALUES (1, '${'0'.repeat(64)}', 0)`);
    await createTable(queryRunner, 'security_events', [
      ID,
      '`type` VARCHAR(50) NOT NULL',
      "`severity` VARCHAR(20) NOT NULL DEFAULT 'medium'",
      '`user_id` BIGINT UNSIGNED NULL',
      '`ip` VARCHAR(45) NULL',
      '`detail` JSON NULL',
      '`handled` TINYINT(1) NOT NULL DEFAULT 0',
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'KEY `idx_type_created` (`type`, `created_at`)',
      'KEY `idx_handled_created` (`handled`, `created_at`)',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, [
      'security_events',
      'audit_chain_head',
      'audit_logs',
      'password_history',
      'user_sessions',
      'login_attempts',
      'password_policies',
    ]);
  }
}
