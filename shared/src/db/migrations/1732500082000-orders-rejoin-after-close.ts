import type { MigrationInterface, QueryRunner } from 'typeorm';
import { registerGeneratedColumn } from './migration-sql';

const BEFORE = 'CASE WHEN deleted_at IS NULL THEN 1 ELSE NULL END';
const AFTER = "CASE WHEN deleted_at IS NULL AND status <> 'cancelled' THEN 1 ELSE NULL END";

/**
 * A closed (cancelled) order no longer holds its phone: `live_flag`, the last column of
 * `uk_campaign_phone`, becomes NULL for it as for a soft-deleted one, so a consumer whose unpaid order
 * expired can sign up again. And `idx_paid_at` serves the reconciliation's read of one day's paid orders.
 * The generated column is dropped and added again (both MariaDB and MySQL accept that; neither changes
 * a stored expression in place the same way). `down` fails while two rows of one phone would both be live.
 */
export class OrdersRejoinAfterClose1732500082000 implements MigrationInterface {
  name = 'OrdersRejoinAfterClose1732500082000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await setLiveFlag(queryRunner, AFTER);
    if (!(await hasIndex(queryRunner, 'idx_paid_at'))) await queryRunner.query('ALTER TABLE `orders` ADD KEY `idx_paid_at` (`paid_at`)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (await hasIndex(queryRunner, 'idx_paid_at')) await queryRunner.query('ALTER TABLE `orders` DROP KEY `idx_paid_at`');
    await setLiveFlag(queryRunner, BEFORE);
  }
}

async function setLiveFlag(queryRunner: QueryRunner, expression: string): Promise<void> {
  await queryRunner.query('ALTER TABLE `orders` DROP KEY `uk_campaign_phone`, DROP COLUMN `live_flag`');
  await queryRunner.query(
    `ALTER TABLE \`orders\` ADD COLUMN \`live_flag\` TINYINT AS (${expression}) STORED AFTER \`deleted_at\`, ` +
      'ADD UNIQUE KEY `uk_campaign_phone` (`campaign_id`, `phone`, `live_flag`)',
  );
  await registerGeneratedColumn(queryRunner, 'orders', 'live_flag', expression);
}

async function hasIndex(queryRunner: QueryRunner, name: string): Promise<boolean> {
  const rows = await queryRunner.query(
    "SELECT 1 FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'orders' AND index_name = ? LIMIT 1",
    [name],
  );
  return rows.length > 0;
}
