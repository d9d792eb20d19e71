import type { TreeNode } from './tree-state';
import { branchFailed, branchLoaded, branchLoading, emptyTree, needsLoad, TOP, toggleExpanded, visibleRows } from './tree-state';

const node = (id: string, level = 1, childCount = 0): TreeNode => ({
  id, userId: `u${id}`, username: `user${id}`, realName: null, brandId: '1', level, parentId: null, status: 'active', totalEarnings: '0.00',
  orderCount: 0, rewardCount: 0, childCount, teamSize: childCount, ancestors: [], createdAt: '2026-12-01T00:00:00.000Z',
});
const page = (items: TreeNode[], total: number, p = 1) => ({ items, total, page: p, pageSize: 20 });
const shape = (rows: ReturnType<typeof visibleRows>) =>
  rows.map((r) => (r.kind === 'node' ? `${'  '.repeat(r.depth)}${r.node.id}${r.expanded ? '-' : ''}` : `${'  '.repeat(r.depth)}[${r.kind}]`));

describe('the distributor tree state', () => {
  it('shows the top level, then a node’s team only once it is opened and loaded', () => {
    let s = branchLoaded(emptyTree(), TOP, page([node('1', 1, 2), node('2')], 2));
    expect(shape(visibleRows(s))).toEqual(['1', '2']);
    s = toggleExpanded(s, '1');
    expect(needsLoad(s, '1')).toBeTrue();
    s = branchLoading(s, '1');
    expect(needsLoad(s, '1')).toBeFalse();
    expect(shape(visibleRows(s))).toEqual(['1-', '  [loading]', '2']);
    s = branchLoaded(s, '1', page([node('11', 2), node('12', 2)], 2));
    expect(shape(visibleRows(s))).toEqual(['1-', '  11', '  12', '2']);
    s = toggleExpanded(s, '1');
    expect(shape(visibleRows(s))).toEqual(['1', '2']);
    expect(needsLoad(toggleExpanded(s, '1'), '1')).toBeFalse(); // opened again: already loaded
  });

  it('offers the rest of a long team, appends the next page without repeating anyone, and says an empty team', () => {
    let s = toggleExpanded(branchLoaded(emptyTree(), TOP, page([node('1', 1, 3)], 1)), '1');
    s = branchLoaded(s, '1', page([node('11', 2), node('12', 2)], 3));
    expect(shape(visibleRows(s))).toEqual(['1-', '  11', '  12', '  [more]']);
    expect(visibleRows(s)[3]).toEqual(jasmine.objectContaining({ kind: 'more', remaining: 1 }));
    s = branchLoaded(s, '1', page([node('12', 2), node('13', 2)], 3, 2));
    expect(shape(visibleRows(s))).toEqual(['1-', '  11', '  12', '  13']);
    s = toggleExpanded(s, '13');
    s = branchLoaded(s, '13', page([], 0));
    expect(shape(visibleRows(s))).toEqual(['1-', '  11', '  12', '  13-', '    [none]']);
  });

  it('keeps what was shown when a page fails, and says the failure where the team would be', () => {
    let s = toggleExpanded(branchLoaded(emptyTree(), TOP, page([node('1', 1, 1)], 1)), '1');
    s = branchFailed(branchLoading(s, '1'), '1', { key: 'errors.NETWORK' });
    const rows = visibleRows(s);
    expect(shape(rows)).toEqual(['1-', '  [error]']);
    expect(rows[1]).toEqual(jasmine.objectContaining({ kind: 'error', message: { key: 'errors.NETWORK' } }));
  });

  it('cannot loop on a cycle in the data', () => {
    let s = toggleExpanded(branchLoaded(emptyTree(), TOP, page([node('1', 1, 1)], 1)), '1');
    s = branchLoaded(s, '1', page([node('1', 2, 1)], 1));
    expect(shape(visibleRows(s))).toEqual(['1-']);
  });
});
