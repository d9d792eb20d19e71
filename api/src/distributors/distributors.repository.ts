import { isoTimeOrNull } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { type BrandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';
import type { ReferrerRow } from './distributor-placement';
import type { ApplicationsQuery, DistributorView, SubordinateNode } from './distributors.schemas';

const VIEW_SELECT = `SELECT d.id, d.user_id, u.username, u.real_name, d.brand_id, b.name AS brand_name, d.level, d.parent_id, pu.username AS parent_username,
       d.status, d.total_earnings, d.order_count, d.approved_at, d.rejected_at, d.reject_reason, d.created_at
  FROM distributors d JOIN users u ON u.id = d.user_id JOIN brands b ON b.id = d.brand_id
  LEFT JOIN distributors p ON p.id = d.parent_id LEFT JOIN users pu ON pu.id = p.user_id`;

/** SQL for distributor applications, records and trees (state changes themselves go through DistributorActor). */
export class DistributorsRepository {
  async brandStatus(brandId: string): Promise<string | null> {
    const [row] = await database().query('SELECT status FROM brands WHERE id = ?', [brandId]);
    return row ? String(row.status) : null;
  }

  async referrerById(id: string): Promise<ReferrerRow | null> {
    const [row] = await database().query('SELECT id, brand_id, level, status FROM distributors WHERE id = ?', [id]);
    return row ? referrer(row) : null;
  }

  async referrerByLinkCode(code: string): Promise<ReferrerRow | null> {
    const [row] = await database().query(
      'SELECT d.id, d.brand_id, d.level, d.status FROM distributor_links l JOIN distributors d ON d.id = l.distributor_id WHERE l.code = ?',
      [code],
    );
    return row ? referrer(row) : null;
  }

  /** A new pending application; the unique key (user_id, brand_id) refuses a second one. */
  async insertApplication(userId: string, brandId: string, level: number, parentId: string | null): Promise<string> {
    const result = await database().query(
      "INSERT INTO distributors (user_id, brand_id, level, parent_id, status) VALUES (?, ?, ?, ?, 'pending')",
      [userId, brandId, level, parentId],
    );
    return String(result.insertId);
  }

  async view(id: string): Promise<DistributorView | null> {
    const [row] = await database().query(`${VIEW_SELECT} WHERE d.id = ?`, [id]);
    return row ? toView(row) : null;
  }

  /** A distributor of a brand in the caller's scope: another brand's id is simply not found. */
  async findInScope(id: string, scope: BrandScope): Promise<{ id: string; userId: string; brandId: string; status: string } | null> {
    const scoped = brandScopeSql(scope, 'brand_id');
    const [row] = await database().query(`SELECT id, user_id, brand_id, status FROM distributors WHERE id = ? AND ${scoped.sql}`, [id, ...scoped.params]);
    return row ? { id: String(row.id), userId: String(row.user_id), brandId: String(row.brand_id), status: String(row.status) } : null;
  }

  async ofUserInBrand(userId: string, brandId: string): Promise<{ id: string; status: string } | null> {
    const [row] = await database().query('SELECT id, status FROM distributors WHERE user_id = ? AND brand_id = ?', [userId, brandId]);
    return row ? { id: String(row.id), status: String(row.status) } : null;
  }

  async listApplications(scope: BrandScope, query: ApplicationsQuery): Promise<{ items: DistributorView[]; total: number }> {
    const where = [brandScopeSql(scope, 'd.brand_id')];
    if (query.brandId) where.push({ sql: 'd.brand_id = ?', params: [query.brandId] });
    if (query.status) where.push({ sql: 'd.status = ?', params: [query.status] });
    const sql = where.map((w) => w.sql).join(' AND ');
    const params = where.flatMap((w) => w.params);
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM distributors d WHERE ${sql}`, params);
    const rows = await database().query(`${VIEW_SELECT} WHERE ${sql} ORDER BY d.id DESC LIMIT ? OFFSET ?`, [
      ...params, query.pageSize, (query.page - 1) * query.pageSize,
    ]);
    return { items: rows.map(toView), total: Number(count.n) };
  }

  async listOfUser(userId: string): Promise<DistributorView[]> {
    const rows = await database().query(`${VIEW_SELECT} WHERE d.user_id = ? ORDER BY d.id`, [userId]);
    return rows.map(toView);
  }

  /** The subordinates of a distributor two levels down (children, then their children), at most `limit` each step. */
  async subordinates(rootId: string, brandId: string, limit: number): Promise<SubordinateNode[]> {
    const select = `SELECT d.id, d.user_id, u.username, d.level, d.parent_id, d.status, d.total_earnings, d.order_count, d.created_at
                      FROM distributors d JOIN users u ON u.id = d.user_id WHERE d.brand_id = ? AND d.parent_id IN`;
    const children = await database().query(`${select} (?) ORDER BY d.id LIMIT ?`, [brandId, rootId, limit]);
    if (children.length === 0) return [];
    const ids = children.map((c: { id: string }) => String(c.id));
    const grandchildren = await database().query(`${select} (${ids.map(() => '?').join(', ')}) ORDER BY d.id LIMIT ?`, [brandId, ...ids, limit]);
    return [...children, ...grandchildren].map(toNode);
  }

  async node(id: string, brandId: string): Promise<SubordinateNode | null> {
    const [row] = await database().query(
      `SELECT d.id, d.user_id, u.username, d.level, d.parent_id, d.status, d.total_earnings, d.order_count, d.created_at
         FROM distributors d JOIN users u ON u.id = d.user_id WHERE d.id = ? AND d.brand_id = ?`,
      [id, brandId],
    );
    return row ? toNode(row) : null;
  }

  /**
   * What an approval brings besides the state change: the distributor role. Idempotent. (No balance row:
   * BalanceActor, its one writer, creates it with the first money it moves; until then it reads as zero.)
   */
  async grantDistributorAccess(em: EntityManager, userId: string): Promise<void> {
    await em.query("INSERT IGNORE INTO user_roles (user_id, role_id) SELECT ?, id FROM roles WHERE code = 'distributor'", [userId]);
  }

  /**
   * Whether a review of this distributor was already audited. Locks the audit chain head first, so two
   * concurrent replays of one decision cannot both find none.
   */
  async reviewAudited(em: EntityManager, action: string, distributorId: string): Promise<boolean> {
    await em.query('SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE');
    const rows = await em.query("SELECT 1 FROM audit_logs WHERE resource = 'distributor' AND resource_id = ? AND action = ? LIMIT 1", [
      distributorId, action,
    ]);
    return rows.length > 0;
  }
}

function referrer(row: Record<string, unknown>): ReferrerRow {
  return { id: String(row.id), brandId: String(row.brand_id), level: Number(row.level), status: String(row.status) };
}

function toView(row: Record<string, any>): DistributorView {
  return {
    id: String(row.id),
    userId: String(row.user_id),
    username: row.username,
    realName: row.real_name ?? null,
    brandId: String(row.brand_id),
    brandName: row.brand_name,
    level: Number(row.level),
    parentId: row.parent_id === null ? null : String(row.parent_id),
    parentUsername: row.parent_username ?? null,
    status: row.status,
    totalEarnings: String(row.total_earnings),
    orderCount: Number(row.order_count),
    approvedAt: isoTimeOrNull(row.approved_at),
    rejectedAt: isoTimeOrNull(row.rejected_at),
    rejectReason: row.reject_reason ?? null,
    createdAt: isoTimeOrNull(row.created_at) as string,
  };
}

function toNode(row: Record<string, any>): SubordinateNode {
  return {
    id: String(row.id),
    userId: String(row.user_id),
    username: row.username,
    level: Number(row.level),
    parentId: row.parent_id === null ? null : String(row.parent_id),
    status: row.status,
    totalEarnings: String(row.total_earnings),
    orderCount: Number(row.order_count),
    createdAt: isoTimeOrNull(row.created_at) as string,
  };
}
