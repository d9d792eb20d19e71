import { listQuery, reviewActionsFor, viewFromParams, viewToParams } from './application-tabs';

const params = (p: Record<string, string>) => (name: string) => p[name] ?? null;

describe('distributor application tabs', () => {
  it('let only a pending application be approved or rejected', () => {
    expect(reviewActionsFor('pending')).toEqual(['approve', 'reject']);
    expect(reviewActionsFor('active')).toEqual([]);
    expect(reviewActionsFor('rejected')).toEqual([]);
    expect(reviewActionsFor('suspended')).toEqual([]);
  });

  it('keep the tab, brand and page in the address, leaving the defaults out', () => {
    expect(viewToParams({ tab: 'pending', brandId: null, pageIndex: 0 })).toEqual({ status: null, brand: null, page: null });
    expect(viewToParams({ tab: 'rejected', brandId: '3', pageIndex: 1 })).toEqual({ status: 'rejected', brand: '3', page: '2' });
    expect(viewFromParams(params({ status: 'rejected', brand: '3', page: '2' }))).toEqual({ tab: 'rejected', brandId: '3', pageIndex: 1 });
  });

  it('fall back to the pending queue of every brand for an address it does not understand', () => {
    expect(viewFromParams(params({ status: 'deleted', brand: 'x1', page: '-4' }))).toEqual({ tab: 'pending', brandId: null, pageIndex: 0 });
    expect(viewFromParams(params({ status: 'all', page: '1.5' }))).toEqual({ tab: 'all', brandId: null, pageIndex: 0 });
  });

  it('ask the API for the tab’s status and the chosen brand only', () => {
    expect(listQuery({ tab: 'all', brandId: null, pageIndex: 2 }, 20)).toEqual({ page: 3, pageSize: 20 });
    expect(listQuery({ tab: 'pending', brandId: '7', pageIndex: 0 }, 50)).toEqual({ page: 1, pageSize: 50, status: 'pending', brandId: '7' });
  });
});
