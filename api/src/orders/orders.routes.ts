import { Router } from 'express';
import { ApiRouter } from '../common/endpoint';
import type { PaymentWatch } from '../payment-watch/payment-watch.service';
import { PaymentProvider } from '../payments/payment.client';
import { SettlementService } from '../settlement/settlement.service';
import { AdminRefundsService } from '../refunds/admin-refunds.service';
import { addAdminOrderEndpoints } from './orders-admin.routes';
import { OrdersAdminService } from './orders-admin.service';
import { appPaySchema, createdOrderSchema, createOrderBody, h5PaySchema, orderNoParams, payOrderBody, prepaySchema } from './orders.schemas';
import { config } from '../config';
import { OrdersService } from './orders.service';
import { OrderPaymentService } from './order-payment.service';
import { addPaymentCallbacks } from './payment-callbacks.routes';

/**
 * /api/v1/orders: sign-up, order status, payment initiation, WeChat Pay's notification callbacks, and the
 * admin list, detail and refunds (orders-admin.routes).
 */
export function ordersRoutes(base: { orders: OrdersService; settlement: SettlementService; payments: PaymentProvider; watch?: Pick<PaymentWatch, 'start'> }): Router {
  const deps = { ...base, admin: new OrdersAdminService(), refunds: new AdminRefundsService() };
  const payment = new OrderPaymentService(base.orders, base.payments, base.watch);
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
      description:
        'Only a pending, unpaid order inside its pay window (payExpiresAt) can be paid; an expired or closed one answers 409 (40007). The prepay carries the window as time_expire; past it the order is closed and its seat freed. Unpaid orders are queried at WeChat Pay when no notification came.',
      access: { public: true },
      params: orderNoParams,
      body: payOrderBody,
      bodyLimit: '8kb',
      response: prepaySchema,
      errors: ['ORDER_NOT_FOUND', 'ORDER_NOT_PAYABLE'],
      handle: async ({ params, body }) => payment.start(params.orderNo, body.openid),
    })
    .add({
      method: 'post',
      path: '/:orderNo/pay/h5',
      summary: 'Start paying an order by WeChat Pay H5 (a mobile browser outside WeChat): a fresh h5_url back to the order page',
      description:
        'Each call asks WeChat Pay for a new h5_url (it lives 5 minutes: `expiresAt` says when to ask again), with redirect_url to the H5 app\'s order page; returning there is not paying: the page asks GET /orders/{orderNo}. The same rules as /pay: 409 (40007) for an order that cannot be paid.',
      access: { public: true },
      params: orderNoParams,
      response: h5PaySchema,
      errors: ['ORDER_NOT_FOUND', 'ORDER_NOT_PAYABLE'],
      handle: async ({ params, ip }) => payment.startH5(params.orderNo, ip, new URL(`/o/${params.orderNo}?from=h5pay`, config().H5_PUBLIC_URL).toString()),
    })
    .add({
      method: 'post',
      path: '/:orderNo/pay/app',
      summary: "Start paying an order by WeChat Pay APP (the mobile app): the prepay and the signed parameters for the WeChat SDK",
      description:
        "A WeChat Pay APP prepay (/v3/pay/transactions/app, the mobile app's appid from WeChat's Open Platform) and what the app hands to the SDK's PayReq: appid, partnerid, prepayid, package Sign=WXPay, noncestr, timestamp, sign (RSA-SHA256, merchant key). Asked again, the same prepayid, freshly signed. Only the server's order says it is paid: the app asks GET /orders/{orderNo}. The same rules as /pay: 409 (40007) for an order that cannot be paid.",
      access: { public: true },
      params: orderNoParams,
      response: appPaySchema,
      errors: ['ORDER_NOT_FOUND', 'ORDER_NOT_PAYABLE'],
      handle: async ({ params }) => payment.startApp(params.orderNo),
    });
  router.use(addAdminOrderEndpoints(api, deps).router);
  return router;
}
