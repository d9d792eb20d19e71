import { CAMPAIGN_STATUSES, PAGE_CONFIG_STATUSES, pageBlockSchema as sharedBlockSchema, pageConfigSchema as sharedConfigSchema } from '@dmh/shared';
import { z } from '../common/zod';
import { idParam } from '../common/http';
import { isoTime, publicCampaignSchema } from './campaigns.schemas';

/**
 * The page designer's output is the shared page schema (shared/src/pages): the console checks a page with
 * it before sending, the consumer app renders what it allows, and this API refuses what it refuses.
 * Rich text is sanitised on save (see rich-text.ts).
 */
export { MAX_BLOCKS, MAX_RICH_TEXT, type PageBlock, type PageConfigBody } from '@dmh/shared';
export const pageBlockSchema = sharedBlockSchema;
/** (Built before the API's zod gains `.openapi()`, so it is used as it is: the document inlines it.) */
export const pageConfigSchema = sharedConfigSchema;

export const publishPageBody = z.object({ version: z.int().min(1) }).strict();

export const pageVersionSchema = z.object({
  version: z.int().min(1),
  status: z.enum(PAGE_CONFIG_STATUSES),
  config: pageConfigSchema,
  publishedAt: isoTime.nullable(),
  createdBy: z.string().nullable(),
  createdAt: isoTime,
});

export const pageVersionSummarySchema = pageVersionSchema.omit({ config: true });

export const adminPageConfigSchema = z.object({
  campaignId: z.string(),
  draft: pageVersionSchema.nullable().openapi({ description: 'the latest saved version' }),
  published: pageVersionSchema.nullable(),
  versions: z.array(pageVersionSummarySchema).openapi({ description: 'newest first, at most 100' }),
});

export const pageVersionParams = z.object({ id: idParam, version: z.coerce.number().int().min(1).max(1_000_000) }).strict();

export const previewLinkSchema = z.object({
  url: z.string().openapi({ description: "the consumer app's address of the preview (`/c/:id?preview=…`), for the QR code" }),
  token: z.string(),
  expiresAt: isoTime,
});

export const publicPageQuery = z
  .object({ preview: z.string().max(200).optional().openapi({ description: 'a preview token from POST /campaigns/{id}/page-config/preview' }) })
  .strict();

export const publicPageSchema = z.object({
  campaign: publicCampaignSchema.extend({
    status: z.enum(CAMPAIGN_STATUSES).openapi({ description: "always 'active' outside preview; a preview shows a campaign in any status" }),
  }),
  version: z.int().min(1),
  publishedAt: isoTime.nullable().openapi({ description: 'null for a preview of a version not published' }),
  preview: z.boolean().openapi({ description: 'true when a preview token opened the latest saved version' }),
  config: pageConfigSchema,
});
