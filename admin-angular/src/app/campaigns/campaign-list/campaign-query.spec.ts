import { campaignQuery, hasFilters, NO_FILTERS } from './campaign-query';

describe('campaignQuery', () => {
  it('asks for the page (1-based) and leaves out empty filters', () => {
    expect(campaignQuery({ ...NO_FILTERS, keyword: '   ' }, 0, 20)).toEqual({ page: 1, pageSize: 20 });
  });

  it('sends the trimmed keyword, status and brand, and a day range as local midnights in ISO-8601, whatever the time picked', () => {
    const q = campaignQuery({ keyword: ' 咖啡 ', status: 'active', brandId: '7', startsFrom: new Date(2026, 4, 1), startsTo: new Date(2026, 4, 31, 15, 30) }, 2, 50);
    expect(q).toEqual({
      page: 3,
      pageSize: 50,
      keyword: '咖啡',
      status: 'active',
      brandId: '7',
      startsAfter: new Date(2026, 4, 1).toISOString(),
      startsBefore: new Date(2026, 5, 1).toISOString(), // the end of the last day
    });
  });

  it('knows when any filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBeFalse();
    expect(hasFilters({ ...NO_FILTERS, status: 'draft' })).toBeTrue();
    expect(hasFilters({ ...NO_FILTERS, startsTo: new Date() })).toBeTrue();
  });
});
