import type { Principal } from '../common/principal';
import { brandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';
import type { LinksQuery } from './distributors.schemas';

export interface LinkRow {
  id: string;
  distributorId: string;
  brandId: string;
  campaignId: string;
  campaignName: string;
  code: string;
  clicks: number;
  orders: number;
  paidOrders: number;
  createdAt: string;
}

export interface PosterData {
  linkId: string;
  code: string;
  brandId: string;
  brandName: string;
  campaignId: string;
  campaignName: string;
  price: string;
  coverImage: string | null;
  campaignUpdatedAt: Date;
  distributorName: string;
}

/** A link's orders are the live orders whose referrer is its distributor in its campaign. */
const LINK_SELECT = `SELECT l.id, l.distributor_id, d.brand_id, l.campaign_id, c.name AS campaign_name, l.code, l.clicks, l.created_at,
       (SELECT COUNT(*) FROM orders o WHERE o.referrer_id = l.distributor_id AND o.campaign_id = l.campaign_id AND o.deleted_at IS NULL) AS orders,
       (SELECT COUNT(*) FROM orders o WHERE o.referrer_id = l.distributor_id AND o.campaign_id = l.campaign_id AND o.deleted_at IS NULL
           AND o.pay_status = 'paid') AS paid_orders
  FROM distributor_links l JOIN distributors d ON d.id = l.distributor_id JOIN campaigns c ON c.id = l.campaign_id`;

/** SQL for referral links: creation, lookup by code, click counting, listing and poster data. */
export class LinksRepository {
  async campaign(id: string): Promise<{ id: string; brandId: string; status: string } | null> {
    const [row] = await database().query('SELECT id, brand_id, status FROM campaigns WHERE id = ? AND deleted_at IS NULL', [id]);
    return row ? { id: String(row.id), brandId: String(row.brand_id), status: String(row.status) } : null;
  }

  async find(distributorId: string, campaignId: string): Promise<LinkRow | null> {
    const [row] = await database().query(`${LINK_SELECT} WHERE l.distributor_id = ? AND l.campaign_id = ?`, [distributorId, campaignId]);
    return row ? toRow(row) : null;
  }

  /** Inserts a link; the unique keys refuse a second link per (distributor, campaign) and a clashing code. */
  async insert(distributorId: string, campaignId: string, code: string): Promise<void> {
    await database().query('INSERT INTO distributor_links (distributor_id, campaign_id, code) VALUES (?, ?, ?)', [distributorId, campaignId, code]);
  }

  async byCode(code: string): Promise<{ id: string; campaignId: string; distributorId: string; distributorActive: boolean } | null> {
    const [row] = await database().query(
      `SELECT l.id, l.campaign_id, l.distributor_id, d.status FROM distributor_links l
         JOIN distributors d ON d.id = l.distributor_id JOIN campaigns c ON c.id = l.campaign_id AND c.deleted_at IS NULL
        WHERE l.code = ?`,
      [code],
    );
    return row ? { id: String(row.id), campaignId: String(row.campaign_id), distributorId: String(row.distributor_id), distributorActive: row.status === 'active' } : null;
  }

  /** One click, as one atomic increment of the row (no read-modify-write). */
  async countClick(linkId: string): Promise<void> {
    await database().query('UPDATE distributor_links SET clicks = clicks + 1 WHERE id = ?', [linkId]);
  }

  async listOfUser(userId: string, query: LinksQuery): Promise<{ items: LinkRow[]; total: number }> {
    const where = ['d.user_id = ?', 'c.deleted_at IS NULL'];
    const params: string[] = [userId];
    if (query.brandId) {
      where.push('d.brand_id = ?');
      params.push(query.brandId);
    }
    if (query.campaignId) {
      where.push('l.campaign_id = ?');
      params.push(query.campaignId);
    }
    const sql = where.join(' AND ');
    const [count] = await database().query(
      `SELECT COUNT(*) AS n FROM distributor_links l JOIN distributors d ON d.id = l.distributor_id JOIN campaigns c ON c.id = l.campaign_id WHERE ${sql}`,
      params,
    );
    const rows = await database().query(`${LINK_SELECT} WHERE ${sql} ORDER BY l.id DESC LIMIT ? OFFSET ?`, [
      ...params, query.pageSize, (query.page - 1) * query.pageSize,
    ]);
    return { items: rows.map(toRow), total: Number(count.n) };
  }

  /** One distributor's links (for admins of its brand: the caller checks the scope), most clicked first. */
  async listOfDistributor(distributorId: string, query: { campaignId?: string; page: number; pageSize: number }): Promise<{ items: LinkRow[]; total: number }> {
    const where = ['l.distributor_id = ?', 'c.deleted_at IS NULL', ...(query.campaignId ? ['l.campaign_id = ?'] : [])];
    const params = [distributorId, ...(query.campaignId ? [query.campaignId] : [])];
    const sql = where.join(' AND ');
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM distributor_links l JOIN campaigns c ON c.id = l.campaign_id WHERE ${sql}`, params);
    const rows = await database().query(`${LINK_SELECT} WHERE ${sql} ORDER BY l.clicks DESC, l.id DESC LIMIT ? OFFSET ?`, [
      ...params, query.pageSize, (query.page - 1) * query.pageSize,
    ]);
    return { items: rows.map(toRow), total: Number(count.n) };
  }

  /** What a poster shows, for the link's owner or an admin of its brand (`distributor:read`); else null. */
  async posterData(linkId: string, principal: Principal): Promise<PosterData | null> {
    const admin = principal.permissions.includes('distributor:read') ? brandScopeSql(brandScope(principal), 'd.brand_id') : { sql: '1 = 0', params: [] };
    const [row] = await database().query(
      `SELECT l.id, l.code, d.brand_id, b.name AS brand_name, c.id AS campaign_id, c.name AS campaign_name, c.price, c.cover_image,
              c.updated_at AS campaign_updated_at, COALESCE(NULLIF(u.real_name, ''), u.username) AS distributor_name
         FROM distributor_links l JOIN distributors d ON d.id = l.distributor_id JOIN users u ON u.id = d.user_id
         JOIN campaigns c ON c.id = l.campaign_id AND c.deleted_at IS NULL JOIN brands b ON b.id = d.brand_id
        WHERE l.id = ? AND (d.user_id = ? OR ${admin.sql})`,
      [linkId, principal.userId, ...admin.params],
    );
    if (!row) return null;
    return {
      linkId: String(row.id), code: row.code, brandId: String(row.brand_id), brandName: row.brand_name, campaignId: String(row.campaign_id),
      campaignName: row.campaign_name, price: String(row.price), coverImage: row.cover_image ?? null,
      campaignUpdatedAt: new Date(row.campaign_updated_at), distributorName: row.distributor_name,
    };
  }

  /** Whether `url` is in the brand's asset library (the only images a poster may use). */
  async isBrandAsset(brandId: string, url: string): Promise<boolean> {
    const rows = await database().query('SELECT 1 FROM brand_assets WHERE brand_id = ? AND url = ? LIMIT 1', [brandId, url]);
    return rows.length > 0;
  }
}

function toRow(row: Record<string, any>): LinkRow {
  return {
    id: String(row.id),
    distributorId: String(row.distributor_id),
    brandId: String(row.brand_id),
    campaignId: String(row.campaign_id),
    campaignName: row.campaign_name,
    code: row.code,
    clicks: Number(row.clicks),
    orders: Number(row.orders),
    paidOrders: Number(row.paid_orders),
    createdAt: new Date(row.created_at).toISOString(),
  };
}
