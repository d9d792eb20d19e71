import type { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import { auditActorOf, visitorOf } from './campaign-request';
import {
  adminCampaignSchema,
  campaignDetailSchema,
  campaignPageSchema,
  campaignParams,
  campaignStatsSchema,
  createCampaignBody,
  deletedCampaignSchema,
  listCampaignsQuery,
  statsQuery,
  updateCampaignBody,
} from './campaigns.schemas';
import { CampaignsService } from './campaigns.service';
import { addPageConfigRoutes } from './page-config.routes';
import { PageConfigService } from './page-config.service';

/**
 * /api/v1/campaigns: brand admins manage their brands' campaigns (a platform admin, every brand); another
 * brand's campaign answers 404 on every endpoint. Consumers read a published campaign and its page.
 */
export function campaignsRoutes(campaigns = new CampaignsService(), pages = new PageConfigService(campaigns)): Router {
  const api = new ApiRouter('/campaigns', 'campaigns')
    .add({
      method: 'post',
      path: '/',
      summary: 'Create a campaign (as a draft) for a brand the caller administers',
      description:
        'Rules beyond the schema, each a 400 (40000) naming the field: endTime after startTime and not already past; the rewards within the price.',
      access: { permission: 'campaign:write' },
      body: createCampaignBody,
      bodyLimit: '128kb',
      status: 201,
      response: adminCampaignSchema,
      handle: async (ctx) => campaigns.create(ctx.body, auditActorOf(ctx)),
    })
    .add({
      method: 'get',
      path: '/',
      summary: "Campaigns of the caller's brands, newest first: filter by brand, status, time window, name",
      access: { permission: 'campaign:read' },
      query: listCampaignsQuery,
      response: campaignPageSchema,
      handle: async ({ query, principal }) => ({ ...(await campaigns.list(query, principal)), page: query.page, pageSize: query.pageSize }),
    })
    .add({
      method: 'get',
      path: '/:id',
      summary: "A campaign: the admin view for its brand's admins, the public view of a published campaign for anyone else",
      access: { public: true },
      params: campaignParams,
      response: campaignDetailSchema,
      rateLimit: { name: 'campaign-detail', limit: 600, windowSeconds: 60, by: 'ip' },
      handle: async ({ params, principal, ip }) => campaigns.detail(params.id, principal, visitorOf(principal, ip)),
    })
    .add({
      method: 'put',
      path: '/:id',
      summary: 'Update a campaign (audited); the whole resulting campaign is validated, the quota never below seats taken',
      description:
        'Rules beyond the schema, checked on the campaign as it would be after the update, each a 400 (40000) naming the field: endTime after startTime; the rewards within the price; the quota not below the seats already taken.',
      access: { permission: 'campaign:write' },
      params: campaignParams,
      body: updateCampaignBody,
      bodyLimit: '128kb',
      response: adminCampaignSchema,
      handle: async (ctx) => campaigns.update(ctx.params.id, ctx.body, auditActorOf(ctx)),
    })
    .add({
      method: 'delete',
      path: '/:id',
      summary: 'Soft-delete a campaign (audited); refused while it has paid orders (unpublish it instead)',
      access: { permission: 'campaign:write' },
      params: campaignParams,
      response: deletedCampaignSchema,
      errors: ['CAMPAIGN_HAS_PAID_ORDERS'],
      handle: async (ctx) => campaigns.remove(ctx.params.id, auditActorOf(ctx)),
    })
    .add({
      method: 'get',
      path: '/:id/stats',
      summary: 'Views, sign-ups, paid orders, conversion, revenue, rewards, and a per-distributor breakdown (paginated)',
      access: { permission: 'campaign:read' },
      params: campaignParams,
      query: statsQuery,
      response: campaignStatsSchema,
      handle: async ({ params, query, principal }) => campaigns.stats(params.id, principal, query.page, query.pageSize),
    })
    .add({
      method: 'post',
      path: '/:id/publish',
      summary: 'Publish: open for sign-up at once (cache invalidated, CampaignActor refreshed)',
      access: { permission: 'campaign:write' },
      params: campaignParams,
      response: adminCampaignSchema,
      errors: ['CAMPAIGN_ENDED'],
      handle: async (ctx) => campaigns.publish(ctx.params.id, auditActorOf(ctx)),
    })
    .add({
      method: 'post',
      path: '/:id/unpublish',
      summary: 'Unpublish: sign-ups are refused from the next request on',
      access: { permission: 'campaign:write' },
      params: campaignParams,
      response: adminCampaignSchema,
      handle: async (ctx) => campaigns.unpublish(ctx.params.id, auditActorOf(ctx)),
    });
  return addPageConfigRoutes(api, pages).router;
}
