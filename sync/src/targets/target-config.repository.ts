import type { Pool, RowDataPacket } from 'mysql2/promise';
import { type StoredTargetConfig, storedTargetConfigSchema } from '@dmh/shared';

/** Reads brands' sync targets (sync_targets, written by the API's admin endpoints). */
export class TargetConfigRepository {
  constructor(private readonly pool: Pool) {}

  /** The brand's saved target, validated again (null when the brand has none). */
  async find(brandId: string): Promise<StoredTargetConfig | null> {
    const [rows] = await this.pool.query<RowDataPacket[]>(
      `SELECT brand_id, kind, host, port, database_name, username, password_enc, options, mapping, enabled, version
         FROM sync_targets WHERE brand_id = ?`,
      [brandId],
    );
    const r = rows[0];
    if (!r) return null;
    const parsed = storedTargetConfigSchema.safeParse({
      brandId: String(r.brand_id), kind: r.kind, host: r.host, port: Number(r.port), database: r.database_name, username: r.username,
      passwordEnc: r.password_enc, options: json(r.options), mapping: json(r.mapping), enabled: Boolean(r.enabled), version: Number(r.version),
    });
    if (!parsed.success) {
      const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`the sync target of brand ${brandId} is invalid (${where}); save it again`);
    }
    return parsed.data;
  }

  /** Brands that have a target of their own. */
  async brandIds(): Promise<string[]> {
    const [rows] = await this.pool.query<RowDataPacket[]>('SELECT brand_id FROM sync_targets ORDER BY brand_id');
    return rows.map((r) => String(r.brand_id));
  }
}

function json(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
