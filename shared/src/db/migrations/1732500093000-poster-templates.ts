import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATED_AT, ID, UPDATED_AT, createTable, dropTables } from './migration-sql';

/** Per-brand share-poster templates (background, placement of avatar, nickname and QR code), edited in the console. */
export class PosterTemplates1732500093000 implements MigrationInterface {
  name = 'PosterTemplates1732500093000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'poster_templates', [
      ID,
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`template` JSON NOT NULL',
      '`updated_by` BIGINT UNSIGNED NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_brand_id` (`brand_id`)',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, ['poster_templates']);
  }
}
