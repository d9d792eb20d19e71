import { database } from '../common/database';
import type { TreeNodeView, TreeQuery } from './distributor-admin.schemas';

/** The network is its distributors: applicants (pending, rejected) are in the application queue, not in a team. */
const IN_TEAM = "IN ('active', 'suspended')";

/**
 * A node with its counts: settled rewards, direct subordinates and everyone below (the tree is at most 3
 * levels deep, so children and grandchildren are the whole team), and its upline (parent, grandparent).
 */
const NODE_SELECT = `SELECT d.id, d.user_id, u.username, u.real_name, d.brand_id, d.level, d.parent_id, d.status, d.total_earnings,
       d.order_count, d.created_at, p.id AS p_id, pu.username AS p_username, g.id AS g_id, gu.username AS g_username,
       (SELECT COUNT(*) FROM distributor_rewards r WHERE r.distributor_id = d.id AND r.status = 'settled') AS reward_count,
       (SELECT COUNT(*) FROM distributors c WHERE c.parent_id = d.id AND c.status ${IN_TEAM}) AS child_count,
       (SELECT COUNT(*) FROM distributors c JOIN distributors gc ON gc.parent_id = c.id
         WHERE c.parent_id = d.id AND c.status ${IN_TEAM} AND gc.status ${IN_TEAM}) AS grandchild_count
  FROM distributors d JOIN users u ON u.id = d.user_id
  LEFT JOIN distributors p ON p.id = d.parent_id LEFT JOIN users pu ON pu.id = p.user_id
  LEFT JOIN distributors g ON g.id = p.parent_id LEFT JOIN users gu ON gu.id = g.user_id`;

/** SQL for a brand's distributor tree as admins browse it: one level (or one search) at a time, paginated. */
export class DistributorTreeRepository {
  async page(query: TreeQuery): Promise<{ items: TreeNodeView[]; total: number }> {
    const where = ['d.brand_id = ?', `d.status ${IN_TEAM}`];
    const params: unknown[] = [query.brandId];
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push('(u.username LIKE ? OR u.real_name LIKE ? OR d.id = ?)');
      params.push(like, like, /^\d+$/.test(query.q) ? query.q : '0');
    }
    if (query.parentId) {
      where.push('d.parent_id = ?');
      params.push(query.parentId);
    } else if (!query.q) {
      where.push('d.parent_id IS NULL');
    }
    const sql = where.join(' AND ');
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM distributors d JOIN users u ON u.id = d.user_id WHERE ${sql}`, params);
    const rows = await database().query(`${NODE_SELECT} WHERE ${sql} ORDER BY d.total_earnings DESC, d.id LIMIT ? OFFSET ?`, [
      ...params, query.pageSize, (query.page - 1) * query.pageSize,
    ]);
    return { items: rows.map(toTreeNode), total: Number(count.n) };
  }

  /** Whether a distributor of this brand exists (a parent to open). */
  async inBrand(id: string, brandId: string): Promise<boolean> {
    const rows = await database().query('SELECT 1 FROM distributors WHERE id = ? AND brand_id = ? LIMIT 1', [id, brandId]);
    return rows.length > 0;
  }
}

export function toTreeNode(row: Record<string, any>): TreeNodeView {
  const ancestors = [
    row.p_id === null ? null : { id: String(row.p_id), username: String(row.p_username) },
    row.g_id === null ? null : { id: String(row.g_id), username: String(row.g_username) },
  ].filter((a): a is { id: string; username: string } => a !== null);
  return {
    id: String(row.id),
    userId: String(row.user_id),
    username: row.username,
    realName: row.real_name ?? null,
    brandId: String(row.brand_id),
    level: Number(row.level),
    parentId: row.parent_id === null ? null : String(row.parent_id),
    status: row.status,
    totalEarnings: String(row.total_earnings),
    orderCount: Number(row.order_count),
    rewardCount: Number(row.reward_count),
    childCount: Number(row.child_count),
    teamSize: Number(row.child_count) + Number(row.grandchild_count),
    ancestors,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
