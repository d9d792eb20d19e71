import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorEnvelope, FieldError } from '@dmh/api-client';

/** Not an answer of the API: the network failed, or something else answered (a proxy, a gateway). */
export const NETWORK_ERROR = 0;

/**
 * A failed API call, as the app reasons about it: the business code of the API's envelope (40150
 * LOGIN_FAILED…), the HTTP status, the fields at fault, the correlation id to quote to support, and how long
 * to wait when the API said so (Retry-After).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly fields: readonly FieldError[] = [],
    readonly correlationId: string | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static from(response: HttpErrorResponse): ApiError {
    const envelope = asEnvelope(response.error);
    const retryAfter = Number(response.headers?.get('Retry-After'));
    const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
    if (!envelope) {
      return new ApiError(response.status, response.status === 0 ? NETWORK_ERROR : response.status * 100, response.message, [], null, wait);
    }
    return new ApiError(response.status, envelope.code, envelope.message, envelope.data.errors ?? [], envelope.data.correlationId, wait);
  }
}

function asEnvelope(body: unknown): ErrorEnvelope | null {
  if (typeof body !== 'object' || body === null) return null;
  const b = body as Partial<ErrorEnvelope>;
  return typeof b.code === 'number' && typeof b.message === 'string' && typeof b.data === 'object' && b.data !== null ? (b as ErrorEnvelope) : null;
}
