import type { Principal } from '../common/principal';
import { brandScope } from '../brands/brand-scope';
import { AppError } from '../common/app-error';
import { config } from '../config';
import { RefundsRepository } from '../refunds/refunds.repository';
import type { OrderListQuery, RefundListQuery } from './orders-admin.schemas';
import { OrdersAdminRepository } from './orders-admin.repository';

/** Orders as admins see them: every field (the full phone included), scoped to the brands they administer. */
export class OrdersAdminService {
  constructor(
    private readonly orders = new OrdersAdminRepository(),
    private readonly refunds = new RefundsRepository(),
  ) {}

  async list(principal: Principal, query: OrderListQuery) {
    const { page, pageSize, ...filter } = query;
    const { items, total } = await this.orders.list(brandScope(principal), filter, page, pageSize);
    return { items, total, page, pageSize };
  }

  /** Refunds of the caller's brands, newest first; `needsAction` narrows to those an admin must act on. */
  async refundList(principal: Principal, query: RefundListQuery) {
    const { page, pageSize, ...filter } = query;
    const { items, total } = await this.refunds.list(brandScope(principal), filter, page, pageSize);
    return { items, total, page, pageSize };
  }

  /** 404 for an order that does not exist and for one of another brand alike. */
  async detail(principal: Principal, orderId: string) {
    const order = await this.orders.detail(brandScope(principal), orderId);
    if (!order) throw new AppError('ORDER_NOT_FOUND');
    return { ...order, refunds: await this.refunds.listForOrder(orderId), traceUrl: order.paidAt ? orderTraceUrl(config().OPS_TRACES_URL, orderId) : null };
  }
}

/**
 * Zipkin's UI searching the settlement span tagged with the order (api/src/settlement/settlement.dispatcher.ts),
 * whose trace runs from WeChat Pay's callback through the actor turns to the sync write; null without a trace store.
 */
export function orderTraceUrl(tracesUrl: string | undefined, orderId: string): string | null {
  if (!tracesUrl) return null;
  const query = new URLSearchParams({ serviceName: 'dmh-api', spanName: 'settle paid order', annotationQuery: `order.id=${orderId}`, lookback: '7d', limit: '10' });
  return `${tracesUrl.replace(/\/+$/, '')}/?${query.toString()}`;
}
