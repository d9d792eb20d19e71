import { rows } from '../../tests/integration/support/db';
import { externalRows } from '../../tests/integration/support/external-db';

/**
 * Where each paid order's time went, from timestamps the product itself wrote (DATETIME(3), one machine
 * clock, UTC): the callback's transaction (outbox row created), the last of its rewards credited (settled_at
 * written by BalanceActor's transaction), the outbox row done (events published, sync job sent), the sync
 * worker receiving the job and finishing it, and the order's row written in the external database (its
 * `synced_at`, on the external server). Read after the phase, so measuring costs the system nothing.
 */
export interface OrderTimeline {
  orderId: string;
  rewards: number;
  settledRewards: number;
  committedMs: number | null;
  creditedMs: number | null;
  outboxDoneMs: number | null;
  syncReceivedMs: number | null;
  syncCompletedMs: number | null;
  externalMs: number | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function timelines(orderNos: readonly string[]): Promise<Map<string, OrderTimeline>> {
  const out = new Map<string, OrderTimeline>();
  for (let i = 0; i < orderNos.length; i += 2000) {
    const part = orderNos.slice(i, i + 2000);
    // What every revision has: orders, rewards, and the external copy (the figures themselves).
    const found = await rows<any>(
      `SELECT o.order_no, o.id, COUNT(r.id) AS rewards, COALESCE(SUM(r.status = 'settled'), 0) AS settled,
              UNIX_TIMESTAMP(MAX(r.settled_at)) * 1000 AS credited
         FROM orders o LEFT JOIN rewards r ON r.order_id = o.id
        WHERE o.order_no IN (?) GROUP BY o.id`,
      [part],
    );
    const ids = found.map((r) => String(r.id));
    const external = new Map<string, number>();
    const stages = new Map<string, any>();
    if (ids.length > 0) {
      const ext = await externalRows<any>('SELECT dmh_order_id, UNIX_TIMESTAMP(synced_at) * 1000 AS synced FROM crm_orders WHERE dmh_order_id IN (?)', [ids]);
      for (const e of ext) external.set(String(e.dmh_order_id), Number(e.synced));
      for (const s of await stageRows(ids)) stages.set(String(s.id), s);
    }
    for (const r of found) {
      const s = stages.get(String(r.id));
      out.set(String(r.order_no), {
        orderId: String(r.id),
        rewards: Number(r.rewards),
        settledRewards: Number(r.settled),
        committedMs: num(s?.committed),
        creditedMs: num(r.credited),
        outboxDoneMs: num(s?.done),
        syncReceivedMs: num(s?.received),
        syncCompletedMs: num(s?.completed),
        externalMs: external.get(String(r.id)) ?? null,
      });
    }
  }
  return out;
}

/**
 * The stages in between (outbox row, sync job), from tables a revision may lay out differently: when this
 * query does not fit the schema under test, the stages are left out and the figures stand.
 */
async function stageRows(ids: string[]): Promise<any[]> {
  try {
    return await rows<any>(
      `SELECT o.id, UNIX_TIMESTAMP(ob.created_at) * 1000 AS committed, UNIX_TIMESTAMP(ob.done_at) * 1000 AS done,
              UNIX_TIMESTAMP(j.created_at) * 1000 AS received, UNIX_TIMESTAMP(j.completed_at) * 1000 AS completed
         FROM orders o
         LEFT JOIN outbox ob ON ob.kind = 'order.settle' AND ob.aggregate_id = CAST(o.id AS CHAR)
         LEFT JOIN sync_jobs j ON j.job_id = CONCAT('order:', o.id, ':paid')
        WHERE o.id IN (?)`,
      [ids],
    );
  } catch {
    return [];
  }
}

/** The database clocks against this process's: the figures subtract one from the other. */
export async function clockSkewMs(): Promise<{ dmh: number; external: number }> {
  const t0 = Date.now();
  const [a] = await rows<any>('SELECT UNIX_TIMESTAMP(NOW(3)) * 1000 AS now');
  const t1 = Date.now();
  const [b] = await externalRows<any>('SELECT UNIX_TIMESTAMP(NOW(3)) * 1000 AS now');
  const t2 = Date.now();
  return { dmh: Math.round(Number(a.now) - (t0 + t1) / 2), external: Math.round(Number(b.now) - (t1 + t2) / 2) };
}
