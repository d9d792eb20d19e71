import { database } from '../common/database';
import { Coalescer } from '../common/coalescer';

export interface OutboxItem {
  id: string;
  kind: string;
  aggregateId: string;
  attempts: number;
  /** When the work was recorded (the transaction that made it committed then). */
  createdAt: Date;
  /** The trace context its payload keeps, if it was recorded with tracing on (a settlement continues that trace). */
  traceparent?: string;
}

export interface SettlementData {
  order: { id: string; orderNo: string; campaignId: string; brandId: string; amount: string; tradeNo: string; paidAt: string };
  rewards: { id: string; userId: string; distributorId: string; level: number; amount: string; status: string }[];
}

/**
 * Rows finished, marked done together: a row waits up to 50 ms for others (one statement and one commit for the
 * settlements finished meanwhile rather than one each). Safe to wait: the row is still under the lease the paid
 * transaction took, and a row whose mark is lost (a crash meanwhile) is re-driven by the relay, idempotently.
 */
const finished = new Coalescer<string, void>(async (_key, ids) => {
  await database().query("UPDATE outbox SET status = 'done', done_at = NOW(3), locked_until = NULL WHERE id IN (?)", [ids]);
  return ids.map(() => undefined);
}, 500, 1, 50);

/** SQL for the outbox: claim due rows under a lease, finish them, or schedule a retry with back-off. */
export class OutboxRepository {
  /** Claims due rows; SKIP LOCKED lets several API replicas relay side by side without taking the same row. */
  async claimDue(limit: number, leaseMs: number): Promise<OutboxItem[]> {
    return database().transaction(async (em) => {
      const rows = await em.query(
        `SELECT id, kind, aggregate_id, attempts, created_at, JSON_UNQUOTE(JSON_EXTRACT(payload, '$.traceparent')) AS traceparent FROM outbox
          WHERE status = 'pending' AND next_attempt_at <= NOW(3) AND (locked_until IS NULL OR locked_until < NOW(3))
          ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length === 0) return [];
      await em.query(`UPDATE outbox SET locked_until = NOW(3) + INTERVAL ? MICROSECOND WHERE id IN (?)`, [
        leaseMs * 1000,
        rows.map((r: { id: string }) => r.id),
      ]);
      return rows.map((r: { id: string; kind: string; aggregate_id: string; attempts: number; created_at: Date; traceparent: string | null }) => ({
        id: String(r.id), kind: r.kind, aggregateId: r.aggregate_id, attempts: Number(r.attempts), createdAt: new Date(r.created_at),
        ...(r.traceparent && { traceparent: r.traceparent }),
      }));
    });
  }

  /** Finished: rows finished meanwhile by other settlements are marked in the same statement (one commit). */
  async markDone(id: string): Promise<void> {
    await finished.submit('done', id);
  }

  async retryLater(id: string, error: string): Promise<number> {
    await database().query(
      `UPDATE outbox SET attempts = attempts + 1, last_error = ?, locked_until = NULL,
              next_attempt_at = NOW(3) + INTERVAL LEAST(POW(2, attempts), 60) SECOND
        WHERE id = ?`,
      [error.slice(0, 2000), id],
    );
    const [row] = await database().query('SELECT attempts FROM outbox WHERE id = ?', [id]);
    return Number(row?.attempts ?? 0);
  }

  async settlementData(orderId: string): Promise<SettlementData> {
    const [o] = await database().query(
      'SELECT id, order_no, campaign_id, brand_id, amount, trade_no, paid_at FROM orders WHERE id = ?',
      [orderId],
    );
    const rewards = await database().query(
      'SELECT id, user_id, distributor_id, level, amount, status FROM rewards WHERE order_id = ? ORDER BY level',
      [orderId],
    );
    return {
      order: {
        id: String(o.id), orderNo: o.order_no, campaignId: String(o.campaign_id), brandId: String(o.brand_id),
        amount: o.amount, tradeNo: o.trade_no, paidAt: new Date(o.paid_at).toISOString(),
      },
      rewards: rewards.map((r: Record<string, unknown>) => ({
        id: String(r.id), userId: String(r.user_id), distributorId: String(r.distributor_id),
        level: Number(r.level), amount: String(r.amount), status: String(r.status),
      })),
    };
  }
}
