// node --import tsx --test bench/phases/*.spec.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keptUp } from './saturation';
import type { SpreadResult } from './spread';

const step = (over: Partial<SpreadResult> & { p99?: number; credited?: number } = {}): SpreadResult => ({
  offeredRate: 100, sentRate: 100, callbacks: 1500, shed: 0, errors: 0, incomplete: 0, invariants: 'ok', clientBehind: false,
  creditLatencyMs: { n: over.credited ?? 1500, p50: 10, p95: 50, p99: over.p99 ?? 200, max: 300, mean: 20 },
  ...over,
} as SpreadResult);

test('a step is kept up with when every callback was accepted and credited within the p99 limit at the offered rate', () => {
  assert.equal(keptUp(step(), 1000), true);
  assert.equal(keptUp(step({ clientBehind: true }), 1000), true, 'a few late sends are inside the latencies already');
  assert.equal(keptUp(step({ shed: 1 }), 1000), false, 'one refused callback');
  assert.equal(keptUp(step({ errors: 1 }), 1000), false, 'one failed callback');
  assert.equal(keptUp(step({ credited: 1499 }), 1000), false, 'one order not credited');
  assert.equal(keptUp(step({ p99: 1001 }), 1000), false, 'a queue that grew over the step');
  assert.equal(keptUp(step({ sentRate: 96 }), 1000), false, 'the client did not offer the rate');
});
