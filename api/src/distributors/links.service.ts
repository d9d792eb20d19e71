import { createHash } from 'node:crypto';
import { isDuplicateKeyError } from '@dmh/shared';
import type { Principal } from '../common/principal';
import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import { redisClient } from '../common/redis';
import { config } from '../config';
import { DistributorsRepository } from './distributors.repository';
import type { LinksQuery, LinkView } from './distributors.schemas';
import { type LinkRow, LinksRepository } from './links.repository';
import { campaignImage } from './poster-image';
import { renderTemplatePoster } from './poster-template.renderer';
import { PosterTemplateRepository } from './poster-template.repository';
import { renderPoster } from './poster.renderer';
import { shortCode } from './short-code';

/** A visitor address counts once per link in this window: reloads and bots hammering a link add nothing. */
const CLICK_DEDUPE_SECONDS = 600;
const POSTER_CACHE_SECONDS = 24 * 3600;
const CODE_ATTEMPTS = 5;

/** Referral links: one per (distributor, campaign), a public short URL that counts clicks, and a poster. */
export class LinksService {
  constructor(
    private readonly links = new LinksRepository(),
    private readonly distributors = new DistributorsRepository(),
    private readonly templates = new PosterTemplateRepository(),
  ) {}

  /** The caller's link for a campaign of a brand it is an active distributor of; the same link every time. */
  async generate(principal: Principal, campaignId: string): Promise<LinkView & { created: boolean }> {
    const campaign = await this.links.campaign(campaignId);
    if (!campaign || campaign.status === 'draft') throw new AppError('CAMPAIGN_NOT_FOUND');
    const own = await this.distributors.ofUserInBrand(principal.userId, campaign.brandId);
    if (!own || own.status !== 'active') throw new AppError('DISTRIBUTOR_NOT_ACTIVE');
    const existing = await this.links.find(own.id, campaignId);
    if (existing) return { ...view(existing), created: false };
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      try {
        await this.links.insert(own.id, campaignId, shortCode());
        break;
      } catch (err) {
        if (isDuplicateKeyError(err, 'uk_distributor_campaign')) break; // a concurrent call made it
        if (!isDuplicateKeyError(err, 'uk_code')) throw err; // else: the code clashed, draw another
      }
    }
    const link = await this.links.find(own.id, campaignId);
    if (!link) throw new Error(`no free link code after ${CODE_ATTEMPTS} attempts`);
    return { ...view(link), created: true };
  }

  async list(principal: Principal, query: LinksQuery) {
    const { items, total } = await this.links.listOfUser(principal.userId, query);
    return { items: items.map(view), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Where a short link leads: the campaign's H5 page with the referrer. A click is counted by one atomic
   * increment, once per visitor address per 10 minutes; a link of a distributor who is no longer active
   * still opens the campaign, without a referrer and uncounted.
   */
  async follow(code: string, ip: string): Promise<string> {
    const link = await this.links.byCode(code);
    if (!link) throw new AppError('NOT_FOUND', 'no such link');
    const page = `${config().PUBLIC_BASE_URL.replace(/\/+$/, '')}/h5/campaigns/${link.campaignId}`;
    if (!link.distributorActive) return page;
    if (await this.firstClickOf(link.id, ip)) await this.links.countClick(link.id);
    return `${page}?ref=${link.distributorId}`;
  }

  /**
   * The poster PNG of a link (its owner, or an admin of its brand), cached per link, campaign version and
   * template version: laid out by the brand's template when it has one (background, avatar, nickname, QR
   * code), else the built-in campaign layout.
   */
  async poster(principal: Principal, linkId: string): Promise<Buffer> {
    const data = await this.links.posterData(linkId, principal);
    if (!data) throw new AppError('NOT_FOUND', 'link not found');
    const url = shareUrl(data.code);
    const stored = await this.templates.find(data.brandId);
    const fingerprint = createHash('sha256')
      .update(JSON.stringify([data.campaignName, data.price, data.coverImage, data.distributorName, data.brandName, url, stored?.template ?? null]))
      .digest('hex')
      .slice(0, 16);
    const key = `dmh:poster:${linkId}:${data.campaignUpdatedAt.getTime()}:${fingerprint}`;
    const cached = await redisClient().getBuffer(key).catch((err) => {
      logger.warn({ err }, 'poster cache unavailable: rendering');
      return null;
    });
    if (cached) return cached;
    const isAsset = (u: string) => this.links.isBrandAsset(data.brandId, u);
    const png = stored
      ? await renderTemplatePoster(stored.template, {
          nickname: data.distributorName, avatar: null, url, background: await campaignImage(stored.template.background.image, config().PUBLIC_BASE_URL, isAsset),
        })
      : await renderPoster({
          title: data.campaignName, brandName: data.brandName, price: data.price, distributorName: data.distributorName, url,
          image: await campaignImage(data.coverImage, config().PUBLIC_BASE_URL, isAsset),
        });
    await redisClient().set(key, png, 'EX', POSTER_CACHE_SECONDS).catch(() => undefined);
    return png;
  }

  /** True the first time this address follows this link in the window (or when Redis cannot tell). */
  private async firstClickOf(linkId: string, ip: string): Promise<boolean> {
    try {
      return (await redisClient().set(`dmh:link-click:${linkId}:${ip}`, '1', 'EX', CLICK_DEDUPE_SECONDS, 'NX')) === 'OK';
    } catch (err) {
      logger.warn({ err }, 'click de-duplication unavailable: counting the click');
      return true;
    }
  }
}

export function shareUrl(code: string): string {
  return `${config().PUBLIC_BASE_URL.replace(/\/+$/, '')}/api/v1/distributor/l/${code}`;
}

export function view(link: LinkRow): LinkView {
  return { ...link, url: shareUrl(link.code) };
}
