import { BLOCK_RULES, type PageBlock, type PageBlockType, type PageConfigBody, type PageProblem, pageProblems } from '@dmh/pages';

/** The page as the designer holds it: the API's page config, blocks in order, each with its unique id. */
export interface Design {
  title?: string;
  theme?: { primaryColor?: string; backgroundColor?: string };
  blocks: PageBlock[];
}

/** Where the page sits in the API's request: every problem is named from here (`body.blocks.2.title`). */
export const BODY = 'body';

/**
 * The page as the API takes it: optional properties left empty are left out (an empty title is no title,
 * not a blank one the API would store), and so is an empty page title or theme.
 */
export function cleanDesign(design: Design): PageConfigBody {
  const out: PageConfigBody = { blocks: design.blocks.map(cleanBlock) };
  if (design.title?.trim()) out.title = design.title.trim();
  const theme = Object.fromEntries(Object.entries(design.theme ?? {}).filter(([, v]) => typeof v === 'string' && v !== ''));
  if (Object.keys(theme).length > 0) out.theme = theme;
  return out;
}

export function cleanBlock(block: PageBlock): PageBlock {
  const rules = BLOCK_RULES[block.type];
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(block)) {
    const rule = rules[name];
    if (rule && !rule.required && (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))) continue;
    out[name] = typeof value === 'string' && rule?.kind !== 'html' ? value.trim() : value;
  }
  return out as PageBlock;
}

/** Every problem the API would find in the design, named as the API names it (the shared schema's). */
export function designProblems(design: Design): PageProblem[] {
  return pageProblems(cleanDesign(design), BODY);
}

/**
 * The problems of each block by property (`title`, `items`; `''` for the block as a whole, such as a second
 * form block), and the ones about the page (`body.blocks`: none or too many; `body.title`, `body.theme…`).
 * A problem inside a list property (`body.blocks.3.items.0.answer`) is the property's, with its place kept.
 */
export function problemsByBlock(blocks: readonly PageBlock[], problems: readonly PageProblem[]) {
  const byBlock = new Map<string, Record<string, PageProblem[]>>();
  const page: PageProblem[] = [];
  for (const p of problems) {
    const m = /^body\.blocks\.(\d+)(?:\.([^.]+)(?:\.(.+))?)?$/.exec(p.field);
    const block = m ? blocks[Number(m[1])] : undefined;
    if (!m || !block) {
      page.push(p);
      continue;
    }
    const property = m[2] === 'type' || m[2] === 'id' || m[2] === undefined ? '' : m[2];
    const entry = byBlock.get(block.id) ?? {};
    (entry[property] ??= []).push(m[3] ? { ...p, message: `${m[3]}: ${p.message}` } : p);
    byBlock.set(block.id, entry);
  }
  return { byBlock, page };
}

/** A fresh id for a block of `type`: `<type>-<n>`, unused on the page (the API wants ids unique). */
export function freeId(type: PageBlockType, blocks: readonly PageBlock[]): string {
  const taken = new Set(blocks.map((b) => b.id));
  for (let n = 1; ; n++) if (!taken.has(`${type}-${n}`)) return `${type}-${n}`;
}
