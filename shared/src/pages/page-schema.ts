import { z } from 'zod';

/**
 * The campaign page: what the console's page designer writes, the API validates and stores, and the
 * consumer app renders block by block. One definition, browser-safe (zod only), imported by all three.
 * Each block is a strict object of its own type, so an unknown block type or property is refused naming it.
 * The rules each property follows are also described, for people, in page-rules.ts (kept equal by a spec).
 */
export const MAX_BLOCKS = 50;
export const MAX_RICH_TEXT = 50_000;
export const MAX_FAQ_ITEMS = 20;
export const BLOCK_ID = /^[A-Za-z0-9_-]{1,40}$/;
export const COLOR = /^#[0-9a-fA-F]{6}$/;

const blockId = z.string().regex(BLOCK_ID, '1 to 40 letters, digits, _ or -');
const text = (max: number) => z.string().max(max);
const color = z.string().regex(COLOR, 'a colour such as #1a2b3c');
/** An http(s) address, at most 500 characters: no javascript: or data: URL reaches a page. */
export const pageUrl = z.url({ protocol: /^https?$/ }).max(500);

const block = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ id: blockId, type: z.literal(type), ...shape }).strict();

export const faqItemSchema = z.object({ question: z.string().min(1).max(200), answer: z.string().min(1).max(1000) }).strict();

export const pageBlockSchema = z.discriminatedUnion('type', [
  block('banner', { imageUrl: pageUrl, title: text(100).optional(), subtitle: text(200).optional(), linkUrl: pageUrl.optional() }),
  block('richText', { html: z.string().min(1).max(MAX_RICH_TEXT) }),
  block('countdown', { target: z.enum(['start', 'end']), label: text(50).optional() }),
  /** The campaign's price and seats, read from the campaign itself (never typed twice). */
  block('priceQuota', { title: text(50).optional(), showQuota: z.boolean().optional() }),
  block('form', { title: text(100).optional(), submitText: text(20).optional() }),
  /** The share / poster button: the title and picture a shared link carries, and the button's words. */
  block('share', { title: z.string().min(1).max(100), description: text(200).optional(), imageUrl: pageUrl.optional(), buttonText: text(20).optional() }),
  block('faq', { title: text(100).optional(), items: z.array(faqItemSchema).min(1).max(MAX_FAQ_ITEMS) }),
  block('image', { url: pageUrl, alt: text(200).optional(), linkUrl: pageUrl.optional() }),
  block('video', { url: pageUrl, posterUrl: pageUrl.optional() }),
  block('spacer', { height: z.int().min(4).max(400) }),
]);
export type PageBlock = z.infer<typeof pageBlockSchema>;
export type PageBlockType = PageBlock['type'];
export type BlockOf<T extends PageBlockType> = Extract<PageBlock, { type: T }>;
export type FaqItem = z.infer<typeof faqItemSchema>;

/** Block types a page holds at most once (one sign-up form, one share button). */
export const SINGLE_BLOCKS: readonly PageBlockType[] = ['form', 'share'];

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
    for (const only of SINGLE_BLOCKS) {
      const at = config.blocks.map((b, i) => (b.type === only ? i : -1)).filter((i) => i >= 0);
      if (at.length > 1) ctx.addIssue({ code: 'custom', path: ['blocks', at[1], 'type'], message: `at most one ${only} block` });
    }
  });
export type PageConfigBody = z.infer<typeof pageConfigSchema>;

/** A problem in a page, named as the API names it (`body.blocks.2.title`). */
export interface PageProblem {
  field: string;
  code: string;
  message: string;
}

/** Every problem the API's schema finds in a page, with the API's field names under `prefix`. */
export function pageProblems(config: unknown, prefix = 'body'): PageProblem[] {
  const result = pageConfigSchema.safeParse(config);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter((s) => s !== '').join('.'),
    code: issue.code === 'unrecognized_keys' ? 'unrecognized_keys' : issue.code,
    message: issue.message,
  }));
}
