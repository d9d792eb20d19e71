import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATED_AT, ID, createTable, dropTables } from './migration-sql';

/** The WeChat identities (openid per app, UnionID) that log in to an account by WeChat web authorization. */
export class WechatIdentities1732500096000 implements MigrationInterface {
  name = 'WechatIdentities1732500096000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'wechat_identities', [
      ID,
      '`user_id` BIGINT UNSIGNED NOT NULL',
      '`appid` VARCHAR(32) NOT NULL',
      '`openid` VARCHAR(128) NOT NULL',
      '`unionid` VARCHAR(100) NULL',
      CREATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_appid_openid` (`appid`, `openid`)',
      'KEY `idx_unionid` (`unionid`)',
      'KEY `idx_user_id` (`user_id`)',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, ['wechat_identities']);
  }
}
