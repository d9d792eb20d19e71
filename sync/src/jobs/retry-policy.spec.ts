import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backoffMs, nextStep } from './retry-policy';

const policy = (random = 0.5) => ({ maxRetries: 3, baseMs: 2_000, maxMs: 60_000, random: () => random });

describe('retry policy', () => {
  test('3 retries with exponential backoff, then dead', () => {
    assert.deepEqual(nextStep(policy(), 1), { status: 'retrying', delayMs: 2_000 });
    assert.deepEqual(nextStep(policy(), 2), { status: 'retrying', delayMs: 4_000 });
    assert.deepEqual(nextStep(policy(), 3), { status: 'retrying', delayMs: 8_000 });
    assert.deepEqual(nextStep(policy(), 4), { status: 'dead' });
  });

  test('jitter stays within ±20 %, and the cap holds', () => {
    assert.equal(backoffMs(policy(0), 1), 1_600);
    assert.equal(backoffMs(policy(0.999999), 1), 2_400);
    assert.equal(backoffMs(policy(0.5), 10), 60_000);
    assert.equal(backoffMs(policy(0.999999), 10), 60_000);
  });

  test('an open circuit pushes the retry past its cool-down', () => {
    assert.deepEqual(nextStep(policy(), 1, 15_000), { status: 'retrying', delayMs: 15_000 });
  });

  test('a permanent failure is dead at once; no retries configured means dead after the first try', () => {
    assert.deepEqual(nextStep(policy(), 1, 0, true), { status: 'dead' });
    assert.deepEqual(nextStep({ ...policy(), maxRetries: 0 }, 1), { status: 'dead' });
  });
});
