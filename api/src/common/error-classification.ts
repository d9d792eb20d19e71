import { AppError } from './app-error';
import { outageAnswer } from './dependency-errors';

/**
 * What went wrong, decided once for every error handler (the API envelope's and the payment callbacks'):
 * - `known`: an AppError, or a dependency outage turned into one (503 with Retry-After; `outage` is true);
 * - `too_large`: the body parser refused a body past its limit (413);
 * - `malformed`: the body parser could not read the body (the client's fault: 400);
 * - `internal`: anything else, a bug (500, and nothing of its cause reaches the client).
 */
export type ErrorClass =
  | { kind: 'known'; error: AppError; outage: boolean }
  | { kind: 'too_large' }
  | { kind: 'malformed' }
  | { kind: 'internal' };

export function classifyError(err: unknown): ErrorClass {
  if (err instanceof AppError) return { kind: 'known', error: err, outage: false };
  const outage = outageAnswer(err);
  if (outage) return { kind: 'known', error: outage, outage: true };
  const parserError = err as { type?: unknown; status?: unknown } | null;
  if (parserError?.type === 'entity.too.large') return { kind: 'too_large' };
  if (typeof parserError?.status === 'number' && parserError.status >= 400 && parserError.status < 500) return { kind: 'malformed' };
  return { kind: 'internal' };
}
