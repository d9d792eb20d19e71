import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CircuitBreaker } from './circuit-breaker';

function breaker() {
  let now = 1_000_000;
  const b = new CircuitBreaker({ threshold: 3, cooldownMs: 10_000, now: () => now });
  return { b, advance: (ms: number) => (now += ms) };
}

describe('circuit breaker', () => {
  test('closed: attempts go through; failures below the threshold keep it closed; a success resets the count', () => {
    const { b } = breaker();
    b.onFailure('x');
    b.onFailure('x');
    assert.equal(b.tryAcquire(), true);
    b.onSuccess();
    b.onFailure('x');
    b.onFailure('x');
    assert.equal(b.snapshot().state, 'closed');
    assert.equal(b.snapshot().consecutiveFailures, 2);
  });

  test('opens after the threshold: attempts are refused until the cool-down has passed', () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.onFailure('ECONNREFUSED');
    const s = b.snapshot();
    assert.equal(s.state, 'open');
    assert.equal(s.lastError, 'ECONNREFUSED');
    assert.equal(s.openedAt, new Date(1_000_000).toISOString());
    assert.equal(b.tryAcquire(), false);
    assert.equal(b.retryInMs(), 10_000);
    advance(9_999);
    assert.equal(b.tryAcquire(), false);
    assert.equal(b.retryInMs(), 1);
  });

  test('half-open after the cool-down: one probe at a time; its success closes the circuit', () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.onFailure('down');
    advance(10_000);
    assert.equal(b.snapshot().state, 'half_open', 'reported as half-open before the probe');
    assert.equal(b.tryAcquire(), true, 'the probe');
    assert.equal(b.tryAcquire(), false, 'a second attempt waits for the probe');
    b.onSuccess();
    assert.equal(b.snapshot().state, 'closed');
    assert.equal(b.tryAcquire(), true);
  });

  test("a failed probe opens it again for a whole cool-down", () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.onFailure('down');
    advance(10_000);
    assert.equal(b.tryAcquire(), true);
    b.onFailure('still down');
    assert.equal(b.snapshot().state, 'open');
    assert.equal(b.tryAcquire(), false);
    assert.equal(b.retryInMs(), 10_000);
  });
});
