import mysql, { Pool } from 'mysql2/promise';
import { utcPool } from '../runtime/mysql-pool';
import { OrderRecord, RewardRecord, SyncTarget } from './sync-target';

/** The stand-in customer schema (the local default target): created on first use if missing. */
const STAND_IN_DDL = [
  `CREATE TABLE IF NOT EXISTS crm_orders (
     dmh_order_id BIGINT UNSIGNED NOT NULL PRIMARY KEY, order_no VARCHAR(32) NOT NULL, brand_id BIGINT UNSIGNED NOT NULL,
     campaign_id BIGINT UNSIGNED NOT NULL, phone VARCHAR(20) NOT NULL, amount DECIMAL(10,2) NOT NULL, status VARCHAR(20) NOT NULL,
     trade_no VARCHAR(100) NULL, paid_at DATETIME(3) NULL, synced_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
   ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
  `CREATE TABLE IF NOT EXISTS crm_rewards (
     dmh_reward_id BIGINT UNSIGNED NOT NULL PRIMARY KEY, dmh_order_id BIGINT UNSIGNED NOT NULL, user_id BIGINT UNSIGNED NOT NULL,
     distributor_id BIGINT UNSIGNED NOT NULL, level TINYINT UNSIGNED NOT NULL, amount DECIMAL(10,2) NOT NULL, status VARCHAR(20) NOT NULL,
     settled_at DATETIME(3) NULL, synced_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), INDEX idx_order (dmh_order_id)
   ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`,
];

/** MySQL target through mysql2: `INSERT … ON DUPLICATE KEY UPDATE` keyed by DMH's ids. */
export class MysqlTarget implements SyncTarget {
  readonly kind = 'mysql' as const;
  private readonly pool: Pool;
  private ready: Promise<void> | undefined;

  constructor(options: { host: string; port: number; user: string; password: string; database: string }) {
    this.pool = utcPool({ ...options, connectionLimit: 5, connectTimeout: 5000, decimalNumbers: false });
  }

  static async ensureDatabase(options: { host: string; port: number; user: string; password: string; database: string }): Promise<void> {
    const conn = await mysql.createConnection({ host: options.host, port: options.port, user: options.user, password: options.password });
    try {
      await conn.query(`CREATE DATABASE IF NOT EXISTS \`${options.database.replace(/`/g, '')}\` CHARACTER SET utf8mb4`);
    } finally {
      await conn.end();
    }
  }

  async writeOrder(order: OrderRecord, rewards: RewardRecord[]): Promise<void> {
    await (this.ready ??= this.createStandInTables());
    const conn = await this.pool.getConnection();
    try {
      await conn.beginTransaction();
      await conn.execute(
        `INSERT INTO crm_orders (dmh_order_id, order_no, brand_id, campaign_id, phone, amount, status, trade_no, paid_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON DUPLICATE KEY UPDATE status = VALUES(status), amount = VALUES(amount), trade_no = VALUES(trade_no),
                                 paid_at = VALUES(paid_at), synced_at = CURRENT_TIMESTAMP(3)`,
        [order.dmhOrderId, order.orderNo, order.brandId, order.campaignId, order.phone, order.amount, order.status, order.tradeNo, order.paidAt],
      );
      for (const r of rewards) {
        await conn.execute(
          `INSERT INTO crm_rewards (dmh_reward_id, dmh_order_id, user_id, distributor_id, level, amount, status, settled_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON DUPLICATE KEY UPDATE status = VALUES(status), amount = VALUES(amount), settled_at = VALUES(settled_at),
                                   synced_at = CURRENT_TIMESTAMP(3)`,
          [r.dmhRewardId, r.dmhOrderId, r.userId, r.distributorId, r.level, r.amount, r.status, r.settledAt],
        );
      }
      await conn.commit();
    } catch (err) {
      await conn.rollback().catch(() => undefined);
      throw err;
    } finally {
      conn.release();
    }
  }

  async healthCheck(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async createStandInTables(): Promise<void> {
    for (const ddl of STAND_IN_DDL) await this.pool.query(ddl);
  }
}
