import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toTreeNode } from './distributor-tree.repository';

const row = (over: Record<string, unknown> = {}) => ({
  id: 7, user_id: 70, username: 'u7', real_name: null, brand_id: 1, level: 3, parent_id: 5, status: 'active', total_earnings: '12.50',
  order_count: 2, created_at: new Date('2026-12-01T08:00:00Z'), p_id: 5, p_username: 'u5', g_id: 3, g_username: 'u3',
  reward_count: 4, child_count: 2, grandchild_count: 3, ...over,
});

test('a tree node counts its whole team (children and grandchildren) and lists its upline nearest first', () => {
  const node = toTreeNode(row());
  assert.equal(node.teamSize, 5);
  assert.equal(node.childCount, 2);
  assert.equal(node.rewardCount, 4);
  assert.deepEqual(node.ancestors, [{ id: '5', username: 'u5' }, { id: '3', username: 'u3' }]);
  assert.equal(node.id, '7');
  assert.equal(node.createdAt, '2026-12-01T08:00:00.000Z');
});

test('a level-1 distributor has no upline, a level-2 one only its parent', () => {
  assert.deepEqual(toTreeNode(row({ parent_id: null, p_id: null, p_username: null, g_id: null, g_username: null })).ancestors, []);
  assert.deepEqual(toTreeNode(row({ g_id: null, g_username: null })).ancestors, [{ id: '5', username: 'u5' }]);
});
