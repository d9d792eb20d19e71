import sanitizeHtml from 'sanitize-html';
import type { FieldError } from '../common/app-error';
import { MAX_RICH_TEXT, type PageConfigBody } from './page-config.schemas';

/**
 * Rich text from the page designer, reduced to what an H5 page needs: formatting, lists, links and
 * images over http(s). No script, no event handler, no iframe or form, no javascript:/data: URL, and
 * inline style only for colour, alignment and size. Runs on every save, so stored HTML is always clean.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'span', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'a', 'img', 'hr'],
  allowedAttributes: {
    a: ['href', 'title', 'target', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    '*': ['style'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  allowedStyles: {
    '*': {
      color: [/^#[0-9a-fA-F]{3,6}$/, /^rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)$/],
      'background-color': [/^#[0-9a-fA-F]{3,6}$/],
      'text-align': [/^(left|right|center|justify)$/],
      'font-size': [/^\d{1,2}(px|em|rem)$/],
      'font-weight': [/^(normal|bold|[1-9]00)$/],
    },
  },
  transformTags: {
    a: (tagName, attribs) => {
      const { target, rel: _rel, ...rest } = attribs;
      return target === '_blank' ? { tagName, attribs: { ...rest, target, rel: 'noopener noreferrer' } } : { tagName, attribs: rest };
    },
  },
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/**
 * The page config with every rich-text block sanitised. Pure. A block with nothing left once sanitised
 * (it held only a script, say) is a problem naming the block, not an empty block stored silently.
 */
export function sanitizePageConfig(config: PageConfigBody): { config: PageConfigBody; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const blocks = config.blocks.map((b, i) => {
    if (b.type !== 'richText') return b;
    const html = sanitizeRichText(b.html);
    const field = `body.blocks.${i}.html`;
    if (html.trim() === '') problems.push({ field, code: 'empty_after_sanitize', message: 'nothing is left once unsafe HTML is removed' });
    if (html.length > MAX_RICH_TEXT) problems.push({ field, code: 'too_long', message: `at most ${MAX_RICH_TEXT} characters once escaped` });
    return { ...b, html };
  });
  return { config: { ...config, blocks }, problems };
}
