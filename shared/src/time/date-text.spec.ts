import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { idSchema, isId } from '../ids/id';
import { chinaDay, chinaTime, isoTime, isoTimeOrNull, isoTimeSchema } from './date-text';

describe('date text', () => {
  test('a database time as ISO-8601 UTC; nothing stays null', () => {
    assert.equal(isoTimeOrNull(new Date('2026-12-04T10:00:00.123Z')), '2026-12-04T10:00:00.123Z');
    assert.equal(isoTimeOrNull('2026-12-04T10:00:00Z'), '2026-12-04T10:00:00.000Z');
    assert.equal(isoTimeOrNull(null), null);
    assert.equal(isoTimeOrNull(undefined), null);
    assert.equal(isoTime(Date.UTC(2026, 11, 4)), '2026-12-04T00:00:00.000Z');
  });

  test('China Standard Time as WeChat Pay writes it: +08:00, whole seconds; the CST day turns at 16:00 UTC', () => {
    assert.equal(chinaTime(new Date('2024-06-08T02:34:56.789Z')), '2024-06-08T10:34:56+08:00');
    assert.equal(chinaTime(Date.parse('2024-06-08T16:00:00Z')), '2024-06-09T00:00:00+08:00');
    assert.equal(chinaDay(new Date('2026-12-02T15:59:59.999Z')), '2026-12-02');
    assert.equal(chinaDay(new Date('2026-12-02T16:00:00.000Z')), '2026-12-03');
  });

  test('an ISO instant in a message: Z or an offset, never a bare or a made-up time', () => {
    for (const ok of ['2026-12-04T10:00:00.000Z', '2026-12-04T10:00:00Z', '2024-06-08T10:34:56+08:00']) assert.ok(isoTimeSchema.safeParse(ok).success, ok);
    for (const bad of ['2026-12-04 10:00:00', '2026-12-04', 'now', '2026-13-04T10:00:00Z']) assert.ok(!isoTimeSchema.safeParse(bad).success, bad);
  });
});

describe('the id pattern', () => {
  test('1 to 19 digits without a leading zero, as text', () => {
    for (const ok of ['1', '42', '9'.repeat(19)]) assert.ok(isId(ok) && idSchema.safeParse(ok).success, ok);
    for (const bad of ['0', '01', '9'.repeat(20), '-1', '1.0', ' 1', '', 1, null]) {
      assert.ok(!isId(bad) && !idSchema.safeParse(bad).success, JSON.stringify(bad));
    }
  });
});
