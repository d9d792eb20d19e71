import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CREATED_AT, ID, UPDATED_AT, createTable, dropTables } from './migration-sql';

/** Users, roles, permissions, console menus, and the links between them (incl. brand admins' brands). */
export class Rbac1732500003000 implements MigrationInterface {
  name = 'Rbac1732500003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'users', [
      ID,
      '`username` VARCHAR(50) NOT NULL',
      '`password_hash` VARCHAR(100) NOT NULL',
      '`phone` VARCHAR(20) NULL',
      '`email` VARCHAR(100) NULL',
      '`real_name` VARCHAR(50) NULL',
      '`avatar` VARCHAR(500) NULL',
      "`status` VARCHAR(20) NOT NULL DEFAULT 'active'",
      '`password_changed_at` DATETIME(3) NULL',
      '`locked_until` DATETIME(3) NULL',
      '`failed_login_count` INT UNSIGNED NOT NULL DEFAULT 0',
      '`last_login_at` DATETIME(3) NULL',
      '`last_login_ip` VARCHAR(45) NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_username` (`username`)',
      'UNIQUE KEY `uk_phone` (`phone`)',
    ]);
    await createTable(queryRunner, 'roles', [
      ID,
      '`code` VARCHAR(50) NOT NULL',
      '`name` VARCHAR(100) NOT NULL',
      '`description` VARCHAR(255) NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_code` (`code`)',
    ]);
    await createTable(queryRunner, 'permissions', [
      ID,
      '`code` VARCHAR(100) NOT NULL',
      '`resource` VARCHAR(50) NOT NULL',
      '`action` VARCHAR(50) NOT NULL',
      '`name` VARCHAR(100) NOT NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_code` (`code`)',
    ]);
    await createTable(queryRunner, 'menus', [
      ID,
      '`parent_id` BIGINT UNSIGNED NULL',
      '`code` VARCHAR(50) NOT NULL',
      '`name` VARCHAR(100) NOT NULL',
      '`path` VARCHAR(200) NULL',
      '`icon` VARCHAR(50) NULL',
      '`sort` INT NOT NULL DEFAULT 0',
      '`permission_code` VARCHAR(100) NULL',
      CREATED_AT,
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_code` (`code`)',
      'KEY `idx_parent_id` (`parent_id`)',
    ]);
    await createLinkTable(queryRunner, 'user_roles', 'user_id', 'role_id', 'uk_user_role', 'idx_role_id');
    await createLinkTable(queryRunner, 'role_permissions', 'role_id', 'permission_id', 'uk_role_permission', 'idx_permission_id');
    await createLinkTable(queryRunner, 'role_menus', 'role_id', 'menu_id', 'uk_role_menu', 'idx_menu_id');
    await createLinkTable(queryRunner, 'user_brands', 'user_id', 'brand_id', 'uk_user_brand', 'idx_brand_id');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTables(queryRunner, [
      'user_brands',
      'role_menus',
      'role_permissions',
      'user_roles',
      'menus',
      'permissions',
      'roles',
      'users',
    ]);
  }
}

/** A many-to-many link: one row per pair (`uniqueKey`), looked up from either side. */
async function createLinkTable(
  queryRunner: QueryRunner,
  table: string,
  left: string,
  right: string,
  uniqueKey: string,
  rightIndex: string,
): Promise<void> {
  await createTable(queryRunner, table, [
    ID,
    `\`${left}\` BIGINT UNSIGNED NOT NULL`,
    `\`${right}\` BIGINT UNSIGNED NOT NULL`,
    CREATED_AT,
    'PRIMARY KEY (`id`)',
    `UNIQUE KEY \`${uniqueKey}\` (\`${left}\`, \`${right}\`)`,
    `KEY \`${rightIndex}\` (\`${right}\`)`,
  ]);
}
