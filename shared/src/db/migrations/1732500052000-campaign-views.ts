import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaign views: consumers' views of the public page are counted in Redis (one per visitor per window)
 * and flushed here in batches, so stats can report views without a write per page view.
 */
export class CampaignViews1732500052000 implements MigrationInterface {
  name = 'CampaignViews1732500052000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (await queryRunner.hasColumn('campaigns', 'view_count')) return;
    await queryRunner.query('ALTER TABLE `campaigns` ADD COLUMN `view_count` INT UNSIGNED NOT NULL DEFAULT 0 AFTER `quota`');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (await queryRunner.hasColumn('campaigns', 'view_count')) await queryRunner.query('ALTER TABLE `campaigns` DROP COLUMN `view_count`');
  }
}
