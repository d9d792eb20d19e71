import type { FieldError } from './app-error';

/** A lone UTF-16 surrogate (JSON's "\uD800" escapes allow them) or a NUL: text utf8mb4 columns cannot store. */
const INVALID_TEXT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/;

/** The fields of a parsed request part holding text that is not valid Unicode (at most `max`). */
export function invalidTextFields(value: unknown, path: string, max = 10): FieldError[] {
  const problems: FieldError[] = [];
  const visit = (v: unknown, at: string): void => {
    if (problems.length >= max) return;
    if (typeof v === 'string') {
      if (INVALID_TEXT.test(v)) problems.push({ field: at, code: 'invalid_text', message: 'not valid Unicode text' });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, `${at}.${i}`));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        if (INVALID_TEXT.test(k)) problems.push({ field: at, code: 'invalid_text', message: 'a key is not valid Unicode text' });
        visit(item, `${at}.${k}`);
      }
    }
  };
  visit(value, path);
  return problems;
}
