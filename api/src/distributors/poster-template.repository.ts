import type { EntityManager } from 'typeorm';
import { database } from '../common/database';
import { logger } from '../common/logger';
import { type PosterTemplateSpec, posterTemplateSchema } from './poster-template.schemas';

export interface StoredTemplate {
  template: PosterTemplateSpec;
  updatedAt: Date;
}

/** SQL for brands' poster templates and the images a template may use. */
export class PosterTemplateRepository {
  /** The brand's template; a stored one that no longer passes the schema is treated as none (and logged). */
  async find(brandId: string, em?: EntityManager): Promise<StoredTemplate | null> {
    const [row] = await (em ?? database()).query('SELECT template, updated_at FROM poster_templates WHERE brand_id = ?', [brandId]);
    if (!row) return null;
    const parsed = posterTemplateSchema.safeParse(typeof row.template === 'string' ? JSON.parse(row.template) : row.template);
    if (!parsed.success) {
      logger.warn({ brandId, issues: parsed.error.issues }, 'stored poster template is invalid: the built-in layout is used');
      return null;
    }
    return { template: parsed.data, updatedAt: new Date(row.updated_at) };
  }

  async save(em: EntityManager, brandId: string, template: PosterTemplateSpec, userId: string): Promise<void> {
    await em.query(
      `INSERT INTO poster_templates (brand_id, template, updated_by) VALUES (?, ?, ?)
       ON DUPLICATE KEY UPDATE template = VALUES(template), updated_by = VALUES(updated_by)`,
      [brandId, JSON.stringify(template), userId],
    );
  }

  /** The brand's images (kinds image and poster): what a template's background may be. */
  async images(brandId: string): Promise<{ url: string; name: string }[]> {
    const rows = await database().query(
      "SELECT url, name FROM brand_assets WHERE brand_id = ? AND kind IN ('image', 'poster') ORDER BY id DESC LIMIT 100",
      [brandId],
    );
    return rows.map((r: { url: string; name: string }) => ({ url: r.url, name: r.name }));
  }
}
