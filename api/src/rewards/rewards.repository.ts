import { database } from '../common/database';

export interface RewardRow {
  id: string;
  orderId: string;
  campaignId: string;
  distributorId: string;
  level: number;
  amount: string;
  status: string;
  settledAt: string | null;
  createdAt: string;
}

export class RewardsRepository {
  async balance(userId: string) {
    const [row] = await database().query(
      'SELECT balance, frozen, total_reward, total_withdrawn, debt, updated_at FROM user_balances WHERE user_id = ?',
      [userId],
    );
    return {
      userId,
      balance: row?.balance ?? '0.00',
      frozen: row?.frozen ?? '0.00',
      totalReward: row?.total_reward ?? '0.00',
      totalWithdrawn: row?.total_withdrawn ?? '0.00',
      debt: row?.debt ?? '0.00',
    };
  }

  async list(userId: string, page: number, pageSize: number): Promise<{ items: RewardRow[]; total: number }> {
    const [count] = await database().query('SELECT COUNT(*) AS n FROM rewards WHERE user_id = ?', [userId]);
    const rows = await database().query(
      `SELECT id, order_id, campaign_id, distributor_id, level, amount, status, settled_at, created_at
         FROM rewards WHERE user_id = ? ORDER BY id DESC LIMIT ? OFFSET ?`,
      [userId, pageSize, (page - 1) * pageSize],
    );
    return {
      total: Number(count.n),
      items: rows.map((r: Record<string, unknown>) => ({
        id: String(r.id),
        orderId: String(r.order_id),
        campaignId: String(r.campaign_id),
        distributorId: String(r.distributor_id),
        level: Number(r.level),
        amount: String(r.amount),
        status: String(r.status),
        settledAt: r.settled_at ? new Date(r.settled_at as string).toISOString() : null,
        createdAt: new Date(r.created_at as string).toISOString(),
      })),
    };
  }
}
