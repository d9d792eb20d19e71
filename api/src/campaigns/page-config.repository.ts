import { type PageConfigStatus, isoTimeOrNull } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import { database } from '../common/database';
import { jsonOf } from './campaigns.repository';
import type { PageConfigBody } from './page-config.schemas';

export interface PageVersion {
  version: number;
  status: PageConfigStatus;
  config: PageConfigBody;
  publishedAt: string | null;
  createdBy: string | null;
  createdAt: string;
}

export type PageVersionSummary = Omit<PageVersion, 'config'>;

type Db = Pick<EntityManager, 'query'>;

const COLUMNS = 'version, status, config, published_at, created_by, created_at';

/**
 * SQL for page_configs: one row per saved version, never edited in place except for its status (draft →
 * published → archived). Callers hold the campaign's row lock while writing, so version numbers and the
 * single published version are serialised per campaign; uk_campaign_version backs the numbering.
 */
export class PageConfigRepository {
  async insertVersion(em: Db, campaignId: string, config: PageConfigBody, createdBy: string): Promise<number> {
    const [row] = await em.query('SELECT COALESCE(MAX(version), 0) + 1 AS next FROM page_configs WHERE campaign_id = ?', [campaignId]);
    const version = Number(row.next);
    await em.query("INSERT INTO page_configs (campaign_id, version, config, status, created_by) VALUES (?, ?, ?, 'draft', ?)", [
      campaignId, version, JSON.stringify(config), createdBy,
    ]);
    return version;
  }

  async find(db: Db, campaignId: string, version: number): Promise<PageVersion | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM page_configs WHERE campaign_id = ? AND version = ?`, [campaignId, version]);
    return row ? toVersion(row) : null;
  }

  async latest(db: Db, campaignId: string): Promise<PageVersion | null> {
    const [row] = await db.query(`SELECT ${COLUMNS} FROM page_configs WHERE campaign_id = ? ORDER BY version DESC LIMIT 1`, [campaignId]);
    return row ? toVersion(row) : null;
  }

  async published(db: Db, campaignId: string): Promise<PageVersion | null> {
    const [row] = await db.query(
      `SELECT ${COLUMNS} FROM page_configs WHERE campaign_id = ? AND status = 'published' ORDER BY version DESC LIMIT 1`,
      [campaignId],
    );
    return row ? toVersion(row) : null;
  }

  async versions(campaignId: string, limit = 100): Promise<PageVersionSummary[]> {
    const rows = await database().query(
      'SELECT version, status, published_at, created_by, created_at FROM page_configs WHERE campaign_id = ? ORDER BY version DESC LIMIT ?',
      [campaignId, limit],
    );
    return rows.map((row: Record<string, unknown>) => summaryOf(row));
  }

  /** `version` becomes the one published version; the one it replaces is archived. */
  async publish(em: Db, campaignId: string, version: number): Promise<void> {
    await em.query("UPDATE page_configs SET status = 'archived' WHERE campaign_id = ? AND status = 'published' AND version <> ?", [
      campaignId, version,
    ]);
    await em.query("UPDATE page_configs SET status = 'published', published_at = ? WHERE campaign_id = ? AND version = ?", [
      new Date(), campaignId, version,
    ]);
  }
}

function summaryOf(row: Record<string, any>): PageVersionSummary {
  return {
    version: Number(row.version),
    status: row.status,
    publishedAt: isoTimeOrNull(row.published_at),
    createdBy: row.created_by === null ? null : String(row.created_by),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function toVersion(row: Record<string, any>): PageVersion {
  return { ...summaryOf(row), config: jsonOf<PageConfigBody>(row.config) };
}
