/**
 * APP pay in the sandbox (APP支付): POST /v3/pay/transactions/app, checked as WeChat does (the merchant's
 * signature over the exact bytes, then the body, then that the appid is the mobile app bound to the
 * merchant), answered with a signed prepay_id. The payer then pays through the sandbox's payer endpoint
 * (POST /sandbox/pay/{outTradeNo}), which sends the real v3 notification, trade_type APP, the app's appid.
 */
import express, { type Request, Router } from 'express';
import { z } from 'zod';
import { appPrepayRequestSchema } from '@dmh/shared/dist/wechatpay';
import { parseJson, rawBody, requireMerchant, type SandboxLogger, sendSigned } from './http';
import { SandboxError, type WechatPaySandbox } from './wechatpay.sandbox';

export function sandboxAppPayApi(sandbox: WechatPaySandbox, logger?: SandboxLogger): Router {
  const router = Router();
  router.post('/v3/pay/transactions/app', express.raw({ type: () => true, limit: '64kb' }), (req: Request, res) => {
    const body = rawBody(req);
    const auth = requireMerchant(sandbox, req, body);
    const parsed = appPrepayRequestSchema.safeParse(parseJson(body));
    if (!parsed.success) throw new SandboxError('PARAM_ERROR', 400, z.prettifyError(parsed.error));
    const r = parsed.data;
    if (r.mchid !== sandbox.mchid || r.mchid !== auth.mchid) throw new SandboxError('MCH_NOT_EXISTS', 400, 'mchid does not match the signing merchant');
    if (sandbox.appAppid === undefined || r.appid !== sandbox.appAppid) {
      throw new SandboxError('APPID_MCHID_NOT_MATCH', 400, 'appid is not a mobile app bound to this merchant');
    }
    const { prepayId } = sandbox.prepay({
      outTradeNo: r.out_trade_no, amountFen: r.amount.total, description: r.description, notifyUrl: r.notify_url,
      appid: r.appid, tradeType: 'APP', ...(r.attach !== undefined && { attach: r.attach }),
    });
    logger?.info({ outTradeNo: r.out_trade_no, prepayId }, 'sandbox APP prepay');
    sendSigned(res, sandbox, 200, { prepay_id: prepayId });
  });
  return router;
}
