// node --import tsx --test bench/lib/*.spec.ts
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SystemRun } from '../run-system';
import { combine } from './compare';

const run = (label: 'baseline' | 'current', repeat: number, saturationRate: number, cpuPerOrderMs: number, clientBehind = false): SystemRun => ({
  label, repeat, revision: { rev: label, sha: label, subject: '' }, startedAt: '', finishedAt: '',
  phases: [
    { phase: 'saturation', saturationRate, cpuPerOrderMsAtSaturation: Number.NaN, maxCreditedRate: saturationRate },
    { phase: 'cpu', offeredRate: 25, cpuPerOrderMs, cpuPerOrderNetMs: Number.NaN, otherBusyPct: 0, clientBehind },
  ],
});

test('each figure is the median of the repeats with the range beside it, and the ratio is current / baseline of the medians', () => {
  const rows = combine([run('baseline', 1, 40, 30), run('current', 1, 100, 12), run('baseline', 2, 50, 20), run('current', 2, 90, 14, true), run('baseline', 3, 45, 25), run('current', 3, 110, 13)]);
  const saturation = rows.find((r) => r.key === 'saturationRate');
  assert.deepEqual(saturation?.baseline, { median: 45, min: 40, max: 50, runs: [40, 50, 45], behind: 0 });
  assert.deepEqual(saturation?.current, { median: 100, min: 90, max: 110, runs: [100, 90, 110], behind: 0 });
  assert.equal(saturation?.ratio, 2.222);
  assert.deepEqual(saturation?.goal, { text: 'ratio ≥ 2.2', met: true });
  const cpu = rows.find((r) => r.key === 'cpuPerOrderMs');
  assert.equal(cpu?.ratio, round3(13 / 25));
  assert.equal(cpu?.current?.behind, 1, 'the run whose client fell behind is counted');
  assert.deepEqual(cpu?.goal, { text: 'ratio ≤ 0.45', met: false });
  assert.equal(rows.find((r) => r.key === 'cpuPerOrderNetMs'), undefined, 'a figure no run measured is left out');
});

test('an even number of repeats takes the mean of the middle two', () => {
  const rows = combine([run('current', 1, 10, 1), run('current', 2, 30, 1)]);
  assert.equal(rows.find((r) => r.key === 'saturationRate')?.current?.median, 20);
  assert.equal(rows.find((r) => r.key === 'saturationRate')?.ratio, null, 'no baseline, no ratio');
});

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}
