import type { Router } from 'express';
import { actorOf } from '../audit/audit-actor';
import { ApiRouter } from '../common/endpoint';
import { brandIdParams, posterTemplateSchema, posterTemplateViewSchema } from './poster-template.schemas';
import { PosterTemplateService } from './poster-template.service';

const BOX_RULE =
  'Rules beyond the schema, each a 400 (40000) naming the field: every box inside the 750×1334 poster (avatar and qr: x + size ≤ 750, ' +
  'y + size ≤ 1334; nickname: x ≤ 710, y + fontSize ≤ 1334); the background image one of the brand’s image assets (404, body.background.image).';

/** /api/v1/distributor/poster-template/:brandId: a brand's share-poster layout, its saving and its preview. */
export function posterTemplateRoutes(templates = new PosterTemplateService()): Router {
  return new ApiRouter('/distributor', 'distributors')
    .add({
      method: 'get',
      path: '/poster-template/:brandId',
      summary: "A brand's poster template (the default layout when it has none) and the images it may use",
      access: { permission: 'distributor:read' },
      params: brandIdParams,
      response: posterTemplateViewSchema,
      handle: async ({ principal, params }) => templates.get(principal, params.brandId),
    })
    .add({
      method: 'put',
      path: '/poster-template/:brandId',
      summary: "Save a brand's poster template: background, placement of avatar, nickname and QR code (audited)",
      description: BOX_RULE,
      access: { permission: 'distributor:manage' },
      params: brandIdParams,
      body: posterTemplateSchema,
      bodyLimit: '4kb',
      response: posterTemplateViewSchema,
      handle: async (ctx) => templates.save(actorOf(ctx), ctx.params.brandId, ctx.body),
    })
    .add({
      method: 'post',
      path: '/poster-template/:brandId/preview',
      summary: 'The poster a template gives (PNG), with a sample distributor, rendered by the server as real posters are',
      description: BOX_RULE,
      access: { permission: 'distributor:read' },
      params: brandIdParams,
      body: posterTemplateSchema,
      bodyLimit: '4kb',
      produces: { status: 200, contentType: 'image/png', description: 'the preview, 750×1334 PNG' },
      rateLimit: { name: 'poster-preview', limit: 30, windowSeconds: 60, by: 'user' },
      handle: async ({ principal, params, body, res }) => {
        const png = await templates.preview(principal, params.brandId, body);
        res.status(200).set({ 'content-type': 'image/png', 'cache-control': 'no-store', 'content-length': String(png.length) }).end(png);
      },
    }).router;
}
