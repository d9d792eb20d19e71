import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Member identity: the WeChat openid last seen, a merged member's pointer to the member it was merged into
 * (the source row is kept, never deleted), and the flag raised when a sign-up brings a phone that belongs to
 * a member with a different UnionID (kept apart, for an admin to merge or not). `idx_created_at` serves the
 * list's created-range filter and the export's scan. Each step checks the schema first, so it can be re-run.
 */
export class MemberIdentity1732500040000 implements MigrationInterface {
  name = 'MemberIdentity1732500040000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addColumn(queryRunner, 'openid', 'VARCHAR(128) NULL AFTER `unionid`');
    await addColumn(queryRunner, 'merged_into_id', 'BIGINT UNSIGNED NULL AFTER `first_source`');
    await addColumn(queryRunner, 'merged_at', 'DATETIME(3) NULL AFTER `merged_into_id`');
    await addColumn(queryRunner, 'conflict_member_id', 'BIGINT UNSIGNED NULL AFTER `merged_at`');
    await addIndex(queryRunner, 'idx_merged_into_id', '`merged_into_id`');
    await addIndex(queryRunner, 'idx_conflict_member_id', '`conflict_member_id`');
    await addIndex(queryRunner, 'idx_created_at', '`created_at`');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of ['idx_created_at', 'idx_conflict_member_id', 'idx_merged_into_id']) {
      if (await hasIndex(queryRunner, index)) await queryRunner.query(`ALTER TABLE \`members\` DROP INDEX \`${index}\``);
    }
    for (const column of ['conflict_member_id', 'merged_at', 'merged_into_id', 'openid']) {
      if (await queryRunner.hasColumn('members', column)) await queryRunner.query(`ALTER TABLE \`members\` DROP COLUMN \`${column}\``);
    }
  }
}

async function addColumn(queryRunner: QueryRunner, column: string, definition: string): Promise<void> {
  if (await queryRunner.hasColumn('members', column)) return;
  await queryRunner.query(`ALTER TABLE \`members\` ADD COLUMN \`${column}\` ${definition}`);
}

async function hasIndex(queryRunner: QueryRunner, index: string): Promise<boolean> {
  const rows = await queryRunner.query(
    "SELECT 1 FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'members' AND index_name = ?",
    [index],
  );
  return rows.length > 0;
}

async function addIndex(queryRunner: QueryRunner, index: string, columns: string): Promise<void> {
  if (await hasIndex(queryRunner, index)) return;
  await queryRunner.query(`ALTER TABLE \`members\` ADD KEY \`${index}\` (${columns})`);
}
