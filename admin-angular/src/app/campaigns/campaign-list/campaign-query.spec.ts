import { campaignQuery, hasFilters, NO_FILTERS, paramsToView, viewToParams } from './campaign-query';

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

describe('the list in the address bar', () => {
  it('round-trips filters and page through query parameters, leaving defaults out', () => {
    const view = { filters: { keyword: '咖啡', status: 'paused' as const, brandId: '12', startsFrom: new Date(2026, 1, 3), startsTo: null }, pageIndex: 2, pageSize: 50 };
    const params = viewToParams(view);
    expect(params).toEqual({ q: '咖啡', status: 'paused', brand: '12', from: '2026-02-03', to: null, page: '3', size: '50' });
    expect(paramsToView((name) => params[name] ?? null)).toEqual(view);
    expect(viewToParams({ filters: NO_FILTERS, pageIndex: 0, pageSize: 20 })).toEqual({ q: null, status: null, brand: null, from: null, to: null, page: null, size: null });
  });

  it('ignores what it cannot read instead of sending it to the API', () => {
    const junk: Record<string, string> = { status: 'deleted', brand: '1;drop', from: '2026-02-30', to: 'tomorrow', page: '-4', size: '7' };
    expect(paramsToView((name) => junk[name] ?? null)).toEqual({ filters: NO_FILTERS, pageIndex: 0, pageSize: 20 });
  });
});
