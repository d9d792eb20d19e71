import type { ErrorRequestHandler } from 'express';
import { ERROR_CODES } from '@dmh/shared';
import { AppError } from './app-error';
import { outageAnswer } from './dependency-errors';
import { logger } from './logger';

/**
 * The one place errors become HTTP answers: the `{code, message, data}` envelope with the error's own code
 * and status, field errors under `data.errors`, a correlation id, and never a stack trace.
 */
export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const correlationId = String(res.locals.correlationId ?? '');
  // A dependency down or busy (the database restarting…) is a passing outage: 503 with a retry hint.
  const outage = err instanceof AppError ? null : outageAnswer(err);
  if (outage) logger.warn({ err, correlationId, path: req.path }, 'dependency unavailable: answered 503');
  const known = err instanceof AppError ? err : outage;
  if (known) {
    if (known.retryAfterSeconds) res.setHeader('Retry-After', String(known.retryAfterSeconds));
    res.status(known.http).json({ code: known.code, message: known.message, data: { correlationId, errors: known.fields } });
    return;
  }
  const status = typeof err?.status === 'number' ? err.status : 500;
  if (err?.type === 'entity.too.large') {
    res.status(413).json({ code: ERROR_CODES.BODY_TOO_LARGE.code, message: ERROR_CODES.BODY_TOO_LARGE.message, data: { correlationId } });
    return;
  }
  if (status >= 400 && status < 500) {
    // body-parser errors (malformed JSON, wrong charset…): the client's fault, said plainly.
    res.status(400).json({ code: ERROR_CODES.VALIDATION_FAILED.code, message: 'malformed request body', data: { correlationId, errors: [{ field: 'body', code: 'malformed', message: 'malformed request body' }] } });
    return;
  }
  logger.error({ err, correlationId, path: req.path }, 'unhandled error');
  res.status(500).json({ code: ERROR_CODES.INTERNAL.code, message: ERROR_CODES.INTERNAL.message, data: { correlationId } });
};
