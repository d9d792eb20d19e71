import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planUplineMove, type UplineNode } from './upline-move';

const node = (id: string, level: number, parentId: string | null, over: Partial<UplineNode> = {}): UplineNode => ({
  id, brandId: '1', level, parentId, status: 'active', ...over,
});

// A tree: 1 → 2 → 3, and 10 (level 1) → 11.
const top = node('1', 1, null);
const mid = node('2', 2, '1');
const leaf = node('3', 3, '2');
const other = node('10', 1, null);
const otherChild = node('11', 2, '10');

test('a leaf moves under another parent one level below it', () => {
  assert.deepEqual(planUplineMove(leaf, other, [], 0), { ok: true, unchanged: false, level: 2, levelShift: -1 });
  assert.deepEqual(planUplineMove(leaf, otherChild, ['10'], 0), { ok: true, unchanged: false, level: 3, levelShift: 0 });
});

test('a distributor with its team moves to the top, its team one level up with it', () => {
  assert.deepEqual(planUplineMove(mid, null, [], 1), { ok: true, unchanged: false, level: 1, levelShift: -1 });
});

test('the parent it already has changes nothing', () => {
  assert.deepEqual(planUplineMove(mid, top, [], 1), { ok: true, unchanged: true, level: 2, levelShift: 0 });
  assert.deepEqual(planUplineMove(top, null, [], 2), { ok: true, unchanged: true, level: 1, levelShift: 0 });
});

test('a distributor cannot move under itself or any of its descendants', () => {
  assert.deepEqual(planUplineMove(top, top, [], 2), { ok: false, reason: 'cycle' });
  assert.deepEqual(planUplineMove(top, mid, ['1'], 2), { ok: false, reason: 'cycle' });
  assert.deepEqual(planUplineMove(top, leaf, ['2', '1'], 2), { ok: false, reason: 'cycle' });
  assert.deepEqual(planUplineMove(mid, leaf, ['2', '1'], 1), { ok: false, reason: 'cycle' });
});

test('the team below must stay within level 3', () => {
  assert.deepEqual(planUplineMove(mid, otherChild, ['10'], 1), { ok: false, reason: 'too_deep' });
  assert.deepEqual(planUplineMove(top, other, [], 2), { ok: false, reason: 'too_deep' });
  assert.deepEqual(planUplineMove(top, other, [], 1), { ok: true, unchanged: false, level: 2, levelShift: 1 });
});

test('the new parent must be an active distributor of the same brand', () => {
  assert.deepEqual(planUplineMove(leaf, node('20', 1, null, { brandId: '2' }), [], 0), { ok: false, reason: 'parent_not_found' });
  assert.deepEqual(planUplineMove(leaf, node('21', 1, null, { status: 'suspended' }), [], 0), { ok: false, reason: 'parent_not_active' });
  assert.deepEqual(planUplineMove(leaf, node('22', 1, null, { status: 'pending' }), [], 0), { ok: false, reason: 'parent_not_active' });
});
