import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ID_MESSAGE, ID_PATTERN } from '@dmh/shared';
import { z } from './zod';
import type { FieldError } from './app-error';
import { requestSpan } from '@dmh/shared/dist/tracing';
import { tracer } from './tracing';

/** The success envelope every endpoint answers with. */
export function ok<T>(res: Response, data: T, status = 200): void {
  res.status(status).json({ code: 200, message: 'success', data });
}

/** A request part checked against its schema: the value, or the problems naming each field (`body.phone`, `params.userId`). */
export function checkPart<S extends z.ZodType>(schema: S, value: unknown, where: RequestPart): { ok: true; data: z.infer<S> } | { ok: false; problems: FieldError[] } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.flatMap((issue): FieldError[] => {
    const at = [where, ...issue.path.map(String)];
    // An unknown key is named itself (`body.balance`), one problem per key, not the object holding it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...at, key].join('.'), code: issue.code, message: `unknown field "${key}"` }));
    }
    return [{ field: at.join('.'), code: issue.code, message: issue.message }];
  });
  return { ok: false, problems };
}

export type RequestPart = 'body' | 'params' | 'query';

/**
 * Express 5 forwards rejected promises to the error middleware; this narrows the handler type, and runs the
 * handler inside its request's span (a body parser before it calls it from its stream's events, outside).
 */
export function handler(fn: (req: Request, res: Response, next: NextFunction) => Promise<void>): RequestHandler {
  return (req, res, next) => tracer().within(requestSpan(req), () => fn(req, res, next));
}

export const idParam = z.string().regex(ID_PATTERN, ID_MESSAGE);

/**
 * What JavaScript's `trim` removes (ECMAScript's WhiteSpace and LineTerminator), spelled out so that the document's
 * pattern means the same in every regex dialect (Python's `\S` differs: it keeps U+FEFF and drops U+001C–U+001F).
 */
const NOT_BLANK = /[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Text that must say something: trimmed, 1 to `max` characters. The document states the rule (`pattern`: at least
 * one character trim keeps), so text of spaces only is invalid by the document as by the API.
 */
export const text = (max: number) => z.string().trim().min(1).max(max).regex(NOT_BLANK, 'must not be blank');

/**
 * A list's search box: at most `max` characters, trimmed; blank (spaces only) means no filter, as an empty box
 * does. (Refusing it was a 400 the document could not announce: zod's trim does not reach OpenAPI.)
 */
export const searchKeyword = (max: number) => z.string().max(max).transform((text) => text.trim() || undefined);
