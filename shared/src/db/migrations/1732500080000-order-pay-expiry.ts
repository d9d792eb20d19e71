import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The pay window orders created before this migration get (the actor host's ORDER_PAY_WINDOW_SECONDS default). */
const EXISTING_WINDOW_MINUTES = 30;

/**
 * Orders expire: `pay_expires_at` (set at sign-up by CampaignActor, sent to WeChat Pay as `time_expire`),
 * and once an unpaid order is closed (at WeChat and in DMH) `closed_at` and `close_reason`. The index serves
 * the expiry sweep: pending orders whose window has passed, oldest first, without scanning paid ones.
 * Pending unpaid orders already there get their creation time plus the default window.
 */
export class OrderPayExpiry1732500080000 implements MigrationInterface {
  name = 'OrderPayExpiry1732500080000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!(await queryRunner.hasColumn('orders', 'pay_expires_at'))) {
      await queryRunner.query(
        'ALTER TABLE `orders` ADD COLUMN `pay_expires_at` DATETIME(3) NULL AFTER `paid_at`, ' +
          'ADD COLUMN `closed_at` DATETIME(3) NULL AFTER `pay_expires_at`, ' +
          'ADD COLUMN `close_reason` VARCHAR(32) NULL AFTER `closed_at`, ' +
          'ADD KEY `idx_status_pay_expires` (`status`, `pay_expires_at`)',
      );
    }
    await queryRunner.query(
      `UPDATE \`orders\` SET \`pay_expires_at\` = \`created_at\` + INTERVAL ${EXISTING_WINDOW_MINUTES} MINUTE
        WHERE \`pay_expires_at\` IS NULL AND \`status\` = 'pending' AND \`pay_status\` = 'unpaid'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!(await queryRunner.hasColumn('orders', 'pay_expires_at'))) return;
    await queryRunner.query(
      'ALTER TABLE `orders` DROP KEY `idx_status_pay_expires`, DROP COLUMN `close_reason`, DROP COLUMN `closed_at`, DROP COLUMN `pay_expires_at`',
    );
  }
}
