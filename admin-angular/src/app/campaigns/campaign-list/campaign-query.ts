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

export const PAGE_SIZES = [10, 20, 50, 100] as const;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What the list shows, as the address bar keeps it (so a reload, a link or Back shows the same list). */
export interface ListView {
  filters: CampaignFilters;
  pageIndex: number;
  pageSize: number;
}

/** The view as query parameters; unset ones are null (Angular's router then drops them from the address). */
export function viewToParams(view: ListView): Record<string, string | null> {
  const f = view.filters;
  return {
    q: f.keyword.trim() || null,
    status: f.status || null,
    brand: f.brandId || null,
    from: f.startsFrom ? dayText(f.startsFrom) : null,
    to: f.startsTo ? dayText(f.startsTo) : null,
    page: view.pageIndex > 0 ? String(view.pageIndex + 1) : null,
    size: view.pageSize !== 20 ? String(view.pageSize) : null,
  };
}

/** The view from query parameters; anything unreadable is left at its default rather than sent to the API. */
export function paramsToView(get: (name: string) => string | null): ListView {
  const status = get('status');
  const brand = get('brand');
  const page = Number(get('page'));
  const size = Number(get('size'));
  return {
    filters: {
      keyword: (get('q') ?? '').slice(0, 100),
      status: CAMPAIGN_STATUSES.includes(status as CampaignStatus) ? (status as CampaignStatus) : '',
      brandId: brand && /^[1-9]\d{0,19}$/.test(brand) ? brand : '',
      startsFrom: parseDay(get('from')),
      startsTo: parseDay(get('to')),
    },
    pageIndex: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page - 1 : 0,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
  };
}

function dayText(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function parseDay(text: string | null): Date | null {
  const m = text ? DAY.exec(text) : null;
  if (!m) return null;
  const day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dayText(day) === text ? day : null; // 2026-02-30 is no day
}
