import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATED_AT, ID, UPDATED_AT, createTable, dropTables } from './migration-sql';

/** The sync worker's attempt log and DMH's record of what reached each brand's database. */
export class Sync1732500006000 implements MigrationInterface {
  name = 'Sync1732500006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'sync_logs', [
      ID,
      '`job_id` VARCHAR(64) NOT NULL',
      '`brand_id` BIGINT UNSIGNED NULL',
      '`entity_type` VARCHAR(20) NOT NULL',
      '`entity_id` BIGINT UNSIGNED NOT NULL',
      '`target` VARCHAR(20) NOT NULL',
      '`attempt` INT UNSIGNED NOT NULL DEFAULT 1',
      '`status` VARCHAR(20) NOT NULL',
      '`error` TEXT NULL',
      '`duration_ms` INT UNSIGNED NOT NULL DEFAULT 0',
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'KEY `idx_entity` (`entity_type`, `entity_id`)',
      'KEY `idx_status_created` (`status`, `created_at`)',
      'KEY `idx_job_id` (`job_id`)',
    ]);
    for (const kind of ['order', 'reward']) {
      await createTable(queryRunner, `external_${kind}s`, [
        ID,
        `\`${kind}_id\` BIGINT UNSIGNED NOT NULL`,
        '`brand_id` BIGINT UNSIGNED NOT NULL',
        '`target` VARCHAR(20) NOT NULL',
        '`external_key` VARCHAR(100) NULL',
        '`synced_version` INT UNSIGNED NOT NULL DEFAULT 1',
        '`checksum` CHAR(64) NULL',
        '`synced_at` DATETIME(3) NOT NULL',
        CREATED_AT,
        UPDATED_AT,
        'PRIMARY KEY (`id`)',
        `UNIQUE KEY \`uk_${kind}_id\` (\`${kind}_id\`)`,
        'KEY `idx_brand_id` (`brand_id`)',
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, ['external_rewards', 'external_orders', 'sync_logs']);
  }
}
