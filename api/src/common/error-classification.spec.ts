import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from './app-error';
import { classifyError } from './error-classification';

describe('classifyError', () => {
  test('an AppError is known and is not an outage', () => {
    const err = new AppError('ORDER_NOT_FOUND');
    assert.deepEqual(classifyError(err), { kind: 'known', error: err, outage: false });
  });

  test('a database connection refused is a known 503 with Retry-After, marked as an outage', () => {
    const failure = classifyError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    assert.equal(failure.kind, 'known');
    if (failure.kind !== 'known') return;
    assert.equal(failure.outage, true);
    assert.equal(failure.error.http, 503);
    assert.ok((failure.error.retryAfterSeconds ?? 0) >= 1);
  });

  test("the body parser's refusals are the sender's: too large, or malformed", () => {
    assert.deepEqual(classifyError({ type: 'entity.too.large', status: 413 }), { kind: 'too_large' });
    assert.deepEqual(classifyError({ type: 'entity.parse.failed', status: 400 }), { kind: 'malformed' });
  });

  test('anything else is internal, whatever it says about itself', () => {
    assert.deepEqual(classifyError(new TypeError('x is undefined')), { kind: 'internal' });
    assert.deepEqual(classifyError({ status: 503 }), { kind: 'internal' });
    assert.deepEqual(classifyError(undefined), { kind: 'internal' });
  });
});
