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

const BRAND_SCOPE = 'COALESCE(brand_id, 0)';

/**
 * Members (consumers by WeChat UnionID), their profiles, tags and brand relationships. Tag names are unique
 * per brand; platform-wide tags (brand_id NULL) share scope 0 through the stored `brand_scope` column.
 */
export class Members1732500004000 implements MigrationInterface {
  name = 'Members1732500004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'members', [
      ID,
      '`unionid` VARCHAR(100) NOT NULL',
      '`phone` VARCHAR(20) NULL',
      '`nickname` VARCHAR(100) NULL',
      '`avatar` VARCHAR(255) NULL',
      '`gender` VARCHAR(10) NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'active'",
      '`first_source` VARCHAR(50) NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_unionid` (`unionid`)',
      'KEY `idx_phone` (`phone`)',
    ]);
    await createTable(queryRunner, 'member_profiles', [
      ID,
      '`member_id` BIGINT UNSIGNED NOT NULL',
      '`real_name` VARCHAR(50) NULL',
      '`birthday` DATE NULL',
      '`city` VARCHAR(50) NULL',
      '`address` VARCHAR(255) NULL',
      '`extra` JSON NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_member_id` (`member_id`)',
    ]);
    await createTable(queryRunner, 'member_tags', [
      ID,
      '`brand_id` BIGINT UNSIGNED NULL',
      '`name` VARCHAR(50) NOT NULL',
      '`color` VARCHAR(20) NULL',
      CREATED_AT,
      UPDATED_AT,
      `\`brand_scope\` BIGINT UNSIGNED AS (${BRAND_SCOPE}) STORED`,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_brand_name` (`brand_scope`, `name`)',
      'KEY `idx_brand_id` (`brand_id`)',
    ]);
    await registerGeneratedColumn(queryRunner, 'member_tags', 'brand_scope', BRAND_SCOPE);
    await createTable(queryRunner, 'member_tag_links', [
      ID,
      '`member_id` BIGINT UNSIGNED NOT NULL',
      '`tag_id` BIGINT UNSIGNED NOT NULL',
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_member_tag` (`member_id`, `tag_id`)',
      'KEY `idx_tag_id` (`tag_id`)',
    ]);
    await createTable(queryRunner, 'member_brand_links', [
      ID,
      '`member_id` BIGINT UNSIGNED NOT NULL',
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`first_campaign_id` BIGINT UNSIGNED NULL',
      '`order_count` INT UNSIGNED NOT NULL DEFAULT 0',
      '`total_spent` DECIMAL(12,2) NOT NULL DEFAULT 0.00',
      '`last_order_at` DATETIME(3) NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_member_brand` (`member_id`, `brand_id`)',
      'KEY `idx_brand_id` (`brand_id`)',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, ['member_brand_links', 'member_tag_links', 'member_tags', 'member_profiles', 'members']);
    await unregisterGeneratedColumn(queryRunner, 'member_tags', 'brand_scope');
  }
}
