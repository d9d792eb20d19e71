import { tabFromParams, tabToParams } from './withdrawal-tabs';

describe('withdrawal tabs in the address', () => {
  it('round-trips the tab and page, leaving the default out', () => {
    expect(tabToParams('requested', 0)).toEqual({ status: null, page: null });
    const params = tabToParams('paid', 2);
    expect(params).toEqual({ status: 'paid', page: '3' });
    expect(tabFromParams((n) => params[n] ?? null)).toEqual({ tab: 'paid', pageIndex: 2 });
    expect(tabFromParams((n) => ({ status: 'all' })[n] ?? null)).toEqual({ tab: 'all', pageIndex: 0 });
  });

  it('falls back to the requests to review for anything unknown', () => {
    expect(tabFromParams((n) => ({ status: 'frozen', page: 'x' })[n] ?? null)).toEqual({ tab: 'requested', pageIndex: 0 });
  });
});
