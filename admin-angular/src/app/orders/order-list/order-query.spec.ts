import { NO_FILTERS, orderQuery, paramsToView, viewToParams, hasFilters } from './order-query';

describe('order list query and address', () => {
  const NO = 'D20261203195500ABCDEF123456';

  it('leaves empty filters out, trims text and asks for the day range as instants', () => {
    const from = new Date(2026, 11, 1);
    const to = new Date(2026, 11, 3);
    const q = orderQuery({ ...NO_FILTERS, orderNo: ` ${NO.toLowerCase()} `, phone: ' 138 ', status: 'paid', from, to }, 1, 50);
    expect(q).toEqual({
      page: 2, pageSize: 50, orderNo: NO, phone: '138', status: 'paid',
      from: new Date(2026, 11, 1).toISOString(), to: new Date(2026, 11, 4).toISOString(),
    });
    expect(orderQuery(NO_FILTERS, 0, 20)).toEqual({ page: 1, pageSize: 20 });
  });

  it('keeps the view in the address and reads it back the same', () => {
    const view = { filters: { ...NO_FILTERS, orderNo: NO, campaignId: '7', payStatus: 'refunded' as const, from: new Date(2026, 1, 28) }, pageIndex: 2, pageSize: 50 };
    const params = viewToParams(view);
    expect(params['no']).toBe(NO);
    expect(params['from']).toBe('2026-02-28');
    expect(params['status']).toBeNull();
    expect(paramsToView((n) => params[n] ?? null)).toEqual(view);
  });

  it('drops what the address carries that the API would refuse', () => {
    const bad: Record<string, string> = { no: 'D123', phone: '12', campaign: '0', status: 'lost', pay: 'x', from: '2026-02-30', page: '-1', size: '7' };
    expect(paramsToView((n) => bad[n] ?? null)).toEqual({ filters: NO_FILTERS, pageIndex: 0, pageSize: 20 });
    expect(hasFilters(NO_FILTERS)).toBeFalse();
    expect(hasFilters({ ...NO_FILTERS, phone: '139' })).toBeTrue();
  });
});
