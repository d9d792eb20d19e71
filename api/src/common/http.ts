import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { z } from './zod';
import { AppError, type FieldError } from './app-error';

/** The success envelope every endpoint answers with. */
export function ok<T>(res: Response, data: T, status = 200): void {
  res.status(status).json({ code: 200, message: 'success', data });
}

/** Parses a request part with its schema; the problems name the field (`body.phone`, `params.userId`). */
export function parse<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'params' | 'query'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw AppError.validation(
    result.error.issues.flatMap((issue): FieldError[] => {
      const at = [where, ...issue.path.map(String)];
      // An unknown key is named itself (`body.balance`), one problem per key, not the object holding it.
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => ({ field: [...at, key].join('.'), code: issue.code, message: `unknown field "${key}"` }));
      }
      return [{ field: at.join('.'), code: issue.code, message: issue.message }];
    }),
  );
}

/** Express 5 forwards rejected promises to the error middleware; this only narrows the handler type. */
export function handler(fn: (req: Request, res: Response, next: NextFunction) => Promise<void>): RequestHandler {
  return (req, res, next) => fn(req, res, next);
}

export const idParam = z.string().regex(/^[1-9]\d{0,18}$/, 'must be a positive integer id');
