import { database } from '../common/database';
import type { OutboxBacklog } from './ops.schemas';

/** The outbox as operators watch it: what is recorded and not yet delivered. */
export class OpsRepository {
  async outboxBacklog(): Promise<OutboxBacklog> {
    const rows: { kind: string; n: string; failing: string; age_us: string | null }[] = await database().query(
      `SELECT kind, COUNT(*) AS n, SUM(attempts > 0) AS failing, TIMESTAMPDIFF(MICROSECOND, MIN(created_at), NOW(3)) AS age_us
         FROM outbox WHERE status = 'pending' GROUP BY kind ORDER BY kind`,
    );
    return {
      pending: rows.reduce((sum, r) => sum + Number(r.n), 0),
      failing: rows.reduce((sum, r) => sum + Number(r.failing ?? 0), 0),
      oldestAgeSeconds: Math.max(0, ...rows.map((r) => Number(r.age_us ?? 0))) / 1e6,
      byKind: rows.map((r) => ({ kind: r.kind, pending: Number(r.n) })),
    };
  }
}
