import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATED_AT, ID, UPDATED_AT, createTable, dropTables } from './migration-sql';

/** Brands, their asset library, campaigns and the campaigns' page designs. */
export class BrandsCampaigns1732500000000 implements MigrationInterface {
  name = 'BrandsCampaigns1732500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'brands', [
      ID,
      '`name` VARCHAR(100) NOT NULL',
      '`logo` VARCHAR(500) NULL',
      '`description` TEXT NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'active'",
      '`settings` JSON NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_name` (`name`)',
    ]);
    await createTable(queryRunner, 'brand_assets', [
      ID,
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`kind` VARCHAR(20) NOT NULL',
      '`url` VARCHAR(500) NOT NULL',
      '`name` VARCHAR(200) NOT NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'KEY `idx_brand_id` (`brand_id`)',
    ]);
    await createTable(queryRunner, 'campaigns', [
      ID,
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`name` VARCHAR(200) NOT NULL',
      '`description` TEXT NULL',
      '`form_fields` JSON NOT NULL',
      '`reward_rule` DECIMAL(10,2) NOT NULL DEFAULT 0.00',
      '`reward_levels` JSON NOT NULL',
      '`price` DECIMAL(10,2) NOT NULL',
      '`quota` INT UNSIGNED NULL',
      '`start_time` DATETIME(3) NOT NULL',
      '`end_time` DATETIME(3) NOT NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'draft'",
      '`cover_image` VARCHAR(500) NULL',
      '`created_by` BIGINT UNSIGNED NULL',
      CREATED_AT,
      UPDATED_AT,
      '`deleted_at` DATETIME(3) NULL',
      'PRIMARY KEY (`id`)',
      'KEY `idx_brand_id` (`brand_id`)',
      'KEY `idx_status` (`status`)',
    ]);
    await createTable(queryRunner, 'page_configs', [
      ID,
      '`campaign_id` BIGINT UNSIGNED NOT NULL',
      '`version` INT UNSIGNED NOT NULL',
      '`config` JSON NOT NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'draft'",
      '`published_at` DATETIME(3) NULL',
      '`created_by` BIGINT UNSIGNED NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_campaign_version` (`campaign_id`, `version`)',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, ['page_configs', 'campaigns', 'brand_assets', 'brands']);
  }
}
