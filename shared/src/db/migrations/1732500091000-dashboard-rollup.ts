import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ID, UPDATED_AT, createTable, dropTables } from './migration-sql';

const BRAND_HOUR_FIGURES = '`signups`, `paid_orders`, `revenue`, `rewards_count`, `rewards_amount`, `views`';
const CAMPAIGN_DAY_FIGURES = '`signups`, `paid`, `views`';
/** Where the roll-up finds the hours whose facts changed since its last run. */
const CHANGE_INDEXES: ReadonlyArray<[table: string, name: string]> = [
  ['orders', 'idx_updated_at'],
  ['rewards', 'idx_updated_at'],
];

/**
 * The dashboard's roll-up (api/src/dashboard/rollup.ts, its only writer): per brand and hour, and per campaign
 * and day, the figures the dashboard sums, rebuilt from the fact tables so a year over every brand reads
 * thousands of rows instead of a million. Measured in bench/README.md.
 */
export class DashboardRollup1732500091000 implements MigrationInterface {
  name = 'DashboardRollup1732500091000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, 'dashboard_brand_hours', [
      ID,
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`hour` DATETIME(3) NOT NULL',
      '`signups` INT UNSIGNED NOT NULL DEFAULT 0',
      '`paid_orders` INT UNSIGNED NOT NULL DEFAULT 0',
      "`revenue` DECIMAL(12,2) NOT NULL DEFAULT '0.00'",
      '`rewards_count` INT UNSIGNED NOT NULL DEFAULT 0',
      "`rewards_amount` DECIMAL(12,2) NOT NULL DEFAULT '0.00'",
      '`views` INT UNSIGNED NOT NULL DEFAULT 0',
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_brand_hour` (`brand_id`, `hour`)',
      `KEY \`idx_brand_hour_cover\` (\`brand_id\`, \`hour\`, ${BRAND_HOUR_FIGURES})`,
      `KEY \`idx_hour_cover\` (\`hour\`, \`brand_id\`, ${BRAND_HOUR_FIGURES})`,
    ]);
    await createTable(queryRunner, 'dashboard_campaign_days', [
      ID,
      '`campaign_id` BIGINT UNSIGNED NOT NULL',
      '`brand_id` BIGINT UNSIGNED NOT NULL',
      '`day` DATETIME(3) NOT NULL',
      '`signups` INT UNSIGNED NOT NULL DEFAULT 0',
      '`paid` INT UNSIGNED NOT NULL DEFAULT 0',
      '`views` INT UNSIGNED NOT NULL DEFAULT 0',
      'PRIMARY KEY (`id`)',
      'UNIQUE KEY `uk_campaign_day` (`campaign_id`, `day`)',
      `KEY \`idx_brand_day_cover\` (\`brand_id\`, \`day\`, \`campaign_id\`, ${CAMPAIGN_DAY_FIGURES})`,
      `KEY \`idx_day_cover\` (\`day\`, \`brand_id\`, \`campaign_id\`, ${CAMPAIGN_DAY_FIGURES})`,
    ]);
    await createTable(queryRunner, 'dashboard_rollup_state', [
      ID,
      '`rolled_until` DATETIME(3) NULL',
      '`changes_since` DATETIME(3) NULL',
      UPDATED_AT,
      'PRIMARY KEY (`id`)',
    ]);
    for (const [table, name] of CHANGE_INDEXES) {
      const found = await queryRunner.query(`SHOW INDEX FROM \`${table}\` WHERE Key_name = ?`, [name]);
      if (found.length === 0) await queryRunner.query(`ALTER TABLE \`${table}\` ADD KEY \`${name}\` (\`updated_at\`)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, name] of CHANGE_INDEXES) {
      const found = await queryRunner.query(`SHOW INDEX FROM \`${table}\` WHERE Key_name = ?`, [name]);
      if (found.length > 0) await queryRunner.query(`ALTER TABLE \`${table}\` DROP INDEX \`${name}\``);
    }
    await dropTables(queryRunner, ['dashboard_rollup_state', 'dashboard_campaign_days', 'dashboard_brand_hours']);
  }
}
