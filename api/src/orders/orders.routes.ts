import express, { Router } from 'express';
import { fromCents, toCents } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { handler, ok, parse } from '../common/http';
import { PaymentProvider } from '../payments/payment.client';
import { PaymentProviderError } from '../payments/payment.errors';
import { SettlementService } from '../settlement/settlement.service';
import { createOrderBody, orderNoParams, payOrderBody } from './orders.schemas';
import { OrdersService } from './orders.service';

/** /api/v1/orders: sign-up, order status, payment initiation, and WeChat Pay's notification callback. */
export function ordersRoutes(deps: { orders: OrdersService; settlement: SettlementService; payments: PaymentProvider }): Router {
  const router = Router();

  // WeChat Pay's callback: the raw bytes are what was signed, so this route reads the body itself.
  router.post(
    '/payment/callback',
    express.raw({ type: () => true, limit: '64kb' }),
    handler(async (req, res) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      try {
        await deps.settlement.handleNotification(req.headers, raw, req.ip);
        res.status(200).json({ code: 'SUCCESS', message: '成功' });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        res.status(err.http).json({ code: 'FAIL', message: err.message });
      }
    }),
  );

  router.post(
    '/',
    express.json({ limit: '32kb' }),
    handler(async (req, res) => {
      const body = parse(createOrderBody, req.body, 'body');
      ok(res, await deps.orders.createOrder(body, null), 201);
    }),
  );

  router.get(
    '/:orderNo',
    handler(async (req, res) => {
      const { orderNo } = parse(orderNoParams, req.params, 'params');
      ok(res, await deps.orders.getOrder(orderNo));
    }),
  );

  router.post(
    '/:orderNo/pay',
    express.json({ limit: '8kb' }),
    handler(async (req, res) => {
      const { orderNo } = parse(orderNoParams, req.params, 'params');
      const { openid } = parse(payOrderBody, req.body, 'body');
      const order = await deps.orders.getOrder(orderNo);
      if (order.payStatus !== 'unpaid' || order.status !== 'pending') throw new AppError('ORDER_NOT_PAYABLE');
      const prepay = await deps.payments
        .createJsapiPrepay({
          outTradeNo: order.orderNo,
          description: `DMH order ${order.orderNo}`.slice(0, 127),
          amountFen: toCents(order.amount),
          payerOpenid: openid,
        })
        .catch((err: unknown) => {
          // The provider down or answering something unverifiable: the consumer may simply try again.
          throw err instanceof PaymentProviderError ? AppError.unavailable('the payment provider') : err;
        });
      ok(res, { orderNo: order.orderNo, amount: fromCents(toCents(order.amount)), prepayId: prepay.prepayId, payParams: prepay.payParams });
    }),
  );

  return router;
}
