/**
 * The sandbox's POST /v3/refund/domestic/refunds (development and tests only), checked as WeChat does:
 * the merchant signature over the exact bytes, then the body. The refund succeeds at once: the sandbox
 * sends the signed REFUND.SUCCESS notification to notify_url, then answers SUCCESS, signed. The same
 * out_refund_no asked again answers the same refund and moves no more money, as WeChat does.
 */
import { randomUUID } from 'node:crypto';
import express, { type Response, Router } from 'express';
import type { Logger } from 'pino';
import { z } from '../common/zod';
import { SandboxError, type WechatPaySandbox } from '../payments/wechatpay.sandbox';
import { REFUND_API_PATH, type RefundApiRequest, refundApiRequestSchema, type RefundApiResponse } from './refund.schemas';

interface Asked {
  outTradeNo: string;
  refundFen: number;
  answer: Promise<RefundApiResponse>;
}

const answered = new WeakMap<WechatPaySandbox, Map<string, Asked>>();

export function sandboxRefundApi(sandbox: WechatPaySandbox, logger?: Pick<Logger, 'info'>): Router {
  const router = Router();
  router.post(REFUND_API_PATH, express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    const auth = sandbox.checkAuthorization('POST', req.originalUrl, body, req.get('authorization'));
    if (!auth.ok) throw new SandboxError('SIGN_ERROR', 401, auth.message);
    if (auth.authorization.mchid !== sandbox.mchid) throw new SandboxError('MCH_NOT_EXISTS', 400, 'unknown merchant');
    const parsed = refundApiRequestSchema.safeParse(parseJson(body));
    if (!parsed.success) throw new SandboxError('PARAM_ERROR', 400, z.prettifyError(parsed.error));
    const request = parsed.data;

    const refunds = answered.get(sandbox) ?? new Map<string, Asked>();
    answered.set(sandbox, refunds);
    const earlier = refunds.get(request.out_refund_no);
    if (earlier) {
      if (earlier.outTradeNo !== request.out_trade_no || earlier.refundFen !== request.amount.refund) {
        throw new SandboxError('INVALID_REQUEST', 400, 'out_refund_no reused with different parameters');
      }
      return sendSigned(res, sandbox, await earlier.answer);
    }
    // Recorded before the refund runs, so a concurrent retry of the same out_refund_no waits for this one.
    const answer = refundOnce(sandbox, request, logger);
    refunds.set(request.out_refund_no, { outTradeNo: request.out_trade_no, refundFen: request.amount.refund, answer });
    answer.catch(() => refunds.delete(request.out_refund_no));
    sendSigned(res, sandbox, await answer);
  });
  return router;
}

async function refundOnce(sandbox: WechatPaySandbox, request: RefundApiRequest, logger?: Pick<Logger, 'info'>): Promise<RefundApiResponse> {
  const result = await sandbox.refund(request.out_trade_no, {
    amountFen: request.amount.refund,
    outRefundNo: request.out_refund_no,
    ...(request.notify_url !== undefined && { notifyUrl: request.notify_url }),
  });
  logger?.info({ outTradeNo: request.out_trade_no, outRefundNo: request.out_refund_no, merchantStatus: result.status }, 'sandbox refund via API');
  const { refund, total } = request.amount;
  return {
    refund_id: result.refundId,
    out_refund_no: result.outRefundNo,
    out_trade_no: request.out_trade_no,
    status: 'SUCCESS',
    success_time: new Date().toISOString(),
    amount: { total, refund, payer_total: total, payer_refund: refund, currency: 'CNY' },
  };
}

function sendSigned(res: Response, sandbox: WechatPaySandbox, payload: object): void {
  const body = JSON.stringify(payload);
  res.status(200).set({ ...sandbox.sign(body), 'Request-ID': randomUUID() }).type('application/json').send(body);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
