import type { Principal } from '../common/principal';
import { type AuditActor, recordAudit } from '../audit/audit.service';
import { administersBrand } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { database } from '../common/database';
import { config } from '../config';
import { LinksRepository } from './links.repository';
import { DistributorsRepository } from './distributors.repository';
import { campaignImage } from './poster-image';
import { renderTemplatePoster } from './poster-template.renderer';
import { DEFAULT_POSTER_TEMPLATE, type PosterTemplateSpec } from './poster-template.schemas';
import { PosterTemplateRepository } from './poster-template.repository';

type Actor = AuditActor & { principal: Principal };

/** What a preview shows in place of a distributor. */
const SAMPLE_NICKNAME = '示例分销商';

/** Brands' poster templates: read, saved (audited) and previewed by the admins of the brand. */
export class PosterTemplateService {
  constructor(
    private readonly templates = new PosterTemplateRepository(),
    private readonly links = new LinksRepository(),
    private readonly distributors = new DistributorsRepository(),
  ) {}

  async get(principal: Principal, brandId: string) {
    await this.mustAdminister(principal, brandId, 'distributor:read');
    const stored = await this.templates.find(brandId);
    return {
      brandId,
      template: stored?.template ?? DEFAULT_POSTER_TEMPLATE,
      custom: stored !== null,
      updatedAt: stored ? stored.updatedAt.toISOString() : null,
      images: await this.templates.images(brandId),
    };
  }

  async save(actor: Actor, brandId: string, template: PosterTemplateSpec) {
    await this.mustAdminister(actor.principal, brandId, 'distributor:manage');
    await this.mustBeBrandImage(brandId, template.background.image);
    await database().transaction(async (em) => {
      const before = await this.templates.find(brandId, em);
      await this.templates.save(em, brandId, template, actor.principal.userId);
      await recordAudit(em, actor, {
        action: 'poster_template.update', resource: 'poster_template', resourceId: brandId, brandId, before: before?.template ?? null, after: template,
      });
    });
    return this.get(actor.principal, brandId);
  }

  /** The poster this template gives, with a sample nickname and the brand's H5 address in the QR code. */
  async preview(principal: Principal, brandId: string, template: PosterTemplateSpec): Promise<Buffer> {
    await this.mustAdminister(principal, brandId, 'distributor:read');
    await this.mustBeBrandImage(brandId, template.background.image);
    const base = config().PUBLIC_BASE_URL.replace(/\/+$/, '');
    const background = await campaignImage(template.background.image, base, (u) => this.links.isBrandAsset(brandId, u));
    return renderTemplatePoster(template, { nickname: SAMPLE_NICKNAME, avatar: null, url: `${base}/h5/`, background });
  }

  /** The brand exists and the caller administers it; else, alike, not found (a platform admin administers every brand, not absent ones). */
  private async mustAdminister(principal: Principal, brandId: string, permission: string): Promise<void> {
    if (!administersBrand(principal, brandId, permission) || (await this.distributors.brandStatus(brandId)) === null) {
      throw new AppError('NOT_FOUND', 'brand not found');
    }
  }

  private async mustBeBrandImage(brandId: string, url: string | null): Promise<void> {
    if (url !== null && !(await this.links.isBrandAsset(brandId, url))) {
      throw AppError.unknownReference({ field: 'body.background.image', what: 'image of this brand' });
    }
  }
}
