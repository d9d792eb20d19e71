import { exportFileName, exportPercent, type MemberDetail, mergePreview, profileChanges, profileForm } from './member-rules';

function member(over: Partial<MemberDetail> = {}): MemberDetail {
  return {
    id: '1', unionid: null, phone: '138****0000', phoneMasked: true, nickname: 'Li', avatar: null, gender: null, status: 'active',
    realName: null, city: null, firstSource: null, mergedIntoId: null, conflictMemberId: null, createdAt: '2026-12-01T00:00:00Z', tags: [],
    brandIds: ['1'], openid: null, mergedAt: null, updatedAt: '2026-12-01T00:00:00Z',
    profile: { realName: 'Li Lei', birthday: null, city: 'Hangzhou', address: null, extra: null },
    brandLinks: [], orders: [], rewards: [], ...over,
  };
}

describe('member rules', () => {
  it('sends only what changed, a cleared box as null, nothing when nothing changed', () => {
    const before = profileForm(member());
    expect(profileChanges(before, { ...before })).toBeNull();
    expect(profileChanges(before, { ...before, nickname: ' Lei ', city: '' })).toEqual({ nickname: 'Lei', profile: { city: null } });
    expect(profileChanges(before, { ...before, status: 'disabled' })).toEqual({ status: 'disabled' });
    expect(profileChanges(before, { ...before, realName: 'Li Lei ' })).toBeNull();
  });

  it('previews a merge: the orders, the tags and brands the kept member does not have yet, and what blocks it', () => {
    const tag = (id: string, name: string) => ({ id, name, brandId: '1', color: null });
    const link = (brandId: string, brandName: string) => ({
      brandId, brandName, firstCampaignId: null, firstSeenAt: '2026-12-01T00:00:00Z', lastOrderAt: null, orderCount: 0, totalSpent: '0.00',
    });
    const order = { id: '9', orderNo: 'D1', campaignId: '1', brandId: '1', amount: '1.00', status: 'paid', payStatus: 'paid', paidAt: null, createdAt: '2026-12-01T00:00:00Z' };
    const source = member({ id: '2', tags: [tag('1', 'VIP'), tag('2', 'New')], brandLinks: [link('1', 'A'), link('2', 'B')], orders: [order, { ...order, id: '10' }] });
    const target = member({ id: '3', tags: [tag('1', 'VIP')], brandLinks: [link('1', 'A')] });
    expect(mergePreview(source, target)).toEqual({ orders: 2, tagsAdded: ['New'], brandsAdded: ['B'], blocked: null });
    expect(mergePreview(source, source).blocked).toBe('self');
    expect(mergePreview(source, { ...target, status: 'merged' }).blocked).toBe('merged');
  });

  it('says an export\'s progress in whole per cent and names its file', () => {
    expect(exportPercent({ status: 'queued', done: 0, total: 0 })).toBe(0);
    expect(exportPercent({ status: 'running', done: 1, total: 3 })).toBe(33);
    expect(exportPercent({ status: 'done', done: 0, total: 0 })).toBe(100);
    expect(exportFileName({ id: '7', format: 'xlsx', createdAt: '2026-12-03T10:00:00Z' })).toBe('members-2026-12-03-7.xlsx');
  });
});
