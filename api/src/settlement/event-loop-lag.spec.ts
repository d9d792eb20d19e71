import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type DelayHistogram, EventLoopLag, LAG_WINDOW_MS } from './event-loop-lag';

/** A histogram whose 99th percentile and sample count the test sets (ms), counting its resets. */
function delays(p99Ms: number, count = 20) {
  const h = { p99Ms, count, resets: 0 };
  const histogram: DelayHistogram = {
    percentile: (p) => (assert.equal(p, 99), h.p99Ms * 1e6),
    get count() { return h.count; },
    reset: () => void (h.resets += 1),
  };
  return { h, histogram };
}

describe('EventLoopLag', () => {
  test('on time until a window has ended; then late while its 99th percentile is over the threshold', () => {
    const { h, histogram } = delays(120);
    const lag = new EventLoopLag(50, histogram, 0);
    assert.equal(lag.isLate(LAG_WINDOW_MS - 1), false, 'the first window has not ended');
    assert.equal(h.resets, 0);
    assert.equal(lag.isLate(LAG_WINDOW_MS), true);
    assert.equal(lag.p99Ms, 120);
    assert.equal(h.resets, 1, 'each window starts afresh');
  });

  test('a verdict holds until the next window ends, whatever the loop does meanwhile', () => {
    const { h, histogram } = delays(120);
    const lag = new EventLoopLag(50, histogram, 0);
    assert.equal(lag.isLate(100), true);
    h.p99Ms = 5;
    assert.equal(lag.isLate(199), true, 'same window');
    assert.equal(lag.lateNow, true);
    assert.equal(lag.isLate(200), false, 'the next window was on time');
    assert.equal(lag.lateNow, false);
    h.p99Ms = 50;
    assert.equal(lag.isLate(300), false, 'exactly the threshold is on time');
  });

  test('a window in which the monitor could not take one sample is late', () => {
    const { histogram } = delays(0, 0);
    const lag = new EventLoopLag(50, histogram, 0);
    assert.equal(lag.isLate(150), true);
    assert.equal(lag.p99Ms, Number.POSITIVE_INFINITY);
  });

  test('a threshold that is not positive is refused', () => {
    assert.throws(() => new EventLoopLag(0, delays(1).histogram), RangeError);
    assert.throws(() => new EventLoopLag(Number.NaN, delays(1).histogram), RangeError);
  });

  test("with node's own monitor: a loop blocked for 200 ms is late once the window ends", async () => {
    const lag = new EventLoopLag(50);
    // The monitor measures from one of its ticks to the next: let it tick before the block.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const blockedUntil = Date.now() + 200;
    while (Date.now() < blockedUntil) { /* the loop is blocked: no timer runs */ }
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(lag.isLate(Date.now()), true);
    assert.ok(lag.p99Ms > 150, `p99 ${lag.p99Ms} ms over a window holding a 200 ms block`);
  });
});
