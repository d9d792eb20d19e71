import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstQueryDelayMs, nextQueryDelayMs, type WatchTiming } from './watch-schedule';

const t: WatchTiming = { firstDelayMs: 60_000, maxIntervalMs: 300_000, expiryMarginMs: 60_000 };
const minutes = (n: number) => n * 60_000;

test('the first query comes after the configured delay, or at expiry + margin if that is sooner', () => {
  assert.equal(firstQueryDelayMs(minutes(30), t), 60_000);
  assert.equal(firstQueryDelayMs(-30_000, t), 30_000, 'expired 30 s ago: at expiry + 60 s');
  assert.equal(firstQueryDelayMs(-minutes(5), t), 0, 'long past: at once');
  assert.equal(firstQueryDelayMs(null, t), 60_000);
});

test('then doubling intervals up to the cap', () => {
  const delays = [1, 2, 3, 4, 5].map((attempt) => nextQueryDelayMs(attempt, minutes(60), t));
  assert.deepEqual(delays, [120_000, 240_000, 300_000, 300_000, 300_000]);
});

test('never past expiry + margin, and none once expired (the expiry step takes over)', () => {
  assert.equal(nextQueryDelayMs(3, 30_000, t), 90_000, '30 s left: the last query at expiry + 60 s');
  assert.equal(nextQueryDelayMs(1, 0, t), null);
  assert.equal(nextQueryDelayMs(1, -1, t), null);
});

test('a huge attempt number does not overflow the interval', () => {
  assert.equal(nextQueryDelayMs(5_000, null, t), 300_000);
});

test('a whole 30-minute window: about a dozen queries, the last at expiry + margin', () => {
  let left = minutes(30) - firstQueryDelayMs(minutes(30), t);
  let queries = 1;
  for (let attempt = 1; ; attempt += 1) {
    const next = nextQueryDelayMs(attempt, left, t);
    if (next === null) break;
    left -= next;
    queries += 1;
  }
  assert.equal(left, -t.expiryMarginMs, 'the last query is at expiry + margin');
  assert.ok(queries >= 7 && queries <= 12, `${queries} queries`);
});
