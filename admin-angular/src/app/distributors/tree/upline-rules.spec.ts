import { ApiError } from '../../core/api/api-error';
import type { TreeNode } from './tree-state';
import { teamDepth, uplineProblem, uplineRefusal } from './upline-rules';

const node = (id: string, level: number, parentId: string | null, over: Partial<TreeNode> = {}): TreeNode => ({
  id, userId: `u${id}`, username: `user${id}`, realName: null, brandId: '1', level, parentId, status: 'active', totalEarnings: '0.00',
  orderCount: 0, rewardCount: 0, childCount: 0, teamSize: 0, ancestors: [], createdAt: '2026-12-01T00:00:00.000Z', ...over,
});

// 1 → 2 → 3, and 10 → 11.
const top = node('1', 1, null, { childCount: 1, teamSize: 2 });
const mid = node('2', 2, '1', { childCount: 1, teamSize: 1, ancestors: [{ id: '1', username: 'user1' }] });
const leaf = node('3', 3, '2', { ancestors: [{ id: '2', username: 'user2' }, { id: '1', username: 'user1' }] });
const other = node('10', 1, null, { childCount: 1, teamSize: 1 });
const otherChild = node('11', 2, '10', { ancestors: [{ id: '10', username: 'user10' }] });
const parent = (n: TreeNode) => ({ kind: 'parent' as const, node: n });

describe('upline change rules', () => {
  it('measure how deep a team goes', () => {
    expect(teamDepth(top)).toBe(2);
    expect(teamDepth(mid)).toBe(1);
    expect(teamDepth(leaf)).toBe(0);
  });

  it('refuse the node itself and any of its descendants as the new upline', () => {
    expect(uplineProblem(top, parent(top))).toBe('cycle');
    expect(uplineProblem(top, parent(mid))).toBe('cycle');
    expect(uplineProblem(top, parent(leaf))).toBe('cycle');
    expect(uplineProblem(mid, parent(leaf))).toBe('cycle');
  });

  it('accept another active distributor deep enough for the team', () => {
    expect(uplineProblem(leaf, parent(otherChild))).toBeNull();
    expect(uplineProblem(mid, parent(other))).toBeNull();
    expect(uplineProblem(mid, { kind: 'top' })).toBeNull();
  });

  it('refuse a team that would go below level 3, an inactive upline, no choice, and the same upline', () => {
    expect(uplineProblem(mid, parent(otherChild))).toBe('tooDeep');
    expect(uplineProblem(top, parent(other))).toBe('tooDeep');
    expect(uplineProblem(leaf, parent(node('20', 1, null, { status: 'suspended' })))).toBe('notActive');
    expect(uplineProblem(leaf, null)).toBe('required');
    expect(uplineProblem(leaf, parent(mid))).toBe('same');
    expect(uplineProblem(top, { kind: 'top' })).toBe('same');
  });

  it('say the API’s refusal beside the upline field, and other failures in the banner', () => {
    const cycle = new ApiError(409, 40985, 'cycle', [{ field: 'body.parentId', code: 'cycle', message: 'x' }]);
    expect(uplineRefusal(cycle)).toEqual({ field: { key: 'distributors.move.cycle' }, banner: null });
    const unknown = new ApiError(404, 40400, 'not found', [{ field: 'body.parentId', code: 'unknown', message: 'x' }]);
    expect(uplineRefusal(unknown).field?.key).toBe('errors.NOT_FOUND');
    const forbidden = new ApiError(403, 40300, 'not allowed');
    expect(uplineRefusal(forbidden).field).toBeNull();
    expect(uplineRefusal(forbidden).banner?.key).toBe('errors.FORBIDDEN');
  });
});
