import { DistributorStats, ReviewResult } from '@dmh/shared';
import { database } from '../runtime/database';

/** SQL for a distributor's lifecycle columns (review state); its earnings are only read here. */
export class DistributorRepository {
  async stats(distributorId: string): Promise<DistributorStats> {
    const [row] = await database().query(
      `SELECT d.total_earnings, d.order_count, (SELECT COUNT(*) FROM distributor_rewards r WHERE r.distributor_id = d.id AND r.status = 'settled') AS reward_count
         FROM distributors d WHERE d.id = ?`,
      [distributorId],
    );
    return {
      distributorId,
      totalEarnings: row?.total_earnings ?? '0.00',
      orderCount: Number(row?.order_count ?? 0),
      rewardCount: Number(row?.reward_count ?? 0),
    };
  }

  /**
   * pending → `to`, once: the state guard in the UPDATE makes a replay (or a race with another decision)
   * change nothing; what the row holds afterwards says which it was.
   */
  async review(distributorId: string, to: 'active' | 'rejected', reviewerId: string, reason: string | null): Promise<ReviewResult> {
    const db = database();
    const result =
      to === 'active'
        ? await db.query(
            "UPDATE distributors SET status = 'active', approved_by = ?, approved_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND status = 'pending'",
            [reviewerId, distributorId],
          )
        : await db.query(
            "UPDATE distributors SET status = 'rejected', rejected_by = ?, rejected_at = CURRENT_TIMESTAMP(3), reject_reason = ? WHERE id = ? AND status = 'pending'",
            [reviewerId, reason, distributorId],
          );
    if (result.affectedRows === 1) return { ok: true, applied: true, status: to };
    const [row] = await db.query('SELECT status FROM distributors WHERE id = ?', [distributorId]);
    if (!row) return { ok: false, reason: 'not_found', status: null };
    if (row.status === to) return { ok: true, applied: false, status: to };
    return { ok: false, reason: 'not_pending', status: String(row.status) };
  }
}
