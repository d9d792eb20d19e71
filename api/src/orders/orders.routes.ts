import express, { Router } from 'express';
import { z } from '../common/zod';
import { fromCents, toCents } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { outageAnswer } from '../common/dependency-errors';
import { logger } from '../common/logger';
import { ApiRouter } from '../common/endpoint';
import { handler } from '../common/http';
import { openApiRegistry } from '../common/openapi';
import { routeTable } from '../common/route-table';
import { PaymentProvider } from '../payments/payment.client';
import { PaymentProviderError } from '../payments/payment.errors';
import { SettlementService } from '../settlement/settlement.service';
import { AdminRefundsService } from '../refunds/admin-refunds.service';
import { addAdminOrderEndpoints } from './orders-admin.routes';
import { OrdersAdminService } from './orders-admin.service';
import { createdOrderSchema, createOrderBody, orderNoParams, payOrderBody, prepaySchema } from './orders.schemas';
import { OrdersService } from './orders.service';

const CALLBACK_PATH = '/payment/callback';
const REFUND_CALLBACK_PATH = '/refund/callback';
const CALLBACKS: [string, string][] = [
  [CALLBACK_PATH, 'WeChat Pay v3 payment notification (signed Wechatpay-* headers over the raw body)'],
  [REFUND_CALLBACK_PATH, 'WeChat Pay v3 refund notification (REFUND.SUCCESS…; signed like payment notifications)'],
];
const callbackAnswer = z.object({ code: z.enum(['SUCCESS', 'FAIL']), message: z.string() });

/**
 * /api/v1/orders: sign-up, order status, payment initiation, WeChat Pay's notification callbacks, and the
 * admin list, detail and refunds (orders-admin.routes).
 */
export function ordersRoutes(base: { orders: OrdersService; settlement: SettlementService; payments: PaymentProvider }): Router {
  const deps = { ...base, admin: new OrdersAdminService(), refunds: new AdminRefundsService() };
  const router = Router();

  // WeChat Pay's callbacks: the raw bytes are what was signed, so these routes read the body themselves and
  // answer in WeChat's own format ({code: SUCCESS|FAIL, message}), not the API envelope. Payment and refund
  // notifications are told apart after verification, so either URL takes either kind.
  for (const [path, summary] of CALLBACKS) {
    router.post(
      path,
      express.raw({ type: () => true, limit: '64kb' }),
      handler(async (req, res) => {
        const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        try {
          await deps.settlement.handleNotification(req.headers, raw, req.ip);
          res.status(200).json({ code: 'SUCCESS', message: '成功' });
        } catch (err) {
          // Refused (forged, unknown order…) or a passing outage (503 + Retry-After): WeChat re-sends it later.
          const known = err instanceof AppError ? err : outageAnswer(err);
          if (!known) throw err;
          if (known !== err) logger.warn({ err }, 'payment notification not applied: a dependency is unavailable');
          if (known.retryAfterSeconds) res.setHeader('Retry-After', String(known.retryAfterSeconds));
          res.status(known.http).json({ code: 'FAIL', message: known.message });
        }
      }),
    );
    routeTable.add('post', `/api/v1/orders${path}`);
    openApiRegistry.registerPath({
      method: 'post',
      path: `/api/v1/orders${path}`,
      tags: ['orders'],
      summary,
      operationId: `postApiV1Orders${path === CALLBACK_PATH ? 'Payment' : 'Refund'}Callback`,
      security: [],
      request: { body: { required: true, content: { 'application/json': { schema: z.object({}).passthrough() } } } },
      responses: Object.fromEntries(
        [200, 400, 401, 404, 409, 413, 503].map((status) => [status, { description: status === 200 ? 'accepted (also for a replay)' : 'refused', content: { 'application/json': { schema: callbackAnswer } } }]),
      ),
    });
  }

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
