import { bodyOf, campaignProblems, type CampaignFormValue, emptyForm, formOf, normaliseMoney, type AdminCampaign } from './campaign-form';
import { problemMessage } from './campaign-problems';

const NOW = new Date('2026-06-01T00:00:00Z');

function valid(overrides: Partial<CampaignFormValue> = {}): CampaignFormValue {
  return { ...emptyForm('7'), name: '春季品鉴会', price: '99', startTime: '2026-07-01T09:00', endTime: '2026-07-02T18:00', ...overrides };
}

const codes = (v: CampaignFormValue, creating = true) => campaignProblems(v, creating, NOW).map((p) => `${p.field}:${p.code}`);

describe('campaign form rules (as the API applies them)', () => {
  it('accepts a complete campaign', () => {
    expect(codes(valid())).toEqual([]);
  });

  it('needs a name, a brand on creation, a price and both times', () => {
    expect(codes({ ...emptyForm(), description: '' })).toEqual([
      'body.name:required', 'body.brandId:required', 'body.price:required', 'body.startTime:required', 'body.endTime:required',
    ]);
    expect(codes(valid({ brandId: '' }), false)).toEqual([], 'an existing campaign keeps its brand');
  });

  it('takes money as the API writes it, and refuses a price under 0.01 or with three decimals', () => {
    expect(normaliseMoney('99')).toBe('99.00');
    expect(normaliseMoney(' 9.5 ')).toBe('9.50');
    expect(codes(valid({ price: '0' }))).toEqual(['body.price:too_small']);
    expect(codes(valid({ price: '1.234' }))).toEqual(['body.price:invalid_format']);
  });

  it('refuses an end before the start, and on creation an end already past', () => {
    expect(codes(valid({ endTime: '2026-06-30T09:00' }))).toEqual(['body.endTime:range']);
    expect(codes(valid({ startTime: '2026-05-01T09:00', endTime: '2026-05-02T09:00' }))).toEqual(['body.endTime:in_the_past']);
    expect(codes(valid({ startTime: '2026-05-01T09:00', endTime: '2026-05-02T09:00' }), false)).toEqual([], 'an existing campaign may have ended');
  });

  it('takes times between 2000 and 2099 only, as the API does', () => {
    expect(codes(valid({ startTime: '2100-01-01T09:00', endTime: '2100-01-02T09:00' }))).toEqual(['body.startTime:invalid_format', 'body.endTime:invalid_format']);
  });

  it('refuses a quota that is not a whole number from 1', () => {
    expect(codes(valid({ quota: '0' }))).toEqual(['body.quota:invalid_format']);
    expect(codes(valid({ quota: '2.5' }))).toEqual(['body.quota:invalid_format']);
    expect(codes(valid({ quota: '' }))).toEqual([]);
  });

  it('refuses rewards above the price, by the shared reward rule, naming the rewards as a whole', () => {
    const rewards = [{ mode: 'fixed' as const, value: '60' }, { mode: 'percent' as const, value: '50' }, { mode: 'none' as const, value: '' }];
    expect(codes(valid({ price: '100', rewards }))).toEqual(['body.rewardLevels:reward_rule']);
    expect(codes(valid({ price: '200', rewards }))).toEqual([]);
  });

  it('names a malformed reward by its index among the levels sent', () => {
    const rewards = [{ mode: 'none' as const, value: '' }, { mode: 'percent' as const, value: 'abc' }, { mode: 'none' as const, value: '' }];
    expect(codes(valid({ rewards }))).toEqual(['body.rewardLevels.0.percent:invalid_format']);
  });

  it('builds the body the API takes: ISO times, money text, levels with a mode, null for empty', () => {
    const rewards = [{ mode: 'fixed' as const, value: '10' }, { mode: 'none' as const, value: '' }, { mode: 'percent' as const, value: '5' }];
    const body = bodyOf(valid({ rewards, quota: '' }), []);
    expect(body.price).toBe('99.00');
    expect(body.quota).toBeNull();
    expect(body.description).toBeNull();
    expect(body.startTime).toBe(new Date('2026-07-01T09:00').toISOString());
    expect(body.rewardLevels).toEqual([{ level: 1, mode: 'fixed', amount: '10.00' }, { level: 3, mode: 'percent', percent: '5' }]);
  });

  it('shows a saved campaign in the form as it was', () => {
    const saved = {
      name: 'x', brandId: '7', price: '99.00', quota: 30, startTime: '2026-07-01T01:00:00.000Z', endTime: '2026-07-02T10:00:00.000Z', description: null,
      rewardLevels: [{ level: 2, mode: 'percent', percent: '12.5' }],
    } as unknown as AdminCampaign;
    const v = formOf(saved);
    expect(v.quota).toBe('30');
    expect(v.rewards.map((r) => r.mode)).toEqual(['none', 'percent', 'none']);
    expect(new Date(v.startTime).toISOString()).toBe('2026-07-01T01:00:00.000Z');
  });

  it("says a range problem in the editor's words, by what it concerns", () => {
    expect(problemMessage({ field: 'body.endTime', code: 'range', message: 'm' }).key).toBe('campaignEditor.problems.timeRange');
    expect(problemMessage({ field: 'body.formFields.0.min', code: 'range', message: 'm' }).key).toBe('campaignEditor.problems.boundRange');
    expect(problemMessage({ field: 'body.x', code: 'whatever', message: 'm' })).toEqual({ key: 'fieldErrors.other', params: { detail: 'm' } });
  });
});
