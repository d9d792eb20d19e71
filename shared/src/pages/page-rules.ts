import { MAX_FAQ_ITEMS, MAX_RICH_TEXT, type PageBlockType } from './page-schema';

/**
 * The rules of each block's properties, as data: the designer shows them beside each property and builds
 * its inputs from them. page-rules.spec.ts checks every rule against page-schema.ts by trying values at
 * and past each limit, so the words cannot drift from what the API enforces.
 */
export type PropertyRule =
  | { kind: 'text'; required: boolean; min: number; max: number; multiline?: boolean }
  | { kind: 'url'; required: boolean; max: 500 }
  | { kind: 'html'; required: true; max: number }
  | { kind: 'choice'; required: boolean; values: readonly string[] }
  | { kind: 'int'; required: boolean; min: number; max: number }
  | { kind: 'flag'; required: false }
  | { kind: 'faq'; required: true; minItems: 1; maxItems: number; questionMax: 200; answerMax: 1000 };

const text = (max: number, required = false, multiline = false): PropertyRule => ({ kind: 'text', required, min: required ? 1 : 0, max, multiline });
const url = (required = false): PropertyRule => ({ kind: 'url', required, max: 500 });

export const BLOCK_RULES: Record<PageBlockType, Record<string, PropertyRule>> = {
  banner: { imageUrl: url(true), title: text(100), subtitle: text(200), linkUrl: url() },
  richText: { html: { kind: 'html', required: true, max: MAX_RICH_TEXT } },
  countdown: { target: { kind: 'choice', required: true, values: ['start', 'end'] }, label: text(50) },
  priceQuota: { title: text(50), showQuota: { kind: 'flag', required: false } },
  form: { title: text(100), submitText: text(20) },
  share: { title: text(100, true), description: text(200, false, true), imageUrl: url(), buttonText: text(20) },
  faq: { title: text(100), items: { kind: 'faq', required: true, minItems: 1, maxItems: MAX_FAQ_ITEMS, questionMax: 200, answerMax: 1000 } },
  image: { url: url(true), alt: text(200), linkUrl: url() },
  video: { url: url(true), posterUrl: url() },
  spacer: { height: { kind: 'int', required: true, min: 4, max: 400 } },
};

/** The block types in the order the designer's palette offers them (the seven first). */
export const PAGE_BLOCK_TYPES: readonly PageBlockType[] = [
  'banner', 'richText', 'countdown', 'priceQuota', 'form', 'share', 'faq', 'image', 'video', 'spacer',
];
