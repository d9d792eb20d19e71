/**
 * The sandbox's order query and close endpoints, in v3's wire format: GET …/out-trade-no/{no}?mchid=,
 * GET …/id/{transaction_id}?mchid=, POST …/out-trade-no/{no}/close (204). Development and tests only.
 */
import express, { Router } from 'express';
import { z } from 'zod';
import { parseJson, rawBody, requireMchidQuery, requireMerchant, sendSigned } from './http';
import { queriedTransaction } from './resources';
import { SandboxError, type WechatPaySandbox } from './wechatpay.sandbox';

const closeRequestSchema = z.object({ mchid: z.string().min(1).max(32) });

export function sandboxOrderQueryApi(sandbox: WechatPaySandbox): Router {
  const router = Router();
  const payee = { appid: sandbox.appid, mchid: sandbox.mchid };

  router.get('/v3/pay/transactions/out-trade-no/:outTradeNo', (req, res) => {
    requireMerchant(sandbox, req);
    requireMchidQuery(sandbox, req);
    const order = sandbox.books.order(req.params.outTradeNo);
    sendSigned(res, sandbox, 200, queriedTransaction(order, sandbox.books.tradeState(order), payee));
  });

  router.get('/v3/pay/transactions/id/:transactionId', (req, res) => {
    requireMerchant(sandbox, req);
    requireMchidQuery(sandbox, req);
    const order = sandbox.books.orderByTransactionId(req.params.transactionId);
    sendSigned(res, sandbox, 200, queriedTransaction(order, sandbox.books.tradeState(order), payee));
  });

  router.post('/v3/pay/transactions/out-trade-no/:outTradeNo/close', express.raw({ type: () => true, limit: '8kb' }), (req, res) => {
    const body = rawBody(req);
    requireMerchant(sandbox, req, body);
    const parsed = closeRequestSchema.safeParse(parseJson(body));
    if (!parsed.success) throw new SandboxError('PARAM_ERROR', 400, z.prettifyError(parsed.error));
    if (parsed.data.mchid !== sandbox.mchid) throw new SandboxError('MCH_NOT_EXISTS', 400, 'mchid does not match the signing merchant');
    // As asked by a test (controls.close): success, while the payment already in flight still completes.
    if (sandbox.controls.takeCloseRace(req.params.outTradeNo)) sandbox.books.order(req.params.outTradeNo);
    else sandbox.books.close(req.params.outTradeNo);
    sendSigned(res, sandbox, 204);
  });

  return router;
}
