import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ID, createTable, dropTables } from './migration-sql';

/** Indexes the dashboard's range queries need (each checked with EXPLAIN: bench/README.md). */
const INDEXES: ReadonlyArray<[table: string, name: string, columns: string]> = [
  ['orders', 'idx_brand_paid', '`brand_id`, `paid_at`'],
  ['orders', 'idx_created_at', '`created_at`'],
  ['orders', 'idx_sync_brand', '`sync_status`, `brand_id`'],
  ['rewards', 'idx_brand_settled', '`brand_id`, `settled_at`'],
  ['rewards', 'idx_settled_at', '`settled_at`'],
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
      'KEY `idx_brand_hour` (`brand_id`, `hour`)',
      'KEY `idx_hour` (`hour`)',
    ]);
    for (const [table, name, columns] of INDEXES) {
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
