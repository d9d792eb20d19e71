import type { MigrationInterface, QueryRunner } from 'typeorm';
import { UPDATED_AT, createTable, dropTables } from './migration-sql';

/**
 * Sync outcomes leave `orders`: `orders.sync_status` was written by the sync worker (and reset by the API's
 * refund), a second writer of the order row. `order_sync_states` is the sync worker's own table: one row per
 * order it has worked on, its status as of the last outcome. What the column held is carried over (an order
 * still `pending` needs no row), then the column and its index go.
 */
export class OrderSyncStates1732500100000 implements MigrationInterface {
  name = 'OrderSyncStates1732500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'order_sync_states', [
      '`order_id` BIGINT UNSIGNED NOT NULL',
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`status` VARCHAR(20) NOT NULL',
      UPDATED_AT,
      'PRIMARY KEY (`order_id`)',
      'KEY `idx_status_brand` (`status`, `brand_id`)',
    ]);
    if (!(await hasSyncStatusColumn(queryRunner))) return;
    await queryRunner.query(
      "INSERT IGNORE INTO order_sync_states (order_id, brand_id, status) SELECT id, brand_id, sync_status FROM orders WHERE sync_status <> 'pending'",
    );
    // The index first: dropping only the column would leave idx_sync_brand behind as an index on brand_id alone.
    const [index] = await queryRunner.query("SHOW INDEX FROM `orders` WHERE Key_name = 'idx_sync_brand'");
    await queryRunner.query(`ALTER TABLE \`orders\` ${index ? 'DROP INDEX `idx_sync_brand`, ' : ''}DROP COLUMN \`sync_status\``);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!(await hasSyncStatusColumn(queryRunner))) {
      await queryRunner.query("ALTER TABLE `orders` ADD COLUMN `sync_status` VARCHAR(20) NOT NULL DEFAULT 'pending', ADD KEY `idx_sync_brand` (`sync_status`, `brand_id`)");
      await queryRunner.query('UPDATE orders o JOIN order_sync_states s ON s.order_id = o.id SET o.sync_status = s.status');
    }
    await dropTables(queryRunner, ['order_sync_states']);
  }
}

async function hasSyncStatusColumn(queryRunner: QueryRunner): Promise<boolean> {
  const [exists] = await queryRunner.query(
    "SELECT 1 FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'orders' AND column_name = 'sync_status'",
  );
  return Boolean(exists);
}
