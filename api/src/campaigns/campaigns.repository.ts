import type { CampaignStatus, FormField, RewardLevelRule } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { type BrandScope, brandScopeSql } from '../brands/brand-scope';
import { database } from '../common/database';
import type { ListCampaignsQuery } from './campaigns.schemas';

/** A campaign row as the module works with it (times as ISO strings, JSON parsed). */
export interface CampaignRecord {
  id: string;
  brandId: string;
  name: string;
  description: string | null;
  coverImage: string | null;
  price: string;
  quota: number | null;
  startTime: string;
  endTime: string;
  status: CampaignStatus;
  formFields: FormField[];
  rewardLevels: RewardLevelRule[];
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The columns an admin writes (create and update). */
export interface CampaignWrite {
  name: string;
  description: string | null;
  coverImage: string | null;
  price: string;
  quota: number | null;
  startTime: string;
  endTime: string;
  formFields: FormField[];
  rewardLevels: RewardLevelRule[];
}

type Db = Pick<EntityManager, 'query'>;

const COLUMNS =
  'c.id, c.brand_id, c.name, c.description, c.cover_image, c.price, c.quota, c.start_time, c.end_time, c.status, ' +
  'c.form_fields, c.reward_levels, c.created_by, c.created_at, c.updated_at';

/** SQL for campaigns. Every admin read filters by brand scope in the WHERE clause: another brand's row is simply absent. */
export class CampaignsRepository {
  async insert(em: Db, brandId: string, write: CampaignWrite, createdBy: string): Promise<string> {
    const result = await em.query(
      `INSERT INTO campaigns (brand_id, name, description, cover_image, price, quota, start_time, end_time, status, form_fields, reward_rule, reward_levels, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)`,
      [brandId, ...writeParams(write), createdBy],
    );
    return String(result.insertId);
  }

  async update(em: Db, id: string, write: CampaignWrite): Promise<void> {
    await em.query(
      `UPDATE campaigns SET name = ?, description = ?, cover_image = ?, price = ?, quota = ?, start_time = ?, end_time = ?,
              form_fields = ?, reward_rule = ?, reward_levels = ? WHERE id = ? AND deleted_at IS NULL`,
      [...writeParams(write), id],
    );
  }

  async setStatus(em: Db, id: string, status: CampaignStatus): Promise<void> {
    await em.query('UPDATE campaigns SET status = ? WHERE id = ? AND deleted_at IS NULL', [status, id]);
  }

  async softDelete(em: Db, id: string): Promise<Date> {
    const deletedAt = new Date();
    await em.query('UPDATE campaigns SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL', [deletedAt, id]);
    return deletedAt;
  }

  /** A live campaign within the caller's brands; `forUpdate` locks the row for the rest of the transaction. */
  async findScoped(db: Db, id: string, scope: BrandScope, forUpdate = false): Promise<CampaignRecord | null> {
    const where = brandScopeSql(scope, 'c.brand_id');
    const [row] = await db.query(
      `SELECT ${COLUMNS} FROM campaigns c WHERE c.id = ? AND c.deleted_at IS NULL AND ${where.sql}${forUpdate ? ' FOR UPDATE' : ''}`,
      [id, ...where.params],
    );
    return row ? toRecord(row) : null;
  }

  /** A live campaign whatever its brand (the public view and the sign-up cache decide what to show). */
  async findLive(id: string): Promise<CampaignRecord | null> {
    const [row] = await database().query(`SELECT ${COLUMNS} FROM campaigns c WHERE c.id = ? AND c.deleted_at IS NULL`, [id]);
    return row ? toRecord(row) : null;
  }

  /** An active brand the caller administers (same answer for another brand and for no brand at all). */
  async brandInScope(brandId: string, scope: BrandScope): Promise<boolean> {
    const where = brandScopeSql(scope, 'b.id');
    const rows = await database().query(`SELECT 1 FROM brands b WHERE b.id = ? AND b.status = 'active' AND ${where.sql}`, [brandId, ...where.params]);
    return rows.length > 0;
  }

  async list(query: ListCampaignsQuery, scope: BrandScope): Promise<{ items: CampaignRecord[]; total: number }> {
    const where = brandScopeSql(scope, 'c.brand_id');
    const conditions = ['c.deleted_at IS NULL', where.sql];
    const params: unknown[] = [...where.params];
    const add = (sql: string, value: unknown) => {
      conditions.push(sql);
      params.push(value);
    };
    if (query.brandId) add('c.brand_id = ?', query.brandId);
    if (query.status) add('c.status = ?', query.status);
    if (query.keyword) add("c.name LIKE CONCAT('%', ?, '%')", query.keyword.replace(/[\\%_]/g, (c) => `\\${c}`));
    if (query.startsAfter) add('c.start_time >= ?', new Date(query.startsAfter));
    if (query.startsBefore) add('c.start_time < ?', new Date(query.startsBefore));
    if (query.endsAfter) add('c.end_time >= ?', new Date(query.endsAfter));
    if (query.endsBefore) add('c.end_time < ?', new Date(query.endsBefore));
    const whereSql = conditions.join(' AND ');
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM campaigns c WHERE ${whereSql}`, params);
    const rows = await database().query(`SELECT ${COLUMNS} FROM campaigns c WHERE ${whereSql} ORDER BY c.id DESC LIMIT ? OFFSET ?`, [
      ...params,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    ]);
    return { items: rows.map(toRecord), total: Number(count.n) };
  }

  /** Seats taken (pending or paid live orders) per campaign. */
  async seatsTaken(db: Db, ids: string[]): Promise<Map<string, number>> {
    const seats = new Map<string, number>(ids.map((id) => [id, 0]));
    if (ids.length === 0) return seats;
    const rows: { campaign_id: string; n: string }[] = await db.query(
      `SELECT campaign_id, COUNT(*) AS n FROM orders
        WHERE campaign_id IN (${ids.map(() => '?').join(', ')}) AND deleted_at IS NULL AND status IN ('pending', 'paid')
        GROUP BY campaign_id`,
      ids,
    );
    for (const row of rows) seats.set(String(row.campaign_id), Number(row.n));
    return seats;
  }

  async hasPaidOrders(db: Db, id: string): Promise<boolean> {
    const rows = await db.query("SELECT 1 FROM orders WHERE campaign_id = ? AND pay_status = 'paid' AND deleted_at IS NULL LIMIT 1", [id]);
    return rows.length > 0;
  }

  /** Adds flushed views; `updated_at` is kept, a view is not an edit. */
  /** Adds views to the campaign's total and to this hour's count (the dashboard's visits), in one transaction. */
  async addViews(id: string, views: number, now = new Date()): Promise<void> {
    const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
    await database().transaction(async (manager) => {
      await manager.query('UPDATE campaigns SET view_count = view_count + ?, updated_at = updated_at WHERE id = ?', [views, id]);
      await manager.query(
        `INSERT INTO campaign_view_hours (campaign_id, brand_id, hour, views)
         SELECT id, brand_id, ?, ? FROM campaigns WHERE id = ?
         ON DUPLICATE KEY UPDATE views = views + VALUES(views)`,
        [hour, views, id],
      );
    });
  }

  async viewCount(id: string): Promise<number> {
    const [row] = await database().query('SELECT view_count FROM campaigns WHERE id = ?', [id]);
    return Number(row?.view_count ?? 0);
  }
}

function writeParams(write: CampaignWrite): unknown[] {
  const level1 = write.rewardLevels.find((r) => r.level === 1 && r.mode === 'fixed');
  return [
    write.name, write.description, write.coverImage, write.price, write.quota, new Date(write.startTime), new Date(write.endTime),
    JSON.stringify(write.formFields), level1?.amount ?? '0.00', JSON.stringify(write.rewardLevels),
  ];
}

export function jsonOf<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

function toRecord(row: Record<string, any>): CampaignRecord {
  return {
    id: String(row.id),
    brandId: String(row.brand_id),
    name: row.name,
    description: row.description ?? null,
    coverImage: row.cover_image ?? null,
    price: String(row.price),
    quota: row.quota === null ? null : Number(row.quota),
    startTime: new Date(row.start_time).toISOString(),
    endTime: new Date(row.end_time).toISOString(),
    status: row.status,
    formFields: jsonOf<FormField[]>(row.form_fields) ?? [],
    rewardLevels: jsonOf<RewardLevelRule[]>(row.reward_levels) ?? [],
    createdBy: row.created_by === null ? null : String(row.created_by),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
