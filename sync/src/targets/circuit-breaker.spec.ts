import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { CircuitBreaker, CircuitOpenError } from './circuit-breaker';

const T0 = 1_000_000;
const breakers: CircuitBreaker[] = [];

/** opossum's open → half-open transition is a timer: the clock and the timers are mocked together. */
function breaker() {
  const b = new CircuitBreaker('brand:7', { threshold: 3, cooldownMs: 10_000 });
  breakers.push(b);
  return { b, advance: (ms: number) => mock.timers.tick(ms) };
}

/** What one attempt through the breaker came to: it ran (and succeeded or failed), or was refused unrun. */
async function attempt(b: CircuitBreaker, outcome: 'ok' | string = 'ok'): Promise<'ran' | 'refused'> {
  try {
    await b.run(async () => {
      if (outcome !== 'ok') throw new Error(outcome);
    });
    return 'ran';
  } catch (err) {
    if (err instanceof CircuitOpenError) return 'refused';
    assert.equal((err as Error).message, outcome);
    return 'ran';
  }
}

async function fail(b: CircuitBreaker, times: number, error = 'ECONNREFUSED'): Promise<void> {
  for (let i = 0; i < times; i++) assert.equal(await attempt(b, error), 'ran');
}

describe('circuit breaker (opossum)', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: T0 }));
  afterEach(() => {
    for (const b of breakers.splice(0)) b.shutdown();
    mock.timers.reset();
  });

  test('closed: attempts go through; failures below the threshold keep it closed; a success resets the count', async () => {
    const { b } = breaker();
    await fail(b, 2, 'x');
    assert.equal(await attempt(b), 'ran');
    await fail(b, 2, 'x');
    assert.equal(b.snapshot().state, 'closed');
    assert.equal(b.snapshot().consecutiveFailures, 2);
  });

  test("consecutive failures open it, not opossum's error percentage: two failures in three, for ever, keep it closed", async () => {
    const { b } = breaker();
    for (let i = 0; i < 10; i++) {
      await fail(b, 2);
      assert.equal(await attempt(b), 'ran');
    }
    assert.equal(b.snapshot().state, 'closed');
  });

  test('opens after the threshold: attempts are refused, without running, until the cool-down has passed', async () => {
    const { b, advance } = breaker();
    await fail(b, 3);
    const s = b.snapshot();
    assert.equal(s.state, 'open');
    assert.equal(s.lastError, 'ECONNREFUSED');
    assert.equal(s.openedAt, new Date(T0).toISOString());
    let ran = false;
    await assert.rejects(b.run(async () => (ran = true)), /circuit open for target brand:7: not attempted \(next probe in 10 s; last error: ECONNREFUSED\)/);
    assert.equal(ran, false);
    assert.equal(b.retryInMs(), 10_000);
    advance(9_999);
    assert.equal(await attempt(b), 'refused');
    assert.equal(b.retryInMs(), 1);
  });

  test('half-open after the cool-down: one probe at a time; its success closes the circuit', async () => {
    const { b, advance } = breaker();
    await fail(b, 3, 'down');
    advance(10_000);
    assert.equal(b.snapshot().state, 'half_open', 'reported as half-open before the probe');
    assert.equal(b.retryInMs(), 0);
    let finishProbe!: () => void;
    const probe = b.run(() => new Promise<void>((resolve) => (finishProbe = resolve)));
    await assert.rejects(b.run(async () => undefined), /another attempt is probing it/, 'a second attempt waits for the probe');
    assert.equal(b.snapshot().state, 'half_open');
    finishProbe();
    await probe;
    assert.deepEqual(b.snapshot(), { state: 'closed', consecutiveFailures: 0, openedAt: null, lastError: 'down' });
    assert.equal(await attempt(b), 'ran');
  });

  test('a failed probe opens it again for a whole cool-down', async () => {
    const { b, advance } = breaker();
    await fail(b, 3, 'down');
    advance(10_000);
    assert.equal(await attempt(b, 'still down'), 'ran');
    assert.equal(b.snapshot().state, 'open');
    assert.equal(b.snapshot().lastError, 'still down');
    assert.equal(await attempt(b), 'refused');
    assert.equal(b.retryInMs(), 10_000);
    advance(10_000);
    assert.equal(b.snapshot().state, 'half_open');
  });

  test('what opossum changes: a late success of an attempt begun before it opened leaves it open', async () => {
    const { b } = breaker();
    let finishSlow!: () => void;
    const slow = b.run(() => new Promise<void>((resolve) => (finishSlow = resolve)));
    await fail(b, 3);
    finishSlow();
    await slow;
    assert.equal(b.snapshot().state, 'open');
    assert.equal(b.snapshot().consecutiveFailures, 0);
    assert.equal(b.snapshot().openedAt, new Date(T0).toISOString());
    assert.equal(b.retryInMs(), 10_000);
  });

  test('a shut-down breaker (its target replaced: the old pool is closed too) runs nothing more', async () => {
    const { b } = breaker();
    b.shutdown();
    let ran = false;
    await assert.rejects(b.run(async () => (ran = true)), /shutdown/);
    assert.equal(ran, false);
  });
});
