import { PAGE_CONFIG_STATUSES } from '@dmh/shared';
import { z } from '../common/zod';
import { httpUrl, isoTime, publicCampaignSchema } from './campaigns.schemas';

/**
 * The page designer's output: an ordered list of blocks, each a strict object of its own type, so an
 * unknown block type or property is refused naming it. Rich text is sanitised on save (see rich-text.ts).
 */
const blockId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, '1 to 40 letters, digits, _ or -');
const text = (max: number) => z.string().max(max);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #1a2b3c');

export const MAX_BLOCKS = 50;
export const MAX_RICH_TEXT = 50_000;

const block = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ id: blockId, type: z.literal(type), ...shape }).strict();

export const pageBlockSchema = z.discriminatedUnion('type', [
  block('banner', { imageUrl: httpUrl, title: text(100).optional(), subtitle: text(200).optional(), linkUrl: httpUrl.optional() }),
  block('richText', { html: z.string().min(1).max(MAX_RICH_TEXT) }),
  block('form', { title: text(100).optional(), submitText: text(20).optional() }),
  block('countdown', { target: z.enum(['start', 'end']), label: text(50).optional() }),
  block('share', { title: z.string().min(1).max(100), description: text(200).optional(), imageUrl: httpUrl.optional() }),
  block('image', { url: httpUrl, alt: text(200).optional(), linkUrl: httpUrl.optional() }),
  block('video', { url: httpUrl, posterUrl: httpUrl.optional() }),
  block('spacer', { height: z.int().min(4).max(400) }),
]);
export type PageBlock = z.infer<typeof pageBlockSchema>;

export const pageConfigSchema = z
  .object({
    title: text(100).optional(),
    theme: z.object({ primaryColor: color.optional(), backgroundColor: color.optional() }).strict().optional(),
    blocks: z.array(pageBlockSchema).min(1).max(MAX_BLOCKS),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.blocks.forEach((b, i) => {
      if (seen.has(b.id)) ctx.addIssue({ code: 'custom', path: ['blocks', i, 'id'], message: `block id ${b.id} is used twice` });
      seen.add(b.id);
    });
    for (const only of ['form', 'share'] as const) {
      const at = config.blocks.map((b, i) => (b.type === only ? i : -1)).filter((i) => i >= 0);
      if (at.length > 1) ctx.addIssue({ code: 'custom', path: ['blocks', at[1], 'type'], message: `at most one ${only} block` });
    }
  })
  .openapi('PageConfig');
export type PageConfigBody = z.infer<typeof pageConfigSchema>;

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

export const publicPageSchema = z.object({
  campaign: publicCampaignSchema,
  version: z.int().min(1),
  publishedAt: isoTime,
  config: pageConfigSchema,
});
