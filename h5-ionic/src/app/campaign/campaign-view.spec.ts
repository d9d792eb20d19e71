import { fromCampaign, fromPage, type PublishedPage, timeLeft, windowOf } from './campaign-view';

const campaign = {
  view: 'public' as const, id: '7', brandId: '1', name: '春季体验课', description: '好课', coverImage: 'https://cdn.example.com/c.png', price: '99.00',
  startTime: '2026-12-01T00:00:00Z', endTime: '2026-12-31T00:00:00Z', status: 'active' as const, formFields: [],
};

describe('campaign page renderer model', () => {
  it("renders the designer's blocks in order and adds the sign-up form when the design has none", () => {
    const page: PublishedPage = { campaign, version: 2, publishedAt: '2026-12-01T00:00:00Z', config: { title: '标题', theme: { primaryColor: '#112233' }, blocks: [{ id: 'b', type: 'banner', imageUrl: 'https://cdn.example.com/b.png' }, { id: 's', type: 'spacer', height: 8 }] } };
    const screen = fromPage(page);
    expect(screen.blocks.map((b) => b.type)).toEqual(['banner', 'spacer', 'form']);
    expect(screen.title).toBe('标题');
    expect(screen.primaryColor).toBe('#112233');
    expect(screen.designed).toBeTrue();
  });

  it('keeps the designer form block where it was placed', () => {
    const page: PublishedPage = { campaign, version: 1, publishedAt: '2026-12-01T00:00:00Z', config: { blocks: [{ id: 'f', type: 'form', submitText: '抢' }, { id: 'r', type: 'richText', html: '<p>x</p>' }] } };
    expect(fromPage(page).blocks.map((b) => b.type)).toEqual(['form', 'richText']);
  });

  it('lays out the campaign fields when there is no designed page', () => {
    const screen = fromCampaign(campaign);
    expect(screen.blocks.map((b) => b.type)).toEqual(['image', 'form']);
    expect(screen.designed).toBeFalse();
    expect(fromCampaign({ ...campaign, coverImage: null }).blocks.map((b) => b.type)).toEqual(['form']);
  });

  it('knows whether sign-up is open, and says how long is left', () => {
    expect(windowOf(campaign, Date.parse('2026-11-30T00:00:00Z'))).toBe('upcoming');
    expect(windowOf(campaign, Date.parse('2026-12-10T00:00:00Z'))).toBe('open');
    expect(windowOf(campaign, Date.parse('2026-12-31T00:00:00Z'))).toBe('ended');
    expect(timeLeft('2026-12-03T02:30:00Z', Date.parse('2026-12-01T00:00:00Z'))).toBe('还有 2 天 2 小时');
    expect(timeLeft('2026-12-01T00:05:00Z', Date.parse('2026-12-01T00:00:00Z'))).toBe('还有 5 分钟');
    expect(timeLeft('2026-12-01T00:00:00Z', Date.parse('2026-12-01T00:00:00Z'))).toBeNull();
  });
});
