/**
 * The sandbox's v3 refund endpoints (development and tests only), checked as WeChat does: the merchant
 * signature over the exact bytes, then the body. POST /v3/refund/domestic/refunds takes the order by
 * out_trade_no or transaction_id; as WeChat, it answers PROCESSING and ends the refund later, sending
 * REFUND.SUCCESS (or, told so through the controls, REFUND.CLOSED / REFUND.ABNORMAL) to notify_url; told
 * SUCCESS it refunds and notifies before answering SUCCESS. The same out_refund_no asked again answers the
 * same refund and moves no more money.
 * GET /v3/refund/domestic/refunds/{out_refund_no} answers the refund as it stands (404 RESOURCE_NOT_EXISTS).
 */
import express, { Router } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { REFUND_API_PATH, type RefundApiRequest, refundApiRequestSchema } from '@dmh/shared/dist/wechatpay';
import { parseJson, rawBody, requireMerchant, sendSigned } from '../payments/http';
import { refundAnswer } from '../payments/resources';
import { SandboxError, type WechatPaySandbox } from '../payments/wechatpay.sandbox';

interface Asked {
  outTradeNo: string;
  refundFen: number;
  answer: Promise<string>;
}

export function sandboxRefundApi(sandbox: WechatPaySandbox, logger?: Pick<Logger, 'info'>): Router {
  const router = Router();
  const asked = new Map<string, Asked>();

  router.post(REFUND_API_PATH, express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
    const body = rawBody(req);
    requireMerchant(sandbox, req, body);
    const parsed = refundApiRequestSchema.safeParse(parseJson(body));
    if (!parsed.success) throw new SandboxError('PARAM_ERROR', 400, z.prettifyError(parsed.error));
    const request = parsed.data;
    const order = request.out_trade_no !== undefined ? sandbox.books.order(request.out_trade_no) : sandbox.books.orderByTransactionId(request.transaction_id!);
    const outTradeNo = order.input.outTradeNo;
    if (request.transaction_id !== undefined && order.paid?.transaction.transaction_id !== request.transaction_id) {
      throw new SandboxError('INVALID_REQUEST', 400, 'transaction_id does not belong to out_trade_no');
    }
    if (request.amount.total !== order.input.amountFen) throw new SandboxError('INVALID_REQUEST', 400, 'amount.total differs from the order total');

    const earlier = asked.get(request.out_refund_no);
    if (earlier) {
      if (earlier.outTradeNo !== outTradeNo || earlier.refundFen !== request.amount.refund) {
        throw new SandboxError('INVALID_REQUEST', 400, 'out_refund_no reused with different parameters');
      }
      await earlier.answer;
      return sendSigned(res, sandbox, 200, refundAnswer(sandbox.books.refund(request.out_refund_no)));
    }
    // Recorded before the refund runs, so a concurrent retry of the same out_refund_no waits for this one.
    const answer = refundOnce(sandbox, outTradeNo, request, logger);
    asked.set(request.out_refund_no, { outTradeNo, refundFen: request.amount.refund, answer });
    answer.catch(() => asked.delete(request.out_refund_no));
    await answer;
    sendSigned(res, sandbox, 200, refundAnswer(sandbox.books.refund(request.out_refund_no)));
  });

  router.get(`${REFUND_API_PATH}/:outRefundNo`, (req, res) => {
    requireMerchant(sandbox, req);
    sendSigned(res, sandbox, 200, refundAnswer(sandbox.books.refund(req.params.outRefundNo)));
  });
  return router;
}

async function refundOnce(sandbox: WechatPaySandbox, outTradeNo: string, request: RefundApiRequest, logger?: Pick<Logger, 'info'>): Promise<string> {
  const result = await sandbox.refund(outTradeNo, {
    amountFen: request.amount.refund,
    outRefundNo: request.out_refund_no,
    ...(request.notify_url !== undefined && { notifyUrl: request.notify_url }),
  });
  logger?.info({ outTradeNo, outRefundNo: request.out_refund_no, status: result.refund.status, merchantStatus: result.status }, 'sandbox refund via API');
  return result.outRefundNo;
}
