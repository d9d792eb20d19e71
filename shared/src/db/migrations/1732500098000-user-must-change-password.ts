import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `users.must_change_password`: the password was set by an administrator (an account created in the
 * console), so its owner must choose their own at the first login, before anything else. Cleared when
 * the owner changes it.
 */
export class UserMustChangePassword1732500098000 implements MigrationInterface {
  name = 'UserMustChangePassword1732500098000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [exists] = await queryRunner.query(
      "SELECT 1 FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'users' AND column_name = 'must_change_password'",
    );
    if (!exists) await queryRunner.query('ALTER TABLE `users` ADD COLUMN `must_change_password` TINYINT(1) NOT NULL DEFAULT 0 AFTER `password_changed_at`');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `users` DROP COLUMN `must_change_password`');
  }
}
