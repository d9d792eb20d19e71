import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ID, createTable, dropTables } from './migration-sql';

/** Indexes the dashboard's range queries need (each checked with EXPLAIN: bench/README.md). */
const INDEXES: ReadonlyArray<[table: string, name: string, columns: string]> = [
  // Covering: each figure is read from the index alone (no row lookups), per brand and across brands.
  ['orders', 'idx_brand_created_cover', '`brand_id`, `created_at`, `deleted_at`, `campaign_id`, `paid_at`'],
  ['orders', 'idx_created_cover', '`created_at`, `deleted_at`, `brand_id`, `campaign_id`, `paid_at`'],
  ['orders', 'idx_brand_paid_cover', '`brand_id`, `paid_at`, `pay_status`, `deleted_at`, `amount`'],
  ['orders', 'idx_paid_cover', '`paid_at`, `pay_status`, `deleted_at`, `brand_id`, `amount`'],
  ['orders', 'idx_sync_brand', '`sync_status`, `brand_id`'],
  ['rewards', 'idx_brand_settled_cover', '`brand_id`, `settled_at`, `status`, `amount`, `distributor_id`, `order_id`'],
  ['rewards', 'idx_settled_cover', '`settled_at`, `status`, `brand_id`, `amount`, `distributor_id`, `order_id`'],
];

/**
 * The admin dashboard: campaign views per hour (the view counter adds each flushed batch to its hour as well
 * as to campaigns.view_count, so visits can be counted over any range of whole hours), and the indexes on
 * time columns that make its figures answer from index ranges instead of table scans.
 */
export class Dashboard1732500090000 implements MigrationInterface {
  name = 'Dashboard1732500090000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'campaign_view_hours', [
      ID,
      '`campaign_id` BIGINT UNSIGNED NOT NULL',
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`hour` DATETIME(3) NOT NULL',
      '`views` INT UNSIGNED NOT NULL DEFAULT 0',
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_campaign_hour` (`campaign_id`, `hour`)',
      'KEY `idx_brand_hour` (`brand_id`, `hour`, `campaign_id`, `views`)',
      'KEY `idx_hour` (`hour`, `brand_id`, `campaign_id`, `views`)',
    ]);
    for (const [table, name, columns] of INDEXES) {
      // orders.sync_status left with OrderSyncStates1732500100000: a re-run over today's schema has no column to index.
      if (name === 'idx_sync_brand' && !(await hasColumn(queryRunner, 'orders', 'sync_status'))) continue;
      if (!(await hasIndex(queryRunner, table, name))) await queryRunner.query(`ALTER TABLE \`${table}\` ADD KEY \`${name}\` (${columns})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name] of [...INDEXES].reverse()) {
      if (await hasIndex(queryRunner, table, name)) await queryRunner.query(`ALTER TABLE \`${table}\` DROP INDEX \`${name}\``);
    }
    await dropTables(queryRunner, ['campaign_view_hours']);
  }
}

async function hasIndex(queryRunner: QueryRunner, table: string, index: string): Promise<boolean> {
  const rows = await queryRunner.query(`SHOW INDEX FROM \`${table}\` WHERE Key_name = ?`, [index]);
  return rows.length > 0;
}

async function hasColumn(queryRunner: QueryRunner, table: string, column: string): Promise<boolean> {
  const rows = await queryRunner.query(
    'SELECT 1 FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? AND column_name = ?',
    [table, column],
  );
  return rows.length > 0;
}
