import type { Principal } from '../common/principal';
import { withAudit } from '../audit/audit.service';
import { brandScope } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { database } from '../common/database';
import { config } from '../config';
import { logger } from '../common/logger';
import { cachedCampaignPart, invalidateCampaign } from './campaign-cache';
import { CampaignsRepository } from './campaigns.repository';
import type { AdminActor, CampaignsService } from './campaigns.service';
import { PageConfigRepository, type PageVersion } from './page-config.repository';
import type { PageConfigBody } from './page-config.schemas';
import { checkPreview, previewUrl, signPreview } from './page-preview';
import { sanitizePageConfig } from './rich-text';

/**
 * The page designer's versions: each save is a new draft version, one version at a time is published and
 * served to consumers (cached with the campaign, invalidated when another version is published).
 */
export class PageConfigService {
  constructor(
    private readonly campaignsService: CampaignsService,
    private readonly pages = new PageConfigRepository(),
    private readonly campaigns = new CampaignsRepository(),
  ) {}

  async adminView(id: string, principal: Principal) {
    const campaign = await this.campaigns.findScoped(database(), id, brandScope(principal));
    if (!campaign) throw new AppError('NOT_FOUND', 'campaign not found');
    const [draft, published, versions] = await Promise.all([
      this.pages.latest(database(), id),
      this.pages.published(database(), id),
      this.pages.versions(id),
    ]);
    return { campaignId: id, draft, published, versions };
  }

  /** One saved version with its design (to look at or restore in the designer). */
  async version(id: string, version: number, principal: Principal): Promise<PageVersion> {
    await this.scoped(id, principal);
    const found = await this.pages.find(database(), id, version);
    if (!found) throw new AppError('NOT_FOUND', `the campaign has no page version ${version}`);
    return found;
  }

  /** A signed, expiring link to the latest saved design in the consumer app, for the designer's QR code. */
  async previewLink(id: string, principal: Principal) {
    await this.scoped(id, principal);
    const { token, expiresAt } = signPreview(config().JWT_SECRET, id, config().PAGE_PREVIEW_TTL_SECONDS);
    return { url: previewUrl(config().H5_PUBLIC_URL, id, token), token, expiresAt: expiresAt.toISOString() };
  }

  async save(id: string, body: PageConfigBody, actor: AdminActor): Promise<PageVersion> {
    const { config, problems } = sanitizePageConfig(body);
    if (problems.length > 0) throw AppError.validation(problems);
    return withAudit(actor, async (em) => {
      const campaign = await this.campaigns.findScoped(em, id, brandScope(actor.principal), true);
      if (!campaign) throw new AppError('NOT_FOUND', 'campaign not found');
      const version = await this.pages.insertVersion(em, id, config, actor.principal.userId);
      const saved = (await this.pages.find(em, id, version)) as PageVersion;
      return {
        result: saved,
        audit: { action: 'campaign.page_config.save', resource: 'campaign', resourceId: id, brandId: campaign.brandId, after: { version, config } },
      };
    });
  }

  async publish(id: string, version: number, actor: AdminActor): Promise<PageVersion> {
    const published = await withAudit(actor, async (em) => {
      const campaign = await this.campaigns.findScoped(em, id, brandScope(actor.principal), true);
      if (!campaign) throw new AppError('NOT_FOUND', 'campaign not found');
      if (!(await this.pages.find(em, id, version))) throw new AppError('NOT_FOUND', `the campaign has no page version ${version}`);
      const current = await this.pages.published(em, id);
      if (current?.version !== version) await this.pages.publish(em, id, version);
      return {
        result: (await this.pages.find(em, id, version)) as PageVersion,
        audit: {
          action: 'campaign.page_config.publish', resource: 'campaign', resourceId: id, brandId: campaign.brandId,
          before: { publishedVersion: current?.version ?? null }, after: { publishedVersion: version },
        },
      };
    });
    await invalidateCampaign(id).catch((err) => logger.error({ err, campaignId: id }, 'campaign cache not invalidated'));
    return published;
  }

  /**
   * The published page of a published campaign, for consumers (counted as a view); else 404. With a valid
   * preview token, the latest saved version of the campaign in whatever status (not counted as a view).
   */
  async publicPage(id: string, visitor: string, previewToken?: string) {
    if (previewToken !== undefined) return this.previewPage(id, previewToken);
    const campaign = await this.campaignsService.publishedCampaign(id);
    const page = await cachedCampaignPart(id, 'page', () => this.pages.published(database(), id));
    if (!page?.publishedAt) throw new AppError('NOT_FOUND', 'the campaign has no published page');
    await this.campaignsService.views.count(id, visitor);
    return { campaign: await this.campaignsService.publicView(campaign), version: page.version, publishedAt: page.publishedAt, preview: false, config: page.config };
  }

  private async previewPage(id: string, token: string) {
    const check = checkPreview(config().JWT_SECRET, id, token);
    if (check !== 'ok') throw new AppError('PAGE_PREVIEW_INVALID', check === 'expired' ? 'the preview link has expired' : 'the preview link is invalid');
    const campaign = await this.campaigns.findScoped(database(), id, { all: true });
    if (!campaign) throw new AppError('NOT_FOUND', 'campaign not found');
    const page = await this.pages.latest(database(), id);
    if (!page) throw new AppError('NOT_FOUND', 'the campaign has no saved page yet');
    return { campaign: { ...(await this.campaignsService.publicView(campaign)), status: campaign.status }, version: page.version, publishedAt: page.publishedAt, preview: true, config: page.config };
  }

  private async scoped(id: string, principal: Principal) {
    const campaign = await this.campaigns.findScoped(database(), id, brandScope(principal));
    if (!campaign) throw new AppError('NOT_FOUND', 'campaign not found');
    return campaign;
  }
}
