import type { ErrorRequestHandler } from 'express';
import { ERROR_CODES } from '@dmh/shared';
import { classifyError } from './error-classification';
import { logger } from './logger';

/**
 * The one place errors become HTTP answers: the `{code, message, data}` envelope with the error's own code
 * and status, field errors under `data.errors`, a correlation id, and never a stack trace.
 */
export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const correlationId = String(res.locals.correlationId ?? '');
  const failure = classifyError(err);
  switch (failure.kind) {
    case 'known': {
      // A dependency down or busy (the database restarting…) is a passing outage: 503 with a retry hint.
      if (failure.outage) logger.warn({ err, correlationId, path: req.path }, 'dependency unavailable: answered 503');
      const known = failure.error;
      if (known.retryAfterSeconds) res.setHeader('Retry-After', String(known.retryAfterSeconds));
      res.status(known.http).json({ code: known.code, message: known.message, data: { correlationId, errors: known.fields } });
      return;
    }
    case 'too_large':
      res.status(413).json({ code: ERROR_CODES.BODY_TOO_LARGE.code, message: ERROR_CODES.BODY_TOO_LARGE.message, data: { correlationId } });
      return;
    case 'malformed':
      // body-parser errors (malformed JSON, wrong charset…): the client's fault, said plainly.
      res.status(400).json({ code: ERROR_CODES.VALIDATION_FAILED.code, message: 'malformed request body', data: { correlationId, errors: [{ field: 'body', code: 'malformed', message: 'malformed request body' }] } });
      return;
    case 'internal':
      logger.error({ err, correlationId, path: req.path }, 'unhandled error');
      res.status(500).json({ code: ERROR_CODES.INTERNAL.code, message: ERROR_CODES.INTERNAL.message, data: { correlationId } });
  }
};
