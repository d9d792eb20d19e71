import { ERROR_CODES, ErrorName } from '@dmh/shared';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** A business or client error with a stable code; the error middleware turns it into the envelope. */
export class AppError extends Error {
  readonly code: number;
  readonly http: number;

  constructor(
    readonly errorName: ErrorName,
    message?: string,
    readonly fields: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message ?? ERROR_CODES[errorName].message);
    this.name = 'AppError';
    this.code = ERROR_CODES[errorName].code;
    this.http = ERROR_CODES[errorName].http;
  }

  /**
   * 400 naming each field at fault once: the first problem found for a field is the one reported (a value
   * that is not valid text is not also too long; a fault found twice by two checks is one fault).
   */
  static validation(problems: FieldError[]): AppError {
    const byField = new Map<string, FieldError>();
    for (const p of problems) if (!byField.has(p.field)) byField.set(p.field, p);
    const fields = [...byField.values()];
    return new AppError('VALIDATION_FAILED', `invalid ${fields.map((f) => f.field).join(', ')}`, fields);
  }

  /**
   * A reference in the request body to something that does not exist, or that the caller may not see (which
   * must look the same): 404 with code 40400 and each field named, code `unknown`. One answer for every
   * body reference (role, permission, menu, brand, member, tag, referrer…), as the document says.
   */
  static unknownReference(...refs: { field: string; what: string }[]): AppError {
    const what = [...new Set(refs.map((r) => r.what))].join(', ');
    return new AppError('NOT_FOUND', `${what} not found`, refs.map((r) => ({ field: r.field, code: 'unknown', message: `no such ${r.what}` })));
  }

  static unavailable(what: string, retryAfterSeconds = 2): AppError {
    return new AppError('DEPENDENCY_UNAVAILABLE', `${what} is unavailable, retry shortly`, [], retryAfterSeconds);
  }
}
