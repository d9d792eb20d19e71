import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATED_AT, ID, UPDATED_AT, createTable, dropTables } from './migration-sql';

/**
 * A sync reconciliation as a recorded run: a brand's paid orders in [range_from, range_to) compared with its
 * target a chunk at a time. One writer, the sync worker: it inserts the run, counts its progress after each
 * chunk, re-queues what differs and finishes it (done / failed with words). The API only reads it.
 */
export class SyncReconciliationRuns1732500097000 implements MigrationInterface {
  name = 'SyncReconciliationRuns1732500097000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'sync_reconciliation_runs', [
      ID,
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`range_from` DATETIME(3) NOT NULL',
      '`range_to` DATETIME(3) NOT NULL',
      '`requeue` TINYINT(1) NOT NULL',
      "`status` VARCHAR(10) NOT NULL DEFAULT 'running'",
      '`target` VARCHAR(64) NULL',
      '`kind` VARCHAR(20) NULL',
      '`orders_total` INT UNSIGNED NOT NULL DEFAULT 0',
      '`orders_checked` INT UNSIGNED NOT NULL DEFAULT 0',
      '`rewards_checked` INT UNSIGNED NOT NULL DEFAULT 0',
      '`orders_missing` INT UNSIGNED NOT NULL DEFAULT 0',
      '`orders_different` INT UNSIGNED NOT NULL DEFAULT 0',
      '`rewards_missing` INT UNSIGNED NOT NULL DEFAULT 0',
      '`rewards_different` INT UNSIGNED NOT NULL DEFAULT 0',
      '`requeued` INT UNSIGNED NOT NULL DEFAULT 0',
      '`items` JSON NULL',
      '`truncated` TINYINT(1) NOT NULL DEFAULT 0',
      '`error` VARCHAR(500) NULL',
      '`created_by` BIGINT UNSIGNED NULL',
      CREATED_AT,
      UPDATED_AT,
      '`finished_at` DATETIME(3) NULL',
      'PRIMARY KEY (`id`)',
      'KEY `idx_brand_created` (`brand_id`, `id`)',
      'KEY `idx_status` (`status`)',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, ['sync_reconciliation_runs']);
  }
}
