import { Router } from 'express';
import { fromCents, toCents } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { ApiRouter } from '../common/endpoint';
import { PaymentProvider } from '../payments/payment.client';
import { PaymentProviderError } from '../payments/payment.errors';
import { SettlementService } from '../settlement/settlement.service';
import { AdminRefundsService } from '../refunds/admin-refunds.service';
import { addAdminOrderEndpoints } from './orders-admin.routes';
import { OrdersAdminService } from './orders-admin.service';
import { createdOrderSchema, createOrderBody, orderNoParams, payOrderBody, prepaySchema } from './orders.schemas';
import { OrdersService } from './orders.service';
import { addPaymentCallbacks } from './payment-callbacks.routes';

/**
 * /api/v1/orders: sign-up, order status, payment initiation, WeChat Pay's notification callbacks, and the
 * admin list, detail and refunds (orders-admin.routes).
 */
export function ordersRoutes(base: { orders: OrdersService; settlement: SettlementService; payments: PaymentProvider }): Router {
  const deps = { ...base, admin: new OrdersAdminService(), refunds: new AdminRefundsService() };
  const router = Router();
  // WeChat Pay's notifications: raw bodies, and answers in WeChat's own form (payment-callbacks.routes).
  addPaymentCallbacks(router, deps.settlement);

  const api = new ApiRouter('/orders', 'orders')
    .add({
      method: 'post',
      path: '/',
      summary: "Sign up for a campaign: the dynamic form's data, validated against the campaign's fields",
      description:
        'Rules beyond the schema, each a 400 (40000) naming the field: formData is checked against the campaign\'s own form fields (GET /campaigns/{id}: required fields, types, lengths, patterns, options; no other keys); a mobile number in phone or, without it, in formData.phone. An unknown or inactive referrerId is ignored (the sign-up is kept, without a referrer), not refused.',
      access: { public: true },
      body: createOrderBody,
      status: 201,
      response: createdOrderSchema,
      errors: ['ORDER_DUPLICATE', 'CAMPAIGN_NOT_FOUND', 'CAMPAIGN_NOT_ACTIVE', 'CAMPAIGN_NOT_STARTED', 'CAMPAIGN_ENDED', 'CAMPAIGN_SOLD_OUT'],
      rateLimit: { name: 'order-create', limit: 600, windowSeconds: 60, by: 'ip' },
      handle: async ({ body, principal }) => deps.orders.createOrder(body, principal?.userId ?? null),
    })
    .add({
      method: 'post',
      path: '/:orderNo/pay',
      summary: 'Start paying an order: a WeChat Pay JSAPI prepay and the parameters for the client',
      access: { public: true },
      params: orderNoParams,
      body: payOrderBody,
      bodyLimit: '8kb',
      response: prepaySchema,
      errors: ['ORDER_NOT_FOUND', 'ORDER_NOT_PAYABLE'],
      handle: async ({ params, body }) => {
        const order = await deps.orders.getOrder(params.orderNo);
        if (order.payStatus !== 'unpaid' || order.status !== 'pending') throw new AppError('ORDER_NOT_PAYABLE');
        const prepay = await deps.payments
          .createJsapiPrepay({
            outTradeNo: order.orderNo,
            description: `DMH order ${order.orderNo}`.slice(0, 127),
            amountFen: toCents(order.amount),
            payerOpenid: body.openid,
          })
          .catch((err: unknown) => {
            // The provider down or answering something unverifiable: the consumer may simply try again.
            throw err instanceof PaymentProviderError ? AppError.unavailable('the payment provider') : err;
          });
        return { orderNo: order.orderNo, amount: fromCents(toCents(order.amount)), prepayId: prepay.prepayId, payParams: prepay.payParams };
      },
    });
  router.use(addAdminOrderEndpoints(api, deps).router);
  return router;
}
