import type { FieldError } from './app-error';

/**
 * How deeply a request part may nest objects and arrays: a container whose path has this many segments
 * after the part (`body.a.b.….x`, 32 names) is refused. The deepest legitimate bodies are far shallower:
 * a sync target's enum map, `body.mapping.orders.columns.0.transform.map` (6), a page block,
 * `body.blocks.0` (2), an address in a sign-up form, `body.formData.addr` (2). So 32 leaves room and
 * refuses the bodies nested thousands deep that would overflow any recursive walk further on
 * (JSON.stringify, when the value is stored or sent to an actor, included).
 */
export const MAX_REQUEST_DEPTH = 32;

/** A lone UTF-16 surrogate (JSON's "\uD800" escapes allow them) or a NUL: text utf8mb4 columns cannot store. */
const INVALID_TEXT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/;

export interface ShapeLimits {
  maxDepth: number;
  /** At most this many problems are reported (the walk stops there). */
  maxProblems: number;
}

const DEFAULTS: ShapeLimits = { maxDepth: MAX_REQUEST_DEPTH, maxProblems: 10 };

/**
 * What a parsed request part (`params`, `query`, `body`) may not hold whatever its schema: nesting deeper
 * than `maxDepth` (code `too_deep`, naming the first container past the bound; nothing below it is looked
 * at) and text, in values or keys, that is not valid Unicode (code `invalid_text`, naming the value or the
 * key). Walks with its own stack, never recursion, so no shape of input can exhaust the call stack.
 */
export function requestShapeProblems(value: unknown, part: string, limits: Partial<ShapeLimits> = {}): FieldError[] {
  const { maxDepth, maxProblems } = { ...DEFAULTS, ...limits };
  const problems: FieldError[] = [];
  const stack: { value: unknown; at: string; depth: number }[] = [{ value, at: part, depth: 0 }];
  while (stack.length > 0 && problems.length < maxProblems) {
    const { value: v, at, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (INVALID_TEXT.test(v)) problems.push({ field: at, code: 'invalid_text', message: 'not valid Unicode text' });
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= maxDepth) {
      problems.push({ field: at, code: 'too_deep', message: `objects and arrays may be nested at most ${maxDepth} levels deep` });
      continue;
    }
    const children: { value: unknown; at: string; depth: number }[] = [];
    for (const [key, item] of Object.entries(v)) {
      const path = `${at}.${key}`;
      if (INVALID_TEXT.test(key)) problems.push({ field: path, code: 'invalid_text', message: 'the key is not valid Unicode text' });
      else children.push({ value: item, at: path, depth: depth + 1 });
    }
    // Reversed onto the stack, so problems come out in the order of the document.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return problems.slice(0, maxProblems);
}
