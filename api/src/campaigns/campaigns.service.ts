import { CAMPAIGN_ACTOR_TYPE, CampaignActorContract, CampaignStatus } from '@dmh/shared';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../common/principal';
import { type AuditActor, withAudit } from '../audit/audit.service';
import { brandScope } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { database } from '../common/database';
import { logger } from '../common/logger';
import { actorRef } from '../dapr/actor-invoker';
import { cachedCampaign, invalidateCampaign } from './campaign-cache';
import { type AdminCampaign, adminViewOf, type CampaignSummary, type PublicCampaign, publicViewOf, summaryOf } from './campaign-presenters';
import { campaignProblems } from './campaign-rules';
import { CampaignStatsRepository } from './campaign-stats.repository';
import { CampaignRecord, CampaignsRepository, CampaignWrite } from './campaigns.repository';
import type { CreateCampaignBody, ListCampaignsQuery, UpdateCampaignBody } from './campaigns.schemas';
import { ViewCounter } from './view-counter';

/** The admin making a change, as the audit log records them. */
export type AdminActor = AuditActor & { principal: Principal };

/**
 * Campaigns: brand admins manage their brands' campaigns, platform admins all. Every read of an admin
 * endpoint filters by brand scope in SQL; every write locks the row, validates the resulting campaign as
 * a whole and is audited in its transaction; after the commit the cache is invalidated and CampaignActor
 * refreshed, so consumers see the change on their next request.
 */
export class CampaignsService {
  constructor(
    private readonly campaigns = new CampaignsRepository(),
    private readonly statsRepository = new CampaignStatsRepository(),
    readonly views = new ViewCounter(),
  ) {}

  async create(body: CreateCampaignBody, actor: AdminActor): Promise<AdminCampaign> {
    const scope = brandScope(actor.principal);
    if (!(await this.campaigns.brandInScope(body.brandId, scope))) {
      throw AppError.unknownReference({ field: 'body.brandId', what: 'brand (an active brand you administer)' });
    }
    const { brandId, ...fields } = body;
    const write: CampaignWrite = { description: null, coverImage: null, quota: null, ...fields };
    this.check(write, { seatsTaken: 0, creating: true, sent: new Set(Object.keys(body)) });
    const created = await withAudit(actor, async (em) => {
      const id = await this.campaigns.insert(em, brandId, write, actor.principal.userId);
      const after = (await this.campaigns.findScoped(em, id, scope)) as CampaignRecord;
      return { result: after, audit: { action: 'campaign.create', resource: 'campaign', resourceId: id, brandId, after } };
    });
    return adminViewOf(created, 0);
  }

  async list(query: ListCampaignsQuery, principal: Principal): Promise<{ items: CampaignSummary[]; total: number }> {
    const { items, total } = await this.campaigns.list(query, brandScope(principal));
    const seats = await this.campaigns.seatsTaken(database(), items.map((c) => c.id));
    return { items: items.map((c) => summaryOf(c, seats.get(c.id) ?? 0)), total };
  }

  /**
   * The admin view for a caller who may read campaigns of this brand; for anyone else the public view of
   * a published campaign (counted as a view), or 404: a draft of another brand looks like no campaign.
   */
  async detail(id: string, principal: Principal | null, visitor: string): Promise<AdminCampaign | PublicCampaign> {
    if (principal?.permissions.includes('campaign:read')) {
      const own = await this.campaigns.findScoped(database(), id, brandScope(principal));
      if (own) return adminViewOf(own, (await this.campaigns.seatsTaken(database(), [id])).get(id) ?? 0);
    }
    const campaign = await this.publishedCampaign(id);
    await this.views.count(id, visitor);
    return this.publicView(campaign);
  }

  /** What a consumer sees of a campaign, with the seats left counted now (an unlimited one counts nothing). */
  async publicView(campaign: CampaignRecord): Promise<PublicCampaign> {
    const taken = campaign.quota === null ? 0 : ((await this.campaigns.seatsTaken(database(), [campaign.id])).get(campaign.id) ?? 0);
    return publicViewOf(campaign, taken);
  }

  /** A published, live campaign from the cache, or 404. */
  async publishedCampaign(id: string): Promise<CampaignRecord> {
    const campaign = await cachedCampaign(id);
    if (!campaign || campaign.status !== 'active') throw new AppError('NOT_FOUND', 'campaign not found');
    return campaign;
  }

  async update(id: string, body: UpdateCampaignBody, actor: AdminActor): Promise<AdminCampaign> {
    const scope = brandScope(actor.principal);
    const { result, seats } = await this.change(id, actor, 'campaign.update', async (em, before) => {
      const write: CampaignWrite = { ...before, ...body };
      const seats = (await this.campaigns.seatsTaken(em, [id])).get(id) ?? 0;
      this.check(write, { seatsTaken: seats, creating: false, sent: new Set(Object.keys(body)) });
      await this.campaigns.update(em, id, write);
      return { result: (await this.campaigns.findScoped(em, id, scope)) as CampaignRecord, seats };
    });
    return adminViewOf(result, seats);
  }

  /** Live for consumers at once: the actor reads the row on every sign-up, and the cache is invalidated. */
  async publish(id: string, actor: AdminActor): Promise<AdminCampaign> {
    return this.setStatus(id, actor, 'campaign.publish', (before) => {
      if (Date.parse(before.endTime) <= Date.now()) throw new AppError('CAMPAIGN_ENDED', 'the campaign has ended: change its end time first');
      return 'active';
    });
  }

  /** Stops sign-ups (draft stays draft); orders already placed can still be paid. */
  async unpublish(id: string, actor: AdminActor): Promise<AdminCampaign> {
    return this.setStatus(id, actor, 'campaign.unpublish', (before) => (before.status === 'active' ? 'paused' : before.status));
  }

  /**
   * Soft delete. Refused while the campaign has paid orders: they carry money, rewards and the copy in the
   * brand's database, and stats must stay reachable; such a campaign is unpublished instead.
   */
  async remove(id: string, actor: AdminActor): Promise<{ id: string; deletedAt: string }> {
    const { result } = await this.change(id, actor, 'campaign.delete', async (em) => {
      if (await this.campaigns.hasPaidOrders(em, id)) throw new AppError('CAMPAIGN_HAS_PAID_ORDERS');
      const deletedAt = await this.campaigns.softDelete(em, id);
      return { result: { id, deletedAt: deletedAt.toISOString() }, after: null };
    });
    return result;
  }

  async stats(id: string, principal: Principal, page: number, pageSize: number) {
    const campaign = await this.campaigns.findScoped(database(), id, brandScope(principal));
    if (!campaign) throw new AppError('NOT_FOUND', 'campaign not found');
    const [views, totals, distributors] = await Promise.all([
      this.views.total(id),
      this.statsRepository.totals(id),
      this.statsRepository.distributors(id, page, pageSize),
    ]);
    const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);
    return {
      campaignId: id,
      views,
      ...totals,
      conversion: { paidPerView: ratio(totals.paidOrders, views), paidPerSignup: ratio(totals.paidOrders, totals.signups) },
      distributors: { ...distributors, page, pageSize },
    };
  }

  private async setStatus(id: string, actor: AdminActor, action: string, next: (before: CampaignRecord) => CampaignStatus) {
    const scope = brandScope(actor.principal);
    const { result, seats } = await this.change(id, actor, action, async (em, before) => {
      const status = next(before);
      if (status !== before.status) await this.campaigns.setStatus(em, id, status);
      const seats = (await this.campaigns.seatsTaken(em, [id])).get(id) ?? 0;
      return { result: (await this.campaigns.findScoped(em, id, scope)) as CampaignRecord, seats };
    });
    return adminViewOf(result, seats);
  }

  /**
   * One audited change of a campaign of the caller's brands: the row is locked (found through the brand
   * scope: another brand's campaign is a 404), `work` runs, the audit entry records before and after, and
   * once committed every cached copy is dropped and the actor refreshed.
   */
  private async change<R extends { result: unknown; seats?: number; after?: unknown }>(
    id: string,
    actor: AdminActor,
    action: string,
    work: (em: EntityManager, before: CampaignRecord) => Promise<R>,
  ): Promise<R> {
    const scope = brandScope(actor.principal);
    const outcome = await withAudit(actor, async (em) => {
      const before = await this.campaigns.findScoped(em, id, scope, true);
      if (!before) throw new AppError('NOT_FOUND', 'campaign not found');
      const done = await work(em, before);
      const after = 'after' in done ? done.after : done.result;
      return { result: done, audit: { action, resource: 'campaign', resourceId: id, brandId: before.brandId, before, after } };
    });
    await this.afterChange(id);
    return outcome;
  }

  private check(write: CampaignWrite, ctx: { seatsTaken: number; creating: boolean; sent: Set<string> }): void {
    const problems = campaignProblems(write, { ...ctx, now: new Date() });
    if (problems.length > 0) throw AppError.validation(problems);
  }

  private async afterChange(id: string): Promise<void> {
    await invalidateCampaign(id).catch((err) => logger.error({ err, campaignId: id }, 'campaign cache not invalidated'));
    await actorRef<CampaignActorContract>(CAMPAIGN_ACTOR_TYPE, id)
      .refresh()
      .catch((err) => logger.warn({ err, campaignId: id }, 'CampaignActor not refreshed (it re-reads the campaign on each sign-up)'));
  }
}
