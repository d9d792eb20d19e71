import type { Query } from '@dmh/api-client';

export type CampaignQuery = Query<'/api/v1/campaigns', 'get'>;
export type CampaignStatus = NonNullable<CampaignQuery['status']>;
export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['draft', 'active', 'paused', 'ended'];

/** The filter form's values: the start-date range as the date picker gives it (local days, any time of day). */
export interface CampaignFilters {
  keyword: string;
  status: CampaignStatus | '';
  brandId: string;
  startsFrom: Date | null;
  startsTo: Date | null;
}

export const NO_FILTERS: CampaignFilters = { keyword: '', status: '', brandId: '', startsFrom: null, startsTo: null };

/** The API field each filter becomes (to put the API's field errors beside the right input). */
export const FILTER_FIELDS = {
  keyword: 'query.keyword',
  status: 'query.status',
  brandId: 'query.brandId',
  startsFrom: 'query.startsAfter',
  startsTo: 'query.startsBefore',
} as const;

/**
 * The list request for the filters and page: empty filters are left out, the keyword trimmed, and a day
 * range becomes the instants the API wants (from the start of the first day to the end of the last, local).
 */
export function campaignQuery(filters: CampaignFilters, pageIndex: number, pageSize: number): CampaignQuery {
  const keyword = filters.keyword.trim();
  return {
    page: pageIndex + 1,
    pageSize,
    ...(keyword ? { keyword } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.brandId ? { brandId: filters.brandId } : {}),
    ...(filters.startsFrom ? { startsAfter: startOfDay(filters.startsFrom, 0) } : {}),
    ...(filters.startsTo ? { startsBefore: startOfDay(filters.startsTo, 1) } : {}),
  };
}

export function hasFilters(filters: CampaignFilters): boolean {
  return filters.keyword.trim() !== '' || filters.status !== '' || filters.brandId !== '' || filters.startsFrom !== null || filters.startsTo !== null;
}

/** Midnight (local) of `day` + `plusDays`, as ISO-8601 UTC. */
function startOfDay(day: Date, plusDays: number): string {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + plusDays).toISOString();
}
