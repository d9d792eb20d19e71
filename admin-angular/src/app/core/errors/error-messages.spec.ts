import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { ERROR_CODES } from '@dmh/api-client';
import en from '../../../../public/i18n/en.json';
import zh from '../../../../public/i18n/zh-CN.json';
import { ApiError } from '../api/api-error';
import { describeError, fieldMessages, KNOWN_FIELD_CODES } from './error-messages';

function apiError(status: number, body: unknown, headers: Record<string, string> = {}): ApiError {
  return ApiError.from(new HttpErrorResponse({ status, error: body, headers: new HttpHeaders(headers), url: '/api/v1/x' }));
}

const envelope = (code: number, errors?: { field: string; code: string; message: string }[]) => ({
  code,
  message: 'm',
  data: { correlationId: 'corr-1', ...(errors ? { errors } : {}) },
});

function keysOf(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('ApiError.from', () => {
  it('reads the envelope: business code, fields, correlation id and Retry-After', () => {
    const err = apiError(429, envelope(42900), { 'Retry-After': '17' });
    expect(err.code).toBe(42900);
    expect(err.correlationId).toBe('corr-1');
    expect(err.retryAfterSeconds).toBe(17);
  });

  it('makes do without an envelope: a network failure is code 0, a proxy page keeps its status', () => {
    expect(apiError(0, new ProgressEvent('error')).code).toBe(0);
    const gateway = apiError(502, '<html>bad gateway</html>');
    expect(gateway.status).toBe(502);
    expect(gateway.correlationId).toBeNull();
  });
});

describe('describeError', () => {
  it('says each business error by its code', () => {
    expect(describeError(apiError(401, envelope(40150))).key).toBe('errors.LOGIN_FAILED');
    expect(describeError(apiError(409, envelope(ERROR_CODES.CAMPAIGN_HAS_PAID_ORDERS.code))).key).toBe('errors.CAMPAIGN_HAS_PAID_ORDERS');
  });

  it('gives the wait of a rate limit when the API says it', () => {
    expect(describeError(apiError(429, envelope(42900), { 'Retry-After': '42' }))).toEqual({ key: 'errors.RATE_LIMITED_WAIT', params: { seconds: 42 } });
    expect(describeError(apiError(429, envelope(42900))).key).toBe('errors.RATE_LIMITED');
  });

  it('says a network failure, an unknown server failure with its correlation id, and anything else generically', () => {
    expect(describeError(apiError(0, null)).key).toBe('errors.NETWORK');
    expect(describeError(apiError(500, envelope(59999)))).toEqual({ key: 'errors.SERVER', params: { correlationId: 'corr-1' } });
    expect(describeError(new TypeError('x')).key).toBe('errors.UNEXPECTED');
  });
});

describe('fieldMessages', () => {
  it('maps the API fields to the form controls, keeping several problems of one field in order', () => {
    const err = apiError(
      400,
      envelope(40050, [
        { field: 'body.newPassword', code: 'too_short', message: 'at least 8 characters' },
        { field: 'body.newPassword', code: 'missing_digit', message: 'a digit' },
        { field: 'body.currentPassword', code: 'incorrect', message: 'wrong password' },
      ]),
    );
    const out = fieldMessages(err, { newPassword: 'body.newPassword', currentPassword: 'body.currentPassword' });
    expect(out['newPassword'].map((m) => m.key)).toEqual(['fieldErrors.too_short', 'fieldErrors.missing_digit']);
    expect(out['currentPassword'].map((m) => m.key)).toEqual(['fieldErrors.incorrect']);
  });

  it("keeps problems of fields the form does not show under '' and words unknown codes with the API's message", () => {
    const err = apiError(400, envelope(40000, [{ field: 'body.extra', code: 'unrecognized_keys', message: 'unknown field "extra"' }]));
    expect(fieldMessages(err, { username: 'body.username' })).toEqual({ '': [{ key: 'fieldErrors.other', params: { detail: 'unknown field "extra"' } }] });
  });

  it('gives nothing for an error that is not an API answer', () => {
    expect(fieldMessages(new Error('x'), { a: 'body.a' })).toEqual({});
  });
});

describe('translation files', () => {
  const files = { 'zh-CN': zh, en } as const;

  it('word every error code of the API, and every field error code the console knows, in both languages', () => {
    for (const [lang, file] of Object.entries(files)) {
      const keys = new Set(keysOf(file));
      const missing = [
        ...Object.keys(ERROR_CODES).map((name) => `errors.${name}`),
        ...KNOWN_FIELD_CODES.map((code) => `fieldErrors.${code}`),
        'errors.NETWORK', 'errors.SERVER', 'errors.UNEXPECTED', 'errors.RATE_LIMITED_WAIT', 'fieldErrors.other',
      ].filter((k) => !keys.has(k));
      expect(missing).withContext(lang).toEqual([]);
    }
  });

  it('have the same keys in Chinese and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });
});
