import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeApplicant, type ReferrerRow } from './distributor-placement';

const referrer = (level: number, over: Partial<ReferrerRow> = {}): ReferrerRow => ({ id: '42', brandId: '7', level, status: 'active', ...over });

test('no referrer: level 1, no parent', () => {
  assert.deepEqual(placeApplicant('7', { named: false }), { ok: true, level: 1, parentId: null });
});

test("a referrer: one level below it, the referrer as parent", () => {
  assert.deepEqual(placeApplicant('7', { named: true, referrer: referrer(1) }), { ok: true, level: 2, parentId: '42' });
  assert.deepEqual(placeApplicant('7', { named: true, referrer: referrer(2) }), { ok: true, level: 3, parentId: '42' });
});

test('a level-3 referrer cannot recruit: there is no 4th level', () => {
  assert.deepEqual(placeApplicant('7', { named: true, referrer: referrer(3) }), { ok: false, reason: 'level_limit' });
});

test('a referrer that is unknown, of another brand or not active is refused, not dropped', () => {
  assert.deepEqual(placeApplicant('7', { named: true, referrer: null }), { ok: false, reason: 'referrer_invalid' });
  assert.deepEqual(placeApplicant('7', { named: true, referrer: referrer(1, { brandId: '8' }) }), { ok: false, reason: 'referrer_invalid' });
  for (const status of ['pending', 'rejected', 'suspended']) {
    assert.deepEqual(placeApplicant('7', { named: true, referrer: referrer(1, { status }) }), { ok: false, reason: 'referrer_invalid' });
  }
});
