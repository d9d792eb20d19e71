import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSubordinateTree, type TreeNode } from './subordinate-tree';

const row = (id: string, parentId: string | null) => ({ id, parentId });
const shape = (nodes: TreeNode<{ id: string }>[]): unknown => nodes.map((n) => (n.children.length ? { [n.node.id]: shape(n.children) } : n.node.id));

test('children and grandchildren of the root, in row order', () => {
  const rows = [row('1', null), row('2', '1'), row('3', '1'), row('4', '2'), row('5', '2'), row('6', '3')];
  assert.deepEqual(shape(buildSubordinateTree('1', rows, 2)), [{ 2: ['4', '5'] }, { 3: ['6'] }]);
});

test('depth limits how far down the tree goes', () => {
  const rows = [row('2', '1'), row('4', '2'), row('9', '4')];
  assert.deepEqual(shape(buildSubordinateTree('1', rows, 1)), ['2']);
  assert.deepEqual(shape(buildSubordinateTree('1', rows, 2)), [{ 2: ['4'] }]);
  assert.deepEqual(buildSubordinateTree('1', rows, 0), []);
});

test('rows of other branches are ignored; a root without subordinates has an empty tree', () => {
  const rows = [row('2', '1'), row('7', '8'), row('8', null)];
  assert.deepEqual(shape(buildSubordinateTree('1', rows, 2)), ['2']);
  assert.deepEqual(buildSubordinateTree('2', rows, 2), []);
});

test('a cycle in bad data neither loops nor places a row twice', () => {
  const rows = [row('1', '3'), row('2', '1'), row('3', '2')];
  assert.deepEqual(shape(buildSubordinateTree('1', rows, 5)), [{ 2: ['3'] }]);
});
