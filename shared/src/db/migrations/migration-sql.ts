import type { QueryRunner } from 'typeorm';

/**
 * SQL shared by the hand-written migrations. Everything here must stay valid on MySQL 8 and MariaDB 10.11:
 * no JSON defaults, no NULL/NOT NULL on generated columns, CHECKs named (MySQL wants them unique per
 * database). As in the seed, references are indexed BIGINT UNSIGNED columns without foreign keys: rows are
 * written by different processes (API, actors, outbox re-drives) in their own order, `orders.referrer_id`
 * uses 0 for "none", and integrity is enforced by the unique keys and the writers' state machines.
 */
export const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

export const ID = '`id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT';
export const CREATED_AT = '`created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)';
export const UPDATED_AT =
  '`updated_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)';

/** `CREATE TABLE IF NOT EXISTS`, so a migration can be re-run even if the migrations table was lost. */
export async function createTable(queryRunner: QueryRunner, name: string, body: string[]): Promise<void> {
  await queryRunner.query(`CREATE TABLE IF NOT EXISTS \`${name}\` (\n  ${body.join(',\n  ')}\n) ${TABLE_OPTIONS}`);
}

export async function dropTables(queryRunner: QueryRunner, names: string[]): Promise<void> {
  for (const name of names) await queryRunner.query(`DROP TABLE IF EXISTS \`${name}\``);
}

/**
 * TypeORM cannot read a generated column's expression back from MySQL in a comparable form, so it keeps
 * the expression in its `typeorm_metadata` table (the layout its schema builder creates). Registering the
 * expression there keeps `createSchemaBuilder().log()` free of false differences.
 */
export async function registerGeneratedColumn(
  queryRunner: QueryRunner,
  table: string,
  column: string,
  expression: string,
): Promise<void> {
  await queryRunner.query(
    'CREATE TABLE IF NOT EXISTS `typeorm_metadata` (`type` varchar(255) NOT NULL, `database` varchar(255) NULL, ' +
      '`schema` varchar(255) NULL, `table` varchar(255) NULL, `name` varchar(255) NULL, `value` text NULL) ' +
      TABLE_OPTIONS,
  );
  await unregisterGeneratedColumn(queryRunner, table, column);
  await queryRunner.query(
    'INSERT INTO `typeorm_metadata` (`type`, `database`, `schema`, `table`, `name`, `value`) ' +
      "VALUES ('GENERATED_COLUMN', NULL, DATABASE(), ?, ?, ?)",
    [table, column, expression],
  );
}

export async function unregisterGeneratedColumn(queryRunner: QueryRunner, table: string, column: string): Promise<void> {
  const exists = await queryRunner.hasTable('typeorm_metadata');
  if (!exists) return;
  await queryRunner.query(
    "DELETE FROM `typeorm_metadata` WHERE `type` = 'GENERATED_COLUMN' AND `schema` = DATABASE() " +
      'AND `table` = ? AND `name` = ?',
    [table, column],
  );
}
