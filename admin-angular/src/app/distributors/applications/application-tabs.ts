import type { Data, Query } from '@dmh/api-client';

export type Application = Data<'/api/v1/distributor/applications', 'get'>['items'][number];
export type ApplicationStatus = NonNullable<Query<'/api/v1/distributor/applications', 'get'>['status']>;
export type ApplicationTab = ApplicationStatus | 'all';
export type ReviewAction = 'approve' | 'reject';

/** The tabs, the work to do first: the pending queue, then the decided ones. */
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = ['pending', 'active', 'rejected', 'suspended'];

/** Only a pending application can be decided (the API's DistributorActor: pending → active | rejected, once). */
export function reviewActionsFor(status: ApplicationStatus): readonly ReviewAction[] {
  return status === 'pending' ? ['approve', 'reject'] : [];
}

/** The view in the address (`?status=rejected&brand=3&page=2`); the default, the pending queue of every brand, is left out. */
export interface ApplicationView {
  tab: ApplicationTab;
  brandId: string | null;
  pageIndex: number;
}

export function viewToParams(view: ApplicationView): Record<string, string | null> {
  return {
    status: view.tab === 'pending' ? null : view.tab,
    brand: view.brandId,
    page: view.pageIndex > 0 ? String(view.pageIndex + 1) : null,
  };
}

export function viewFromParams(get: (name: string) => string | null): ApplicationView {
  const status = get('status');
  const brand = get('brand');
  const page = Number(get('page'));
  const tab: ApplicationTab = status === 'all' || APPLICATION_STATUSES.includes(status as ApplicationStatus) ? (status as ApplicationTab) : 'pending';
  return {
    tab,
    brandId: brand && /^[1-9]\d{0,18}$/.test(brand) ? brand : null,
    pageIndex: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page - 1 : 0,
  };
}

/** The list's query for the API: the tab's status (none for "all"), the brand if one is chosen, the page. */
export function listQuery(view: ApplicationView, pageSize: number): Query<'/api/v1/distributor/applications', 'get'> {
  return {
    page: view.pageIndex + 1,
    pageSize,
    ...(view.tab === 'all' ? {} : { status: view.tab }),
    ...(view.brandId ? { brandId: view.brandId } : {}),
  };
}
