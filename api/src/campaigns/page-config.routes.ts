import type { ApiRouter } from '../common/endpoint';
import { auditActorOf, visitorOf } from './campaign-request';
import { campaignParams } from './campaigns.schemas';
import { PageConfigService } from './page-config.service';
import {
  adminPageConfigSchema, pageConfigSchema, pageVersionParams, pageVersionSchema, previewLinkSchema, publicPageQuery, publicPageSchema, publishPageBody,
} from './page-config.schemas';

/** /api/v1/campaigns/:id/page-config (the designer's versions) and /:id/page (what consumers see). */
export function addPageConfigRoutes(api: ApiRouter, pages: PageConfigService): ApiRouter {
  return api
    .add({
      method: 'get',
      path: '/:id/page-config',
      summary: "The page design of a campaign of the caller's brands: latest draft, published version, version list",
      access: { permission: 'campaign:read' },
      params: campaignParams,
      response: adminPageConfigSchema,
      handle: async ({ params, principal }) => pages.adminView(params.id, principal),
    })
    .add({
      method: 'put',
      path: '/:id/page-config',
      summary: 'Save the page design as a new draft version (rich text is sanitised)',
      description:
        'Rules beyond the schema, each a 400 (40000) naming the field: block ids unique within the page; at most one form block and one share block.',
      access: { permission: 'campaign:write' },
      params: campaignParams,
      body: pageConfigSchema,
      bodyLimit: '256kb',
      status: 201,
      response: pageVersionSchema,
      handle: async (ctx) => pages.save(ctx.params.id, ctx.body, auditActorOf(ctx)),
    })
    .add({
      method: 'post',
      path: '/:id/page-config/publish',
      summary: 'Publish a saved version: consumers get it on their next request',
      access: { permission: 'campaign:write' },
      params: campaignParams,
      body: publishPageBody,
      bodyLimit: '1kb',
      response: pageVersionSchema,
      handle: async (ctx) => pages.publish(ctx.params.id, ctx.body.version, auditActorOf(ctx)),
    })
    .add({
      method: 'get',
      path: '/:id/page-config/versions/:version',
      summary: 'One saved version of the page design, with its blocks (to look at or restore)',
      access: { permission: 'campaign:read' },
      params: pageVersionParams,
      response: pageVersionSchema,
      handle: async ({ params, principal }) => pages.version(params.id, params.version, principal),
    })
    .add({
      method: 'post',
      path: '/:id/page-config/preview',
      summary: "A signed, expiring link that opens the latest saved design in the consumer app (the designer's QR code)",
      access: { permission: 'campaign:read' },
      params: campaignParams,
      response: previewLinkSchema,
      handle: async ({ params, principal }) => pages.previewLink(params.id, principal),
    })
    .add({
      method: 'get',
      path: '/:id/page',
      summary: 'The published page of a published campaign (public; counts a view); with ?preview=<token>, the latest saved version',
      description: 'A preview token that is tampered with, of another campaign or expired is refused with 403 (40310).',
      access: { public: true },
      params: campaignParams,
      query: publicPageQuery,
      errors: ['PAGE_PREVIEW_INVALID'],
      response: publicPageSchema,
      rateLimit: { name: 'campaign-page', limit: 600, windowSeconds: 60, by: 'ip' },
      handle: async ({ params, query, principal, ip }) => pages.publicPage(params.id, visitorOf(principal, ip), query.preview),
    });
}
