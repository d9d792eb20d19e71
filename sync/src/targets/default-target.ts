import mysql from 'mysql2/promise';
import type { FieldMapping } from '@dmh/shared';
import type { TargetConnection } from './target-adapter';

/**
 * The worker's default target, used by every brand without a configuration of its own: a MySQL database
 * laid out like a small CRM (locally `dmh_external` on the stack's `external-db` server, the stand-in for
 * a customer's system). Its tables are created on first use.
 */
export const DEFAULT_MAPPING: FieldMapping = {
  orders: {
    table: 'crm_orders',
    key: 'dmh_order_id',
    version: 'dmh_version',
    columns: [
      { column: 'order_no', from: 'orderNo' },
      { column: 'brand_id', from: 'brandId' },
      { column: 'campaign_id', from: 'campaignId' },
      { column: 'phone', from: 'phone' },
      { column: 'amount', from: 'amount' },
      { column: 'status', from: 'status' },
      { column: 'trade_no', from: 'tradeNo' },
      { column: 'paid_at', from: 'paidAt' },
    ],
  },
  rewards: {
    table: 'crm_rewards',
    key: 'dmh_reward_id',
    version: 'dmh_version',
    columns: [
      { column: 'dmh_order_id', from: 'orderId' },
      { column: 'user_id', from: 'userId' },
      { column: 'distributor_id', from: 'distributorId' },
      { column: 'level', from: 'level' },
      { column: 'amount', from: 'amount' },
      { column: 'status', from: 'status' },
      { column: 'settled_at', from: 'settledAt' },
    ],
  },
};

const DDL = [
  `CREATE TABLE IF NOT EXISTS crm_orders (
     dmh_order_id BIGINT UNSIGNED NOT NULL PRIMARY KEY, order_no VARCHAR(32) NOT NULL, brand_id BIGINT UNSIGNED NOT NULL,
     campaign_id BIGINT UNSIGNED NOT NULL, phone VARCHAR(20) NOT NULL, amount DECIMAL(10,2) NOT NULL, status VARCHAR(20) NOT NULL,
     trade_no VARCHAR(100) NULL, paid_at DATETIME(3) NULL, dmh_version BIGINT NOT NULL DEFAULT 0,
     synced_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)
   ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  `CREATE TABLE IF NOT EXISTS crm_rewards (
     dmh_reward_id BIGINT UNSIGNED NOT NULL PRIMARY KEY, dmh_order_id BIGINT UNSIGNED NOT NULL, user_id BIGINT UNSIGNED NOT NULL,
     distributor_id BIGINT UNSIGNED NOT NULL, level TINYINT UNSIGNED NOT NULL, amount DECIMAL(10,2) NOT NULL, status VARCHAR(20) NOT NULL,
     settled_at DATETIME(3) NULL, dmh_version BIGINT NOT NULL DEFAULT 0,
     synced_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3), INDEX idx_order (dmh_order_id)
   ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
];

/** Creates the default target's database and tables if missing (tables of an older layout get dmh_version). */
export async function ensureDefaultTarget(c: TargetConnection): Promise<void> {
  const conn = await mysql.createConnection({ host: c.host, port: c.port, user: c.username, password: c.password, connectTimeout: c.connectTimeoutMs });
  try {
    const db = `\`${c.database.replace(/`/g, '')}\``;
    await conn.query(`CREATE DATABASE IF NOT EXISTS ${db} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await conn.query(`USE ${db}`);
    for (const ddl of DDL) await conn.query(ddl);
    for (const table of ['crm_orders', 'crm_rewards']) {
      const [cols] = await conn.query<mysql.RowDataPacket[]>(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? AND column_name = 'dmh_version'",
        [table],
      );
      if (cols.length === 0) await conn.query(`ALTER TABLE ${table} ADD COLUMN dmh_version BIGINT NOT NULL DEFAULT 0`);
    }
  } finally {
    await conn.end().catch(() => undefined);
  }
}
