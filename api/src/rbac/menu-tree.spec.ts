import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildMenuTree, createsCycle, type MenuItem, type MenuNode } from './menu-tree';

const menu = (id: string, parentId: string | null, sort: number): MenuItem => ({
  id, parentId, code: `m${id}`, name: `Menu ${id}`, path: parentId === null && id === '9' ? null : `/m${id}`, icon: null, sort, permissionCode: null,
});
const MENUS = [menu('1', null, 10), menu('2', null, 20), menu('9', null, 90), menu('10', '9', 2), menu('11', '9', 1), menu('12', '11', 1)];
const shape = (nodes: MenuNode[]): unknown => nodes.map((n) => (n.children.length ? { [n.id]: shape(n.children) } : n.id));

describe('menu tree', () => {
  it('nests children under their parents, ordered by sort', () => {
    assert.deepEqual(shape(buildMenuTree(MENUS)), ['1', '2', { 9: [{ 11: ['12'] }, '10'] }]);
  });

  it('orders equal sorts by id, numerically', () => {
    const tree = buildMenuTree([menu('10', null, 1), menu('9', null, 1)]);
    assert.deepEqual(shape(tree), ['9', '10']);
  });

  it('shows only visible menus and the groups that lead to them', () => {
    assert.deepEqual(shape(buildMenuTree(MENUS, new Set(['2', '12']))), ['2', { 9: [{ 11: ['12'] }] }]);
    assert.deepEqual(buildMenuTree(MENUS, new Set()), []);
  });

  it('makes an entry whose parent is missing a root', () => {
    assert.deepEqual(shape(buildMenuTree([menu('5', '404', 1), menu('1', null, 2)])), ['5', '1']);
  });

  it('leaves out entries caught in a parent cycle instead of looping', () => {
    assert.deepEqual(shape(buildMenuTree([menu('1', null, 1), menu('2', '3', 1), menu('3', '2', 1)])), ['1']);
  });

  it('detects a parent change that would create a cycle', () => {
    assert.equal(createsCycle(MENUS, '9', '12'), true, 'a group under its own grandchild');
    assert.equal(createsCycle(MENUS, '11', '11'), true, 'a menu under itself');
    assert.equal(createsCycle(MENUS, '12', '1'), false);
    assert.equal(createsCycle(MENUS, '1', null), false);
  });
});
