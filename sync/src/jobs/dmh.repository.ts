import { Pool, RowDataPacket } from 'mysql2/promise';
import { utcPool } from '../runtime/mysql-pool';
import { OrderRecord, RewardRecord } from '../targets/sync-target';

export interface AttemptLog {
  jobId: string;
  brandId: string;
  entityType: 'order' | 'reward';
  entityId: string;
  target: string;
  attempt: number;
  status: 'success' | 'failed' | 'dead';
  error: string | null;
  durationMs: number;
}

/** DMH's side of sync: reads what to send, records each attempt (sync_logs) and what reached the target. */
export class DmhRepository {
  constructor(private readonly pool: Pool) {}

  static create(options: { host: string; port: number; user: string; password: string; database: string }): DmhRepository {
    return new DmhRepository(utcPool({ ...options, connectionLimit: 5, supportBigNumbers: true, bigNumberStrings: true }));
  }

  async loadOrder(orderId: string): Promise<{ order: OrderRecord; rewards: RewardRecord[] } | null> {
    const [orders] = await this.pool.query<RowDataPacket[]>(
      'SELECT id, order_no, brand_id, campaign_id, phone, amount, status, trade_no, paid_at FROM orders WHERE id = ?',
      [orderId],
    );
    const o = orders[0];
    if (!o) return null;
    const [rewards] = await this.pool.query<RowDataPacket[]>(
      'SELECT id, order_id, user_id, distributor_id, level, amount, status, settled_at FROM rewards WHERE order_id = ? ORDER BY level',
      [orderId],
    );
    return {
      order: {
        dmhOrderId: String(o.id), orderNo: o.order_no, brandId: String(o.brand_id), campaignId: String(o.campaign_id),
        phone: o.phone, amount: o.amount, status: o.status, tradeNo: o.trade_no, paidAt: o.paid_at,
      },
      rewards: rewards.map((r) => ({
        dmhRewardId: String(r.id), dmhOrderId: String(r.order_id), userId: String(r.user_id), distributorId: String(r.distributor_id),
        level: Number(r.level), amount: r.amount, status: r.status, settledAt: r.settled_at,
      })),
    };
  }

  async previousAttempts(jobId: string): Promise<number> {
    const [rows] = await this.pool.query<RowDataPacket[]>("SELECT COUNT(*) AS n FROM sync_logs WHERE job_id = ? AND entity_type = 'order'", [jobId]);
    return Number(rows[0].n);
  }

  async logAttempt(log: AttemptLog): Promise<void> {
    await this.pool.query(
      'INSERT INTO sync_logs (job_id, brand_id, entity_type, entity_id, target, attempt, status, error, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [log.jobId, log.brandId, log.entityType, log.entityId, log.target, log.attempt, log.status, log.error?.slice(0, 4000) ?? null, log.durationMs],
    );
  }

  /** Records that this state of the order and its rewards reached the target. */
  async markSynced(order: OrderRecord, rewards: RewardRecord[], target: string): Promise<void> {
    const conn = await this.pool.getConnection();
    try {
      await conn.beginTransaction();
      await conn.query(
        `INSERT INTO external_orders (order_id, brand_id, target, external_key, synced_version, synced_at) VALUES (?, ?, ?, ?, 1, CURRENT_TIMESTAMP(3))
         ON DUPLICATE KEY UPDATE synced_version = synced_version + 1, synced_at = CURRENT_TIMESTAMP(3)`,
        [order.dmhOrderId, order.brandId, target, order.dmhOrderId],
      );
      for (const r of rewards) {
        await conn.query(
          `INSERT INTO external_rewards (reward_id, brand_id, target, external_key, synced_version, synced_at) VALUES (?, ?, ?, ?, 1, CURRENT_TIMESTAMP(3))
           ON DUPLICATE KEY UPDATE synced_version = synced_version + 1, synced_at = CURRENT_TIMESTAMP(3)`,
          [r.dmhRewardId, order.brandId, target, r.dmhRewardId],
        );
      }
      await conn.query("UPDATE orders SET sync_status = 'synced' WHERE id = ?", [order.dmhOrderId]);
      await conn.commit();
    } catch (err) {
      await conn.rollback().catch(() => undefined);
      throw err;
    } finally {
      conn.release();
    }
  }

  async markFailed(orderId: string): Promise<void> {
    await this.pool.query("UPDATE orders SET sync_status = 'failed' WHERE id = ?", [orderId]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
