import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type LinkState, type MergeSide, mergeRefusal, planMerge } from './member-merge';
import type { MemberRow } from './member-rows';

const row = (id: string, over: Partial<MemberRow> = {}): MemberRow => ({
  id, unionid: `oUnion_${id.padStart(21, '0')}`, openid: null, phone: null, nickname: null, avatar: null, gender: null, status: 'active',
  firstSource: null, mergedIntoId: null, mergedAt: null, conflictMemberId: null, createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z', realName: null, birthday: null, city: null, address: null, extra: null, ...over,
});
const link = (id: string, brandId: string, over: Partial<LinkState> = {}): LinkState => ({
  id, brandId, firstCampaignId: `${brandId}0`, orderCount: 1, totalSpent: '0.00', lastOrderAt: null, createdAt: '2026-02-01T00:00:00.000Z', ...over,
});
const side = (member: MemberRow, over: Partial<MergeSide> = {}): MergeSide => ({ member, tagIds: [], links: [], orderIds: [], ...over });

describe('member merge planning', () => {
  it('refuses merging a member into itself and merging a merged member', () => {
    assert.equal(mergeRefusal(row('1'), row('1')), 'self');
    assert.equal(mergeRefusal(row('1', { status: 'merged' }), row('2')), 'already_merged');
    assert.equal(mergeRefusal(row('1'), row('2', { status: 'merged' })), 'already_merged');
    assert.equal(mergeRefusal(row('1', { status: 'disabled' }), row('2')), null);
  });

  it("moves the links of brands only the source has and combines the shared brand's link without losing a count", () => {
    const source = side(row('1'), {
      links: [
        link('11', '7', { orderCount: 2, totalSpent: '198.00', lastOrderAt: '2026-03-05T00:00:00.000Z', createdAt: '2026-01-10T00:00:00.000Z', firstCampaignId: '70' }),
        link('12', '8', { orderCount: 1 }),
      ],
    });
    const target = side(row('2'), {
      links: [link('21', '7', { orderCount: 3, totalSpent: '0.10', lastOrderAt: '2026-03-01T00:00:00.000Z', createdAt: '2026-02-01T00:00:00.000Z', firstCampaignId: '71' })],
    });
    const plan = planMerge(source, target);
    assert.deepEqual(plan.moveLinkIds, ['12']);
    assert.deepEqual(plan.combineLinks, [
      {
        targetLinkId: '21', sourceLinkId: '11', firstCampaignId: '70', orderCount: 5, totalSpent: '198.10',
        lastOrderAt: '2026-03-05T00:00:00.000Z', createdAt: '2026-01-10T00:00:00.000Z',
      },
    ]);
  });

  it('moves only the tags the target lacks (the union, without duplicates)', () => {
    const plan = planMerge(side(row('1'), { tagIds: ['1', '2', '3'] }), side(row('2'), { tagIds: ['2', '4'] }));
    assert.deepEqual(plan.moveTagIds, ['1', '3']);
  });

  it("fills only what the target lacks; the target's own values win, extra keys are joined", () => {
    const source = side(row('1', { phone: '13900000001', nickname: 'src', gender: '女', realName: '源', city: '北京', extra: { a: 1, b: 'src' } }));
    const target = side(row('2', { nickname: 'tgt', city: '上海', extra: { b: 'tgt' } }));
    const plan = planMerge(source, target);
    assert.deepEqual(plan.memberFill, { phone: '13900000001', gender: '女' });
    assert.deepEqual(plan.profileFill, { realName: '源', extra: { a: 1, b: 'tgt' } });
  });

  it('plans nothing to fill when the source has nothing new', () => {
    const plan = planMerge(side(row('1')), side(row('2', { phone: '13900000002' })));
    assert.deepEqual(plan, { moveLinkIds: [], combineLinks: [], moveTagIds: [], memberFill: {}, profileFill: {} });
  });
});
