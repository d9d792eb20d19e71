import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `users.phone_verified_at`: when the account last proved it holds its phone (an SMS code, at phone
 * login). A phone typed at registration is only a claim; the member centre shows the orders signed up with
 * the account's phone only once the phone is proven.
 */
export class UserPhoneVerified1732500094000 implements MigrationInterface {
  name = 'UserPhoneVerified1732500094000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [exists] = await queryRunner.query(
      "SELECT 1 FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'users' AND column_name = 'phone_verified_at'",
    );
    if (!exists) await queryRunner.query('ALTER TABLE `users` ADD COLUMN `phone_verified_at` DATETIME(3) NULL AFTER `phone`');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `users` DROP COLUMN `phone_verified_at`');
  }
}
