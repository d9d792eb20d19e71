import { isId } from '@dmh/shared';
import { AppError } from '../common/app-error';
import type { ApiRouter } from '../common/endpoint';
import type { AdminRefundsService } from '../refunds/admin-refunds.service';
import {
  orderIdParams, orderListQuery, orderLookupSchema, orderPageSchema, orderRefParams, refundBody, refundListQuery, refundPageSchema,
  refundResultSchema,
} from './orders-admin.schemas';
import type { OrdersAdminService } from './orders-admin.service';
import type { OrdersService } from './orders.service';


/**
 * The admin side of /api/v1/orders: the brand-scoped list, the detail, refunds and the list of refunds. `GET /orders/{id}` is
 * also the seed's public detail: an order number answers the masked view to anyone (as it always did);
 * a numeric id is an admin lookup that needs `order:read` and answers 404 outside the caller's brands.
 */
export function addAdminOrderEndpoints(
  api: ApiRouter,
  deps: { orders: OrdersService; admin: OrdersAdminService; refunds: AdminRefundsService },
): ApiRouter {
  return api
    .add({
      method: 'get',
      path: '/',
      summary: 'Orders of the brands the caller administers, newest first (filters: campaign, brand, status, payment, phone prefix, number, time)',
      access: { permission: 'order:read' },
      query: orderListQuery,
      response: orderPageSchema,
      handle: async ({ query, principal }) => deps.admin.list(principal, query),
    })
    .add({
      method: 'get',
      path: '/refunds',
      summary: "Refunds of the brands the caller administers, newest first; needsAction=true lists the ones to act on (abnormal, or processing too long), each with what to do",
      access: { permission: 'order:read' },
      query: refundListQuery,
      response: refundPageSchema,
      handle: async ({ query, principal }) => deps.admin.refundList(principal, query),
    })
    .add({
      method: 'get',
      path: '/:id',
      summary: 'An order: by number, the public view (phone masked); by numeric id, the admin detail with its rewards and refunds',
      description:
        'An order number (D…) needs no token and answers the masked view. A numeric id needs a bearer token with `order:read`; ' +
        "an order outside the caller's brands answers 404 like a missing one.",
      access: { public: true },
      params: orderRefParams,
      response: orderLookupSchema,
      errors: ['ORDER_NOT_FOUND', 'UNAUTHORIZED', 'FORBIDDEN'],
      handle: async ({ params, principal }) => {
        if (!isId(params.id)) return deps.orders.getOrder(params.id);
        if (!principal) throw new AppError('UNAUTHORIZED');
        if (!principal.permissions.includes('order:read')) throw new AppError('FORBIDDEN');
        return deps.admin.detail(principal, params.id);
      },
    })
    .add({
      method: 'post',
      path: '/:id/refund',
      summary: 'Refund a paid order (in full by default) through the payment provider; rewards are reversed once it is fully refunded',
      access: { permission: 'order:refund' },
      params: orderIdParams,
      body: refundBody,
      bodyLimit: '4kb',
      response: refundResultSchema,
      errors: ['ORDER_NOT_FOUND', 'ORDER_NOT_REFUNDABLE', 'REFUND_AMOUNT_EXCEEDED', 'REFUND_REFUSED', 'PAYMENT_AMOUNT_MISMATCH'],
      rateLimit: { name: 'order-refund', limit: 30, windowSeconds: 60, by: 'user' },
      handle: async ({ params, body, principal, ip, req }) =>
        deps.refunds.refund(params.id, body, principal, { principal, ip, userAgent: req.get('user-agent') ?? null }, ip),
    });
}
