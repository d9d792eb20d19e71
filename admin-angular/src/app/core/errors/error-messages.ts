import { ERROR_CODES, type ErrorName } from '@dmh/api-client';
import { ApiError, NETWORK_ERROR } from '../api/api-error';

/** Words for the user: a translation key and its parameters (see public/i18n/*.json). */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

const NAME_OF_CODE = new Map<number, ErrorName>(Object.entries(ERROR_CODES).map(([name, e]) => [e.code, name as ErrorName]));

/** The field error codes the console has words for (`fieldErrors.<code>`); others show the API's message. */
export const KNOWN_FIELD_CODES = [
  'too_small', 'too_big', 'too_short', 'too_long', 'invalid_format', 'invalid_type', 'invalid_value', 'required', 'taken', 'unknown',
  'incorrect', 'reused', 'invalid_text', 'missing_upper', 'missing_lower', 'missing_digit', 'missing_special', 'contains_username',
  'invalid_phone', 'in_the_past', 'mismatch',
] as const;

/** What went wrong, in the user's words: by the API's business code, else by HTTP status, else generic. */
export function describeError(err: unknown): Message {
  if (!(err instanceof ApiError)) return { key: 'errors.UNEXPECTED' };
  if (err.code === NETWORK_ERROR) return { key: 'errors.NETWORK' };
  const name = NAME_OF_CODE.get(err.code);
  const wait = err.retryAfterSeconds ?? undefined;
  if (name === 'RATE_LIMITED' || err.status === 429) {
    return wait ? { key: 'errors.RATE_LIMITED_WAIT', params: { seconds: wait } } : { key: 'errors.RATE_LIMITED' };
  }
  if (name) return { key: `errors.${name}`, params: withCorrelation(err) };
  if (err.status >= 500) return { key: 'errors.SERVER', params: withCorrelation(err) };
  return { key: 'errors.UNEXPECTED' };
}

function withCorrelation(err: ApiError): Record<string, string> | undefined {
  return err.correlationId ? { correlationId: err.correlationId } : undefined;
}

/**
 * The API's field errors, by the form control they concern: `fields` maps each control to the API's field
 * name (`username` → `body.username`). Several problems with one field are all kept, in the API's order.
 * Problems with fields the form does not show are returned under `''` so the form can still say them.
 */
export function fieldMessages(err: unknown, fields: Readonly<Record<string, string>>): Record<string, Message[]> {
  const out: Record<string, Message[]> = {};
  if (!(err instanceof ApiError)) return out;
  const controlOf = new Map(Object.entries(fields).map(([control, apiField]) => [apiField, control]));
  for (const problem of err.fields) {
    const control = controlOf.get(problem.field) ?? '';
    const known = (KNOWN_FIELD_CODES as readonly string[]).includes(problem.code);
    const message: Message = known
      ? { key: `fieldErrors.${problem.code}`, params: { detail: problem.message } }
      : { key: 'fieldErrors.other', params: { detail: problem.message } };
    (out[control] ??= []).push(message);
  }
  return out;
}
