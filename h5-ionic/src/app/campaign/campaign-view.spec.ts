import { closedReasonOf, fromCampaign, fromPage, type PublishedPage, seatsText, timeLeft, windowOf } from './campaign-view';

const campaign = {
  view: 'public' as const, id: '7', brandId: '1', name: '春季体验课', description: '好课', coverImage: 'https://cdn.example.com/c.png', price: '99.00',
  startTime: '2026-12-01T00:00:00Z', endTime: '2026-12-31T00:00:00Z', status: 'active' as const, quota: 30, seatsLeft: 12, formFields: [],
};

describe('campaign page renderer model', () => {
  it("renders the designer's blocks in order and adds the sign-up form when the design has none", () => {
    const page: PublishedPage = { campaign, version: 2, publishedAt: '2026-12-01T00:00:00Z', preview: false, config: { title: '标题', theme: { primaryColor: '#112233' }, blocks: [{ id: 'b', type: 'banner', imageUrl: 'https://cdn.example.com/b.png' }, { id: 's', type: 'spacer', height: 8 }] } };
    const screen = fromPage(page);
    expect(screen.blocks.map((b) => b.type)).toEqual(['priceQuota', 'banner', 'spacer', 'form']);
    expect(screen.title).toBe('标题');
    expect(screen.primaryColor).toBe('#112233');
    expect(screen.designed).toBeTrue();
  });

  it('keeps the designer form block where it was placed', () => {
    const page: PublishedPage = { campaign, version: 1, publishedAt: '2026-12-01T00:00:00Z', preview: false, config: { blocks: [{ id: 'f', type: 'form', submitText: '抢' }, { id: 'r', type: 'richText', html: '<p>x</p>' }] } };
    expect(fromPage(page).blocks.map((b) => b.type)).toEqual(['priceQuota', 'form', 'richText']);
  });

  it("puts the campaign's facts where the designer placed the price-and-quota block, and says when it is a preview", () => {
    const blocks = [{ id: 'f', type: 'faq' as const, items: [{ question: '几点开始？', answer: '九点' }] }, { id: 'p', type: 'priceQuota' as const, showQuota: false }];
    const screen = fromPage({ campaign: { ...campaign, status: 'draft' }, version: 3, publishedAt: null, preview: true, config: { blocks } });
    expect(screen.blocks.map((b) => b.id)).toEqual(['f', 'p', 'signup']);
    expect(screen.preview).toBeTrue();
    expect(screen.campaign.quota).toBe(30);
  });

  it('lays out the campaign fields when there is no designed page', () => {
    const screen = fromCampaign(campaign);
    expect(screen.blocks.map((b) => b.type)).toEqual(['priceQuota', 'image', 'form']);
    expect(screen.designed).toBeFalse();
    expect(fromCampaign({ ...campaign, coverImage: null }).blocks.map((b) => b.type)).toEqual(['priceQuota', 'form']);
  });

  it('knows whether sign-up is open, and says how long is left', () => {
    expect(windowOf(campaign, Date.parse('2026-11-30T00:00:00Z'))).toBe('upcoming');
    expect(windowOf(campaign, Date.parse('2026-12-10T00:00:00Z'))).toBe('open');
    expect(windowOf(campaign, Date.parse('2026-12-31T00:00:00Z'))).toBe('ended');
    expect(timeLeft('2026-12-03T02:30:00Z', Date.parse('2026-12-01T00:00:00Z'))).toBe('还有 2 天 2 小时');
    expect(timeLeft('2026-12-01T00:05:00Z', Date.parse('2026-12-01T00:00:00Z'))).toBe('还有 5 分钟');
    expect(timeLeft('2026-12-01T00:00:00Z', Date.parse('2026-12-01T00:00:00Z'))).toBeNull();
  });

  it('says the seats left beside the quota: 剩余 N 名, 已报满 at 0, nothing when unlimited', () => {
    expect(fromCampaign(campaign).campaign.seatsLeft).toBe(12);
    expect(seatsText(fromCampaign(campaign).campaign)).toBe('剩余 12 名');
    expect(seatsText({ quota: 30, seatsLeft: 1 })).toBe('剩余 1 名');
    expect(seatsText({ quota: 30, seatsLeft: 0 })).toBe('已报满');
    expect(seatsText({ quota: null, seatsLeft: null })).toBeNull();
  });

  it('turns sign-up off, saying why, when the campaign is full; open otherwise', () => {
    const open = fromCampaign(campaign);
    const full = fromCampaign({ ...campaign, seatsLeft: 0 });
    expect(closedReasonOf(open, 'open')).toBeNull();
    expect(closedReasonOf(full, 'open')).toMatch(/^名额已报满/);
    expect(closedReasonOf(fromCampaign({ ...campaign, quota: null, seatsLeft: null }), 'open')).toBeNull();
    expect(closedReasonOf(full, 'ended')).toBe('活动已结束，感谢关注');
    expect(closedReasonOf(fromPage({ campaign, version: 1, publishedAt: null, preview: true, config: { blocks: [] } }), 'open')).toMatch(/^预览/);
  });
});
