import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, chinaDay, dayBounds, nextChinaTime } from './bill-day';

describe('bill days are China Standard Time days', () => {
  it('a UTC instant belongs to the CST day eight hours ahead', () => {
    assert.equal(chinaDay(new Date('2026-12-02T15:59:59.999Z')), '2026-12-02');
    assert.equal(chinaDay(new Date('2026-12-02T16:00:00.000Z')), '2026-12-03', 'midnight in Beijing is 16:00 UTC');
  });

  it('a day runs from 16:00 UTC the day before, end excluded', () => {
    const { from, to } = dayBounds('2026-03-01');
    assert.equal(from.toISOString(), '2026-02-28T16:00:00.000Z');
    assert.equal(to.toISOString(), '2026-03-01T16:00:00.000Z');
  });

  it('adds days across months and years', () => {
    assert.equal(addDays('2026-01-01', -1), '2025-12-31');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  });

  it("the daily job's first firing is the next HH:mm in Beijing, with its offset", () => {
    assert.equal(nextChinaTime(new Date('2026-12-03T02:29:00Z'), '10:30'), '2026-12-03T10:30:00+08:00', 'before 10:30 CST: today');
    assert.equal(nextChinaTime(new Date('2026-12-03T02:30:00Z'), '10:30'), '2026-12-04T10:30:00+08:00', 'at or after: tomorrow');
    assert.equal(nextChinaTime(new Date('2026-12-03T17:00:00Z'), '10:30'), '2026-12-04T10:30:00+08:00', '01:00 CST on the 4th');
  });
});
