import type { Query } from '@dmh/api-client';

export type OrderQuery = Query<'/api/v1/orders', 'get'>;
export type OrderStatus = NonNullable<OrderQuery['status']>;
export type PayStatus = NonNullable<OrderQuery['payStatus']>;
export const ORDER_STATUSES: readonly OrderStatus[] = ['pending', 'paid', 'cancelled', 'refunded'];
export const PAY_STATUSES: readonly PayStatus[] = ['unpaid', 'paid', 'refunded'];
export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** The API's own patterns (orders-admin.schemas.ts): checked before sending, so a typo is said at once. */
export const ORDER_NO = /^D\d{14}[A-Z0-9]{12}$/;
export const PHONE_PREFIX = /^\d{3,11}$/;

/** The filter form's values: the creation-day range as the date picker gives it (local days). */
export interface OrderFilters {
  orderNo: string;
  phone: string;
  campaignId: string;
  brandId: string;
  status: OrderStatus | '';
  payStatus: PayStatus | '';
  from: Date | null;
  to: Date | null;
}

export const NO_FILTERS: OrderFilters = { orderNo: '', phone: '', campaignId: '', brandId: '', status: '', payStatus: '', from: null, to: null };

/** The API field each filter becomes (to put the API's field errors beside the right input). */
export const FILTER_FIELDS = {
  orderNo: 'query.orderNo',
  phone: 'query.phone',
  campaignId: 'query.campaignId',
  brandId: 'query.brandId',
  status: 'query.status',
  payStatus: 'query.payStatus',
  from: 'query.from',
  to: 'query.to',
} as const;

/** The list request: empty filters left out, text trimmed, a day range as instants (first day's midnight to the day after the last, local). */
export function orderQuery(f: OrderFilters, pageIndex: number, pageSize: number): OrderQuery {
  const orderNo = f.orderNo.trim().toUpperCase();
  const phone = f.phone.trim();
  return {
    page: pageIndex + 1,
    pageSize,
    ...(orderNo ? { orderNo } : {}),
    ...(phone ? { phone } : {}),
    ...(f.campaignId ? { campaignId: f.campaignId } : {}),
    ...(f.brandId ? { brandId: f.brandId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.payStatus ? { payStatus: f.payStatus } : {}),
    ...(f.from ? { from: midnight(f.from, 0) } : {}),
    ...(f.to ? { to: midnight(f.to, 1) } : {}),
  };
}

export function hasFilters(f: OrderFilters): boolean {
  return Object.entries(f).some(([, v]) => (typeof v === 'string' ? v.trim() !== '' : v !== null));
}

export interface ListView {
  filters: OrderFilters;
  pageIndex: number;
  pageSize: number;
}

/** The view as query parameters (null: left out of the address). */
export function viewToParams(view: ListView): Record<string, string | null> {
  const f = view.filters;
  return {
    no: f.orderNo.trim() || null,
    phone: f.phone.trim() || null,
    campaign: f.campaignId || null,
    brand: f.brandId || null,
    status: f.status || null,
    pay: f.payStatus || null,
    from: f.from ? dayText(f.from) : null,
    to: f.to ? dayText(f.to) : null,
    page: view.pageIndex > 0 ? String(view.pageIndex + 1) : null,
    size: view.pageSize !== 20 ? String(view.pageSize) : null,
  };
}

/** The view from the address; anything unreadable stays at its default rather than being sent to the API. */
export function paramsToView(get: (name: string) => string | null): ListView {
  const id = (v: string | null) => (v && /^[1-9]\d{0,18}$/.test(v) ? v : '');
  const status = get('status');
  const pay = get('pay');
  const page = Number(get('page'));
  const size = Number(get('size'));
  return {
    filters: {
      orderNo: ORDER_NO.test(get('no') ?? '') ? (get('no') as string) : '',
      phone: PHONE_PREFIX.test(get('phone') ?? '') ? (get('phone') as string) : '',
      campaignId: id(get('campaign')),
      brandId: id(get('brand')),
      status: ORDER_STATUSES.includes(status as OrderStatus) ? (status as OrderStatus) : '',
      payStatus: PAY_STATUSES.includes(pay as PayStatus) ? (pay as PayStatus) : '',
      from: parseDay(get('from')),
      to: parseDay(get('to')),
    },
    pageIndex: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page - 1 : 0,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
  };
}

function midnight(day: Date, plusDays: number): string {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + plusDays).toISOString();
}

function dayText(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function parseDay(text: string | null): Date | null {
  const m = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!m) return null;
  const day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return dayText(day) === text ? day : null;
}
