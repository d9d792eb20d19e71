import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Distributor review: who rejected an application, when and why (approval already has approved_by/at).
 * Link orders are counted from `orders` (referrer + campaign), so the never-written `distributor_links.orders`
 * goes. Each step checks the schema first, so the migration can be re-run.
 */
export class DistributorReview1732500013000 implements MigrationInterface {
  name = 'DistributorReview1732500013000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addColumn(queryRunner, 'distributors', 'rejected_by', 'BIGINT UNSIGNED NULL AFTER `approved_at`');
    await addColumn(queryRunner, 'distributors', 'rejected_at', 'DATETIME(3) NULL AFTER `rejected_by`');
    await addColumn(queryRunner, 'distributors', 'reject_reason', 'VARCHAR(500) NULL AFTER `rejected_at`');
    if (await queryRunner.hasColumn('distributor_links', 'orders')) {
      await queryRunner.query('ALTER TABLE `distributor_links` DROP COLUMN `orders`');
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await addColumn(queryRunner, 'distributor_links', 'orders', 'INT UNSIGNED NOT NULL DEFAULT 0 AFTER `clicks`');
    for (const column of ['reject_reason', 'rejected_at', 'rejected_by']) {
      if (await queryRunner.hasColumn('distributors', column)) await queryRunner.query(`ALTER TABLE \`distributors\` DROP COLUMN \`${column}\``);
    }
  }
}

async function addColumn(queryRunner: QueryRunner, table: string, column: string, definition: string): Promise<void> {
  if (await queryRunner.hasColumn(table, column)) return;
  await queryRunner.query(`ALTER TABLE \`${table}\` ADD COLUMN \`${column}\` ${definition}`);
}
