/**
 * The sandbox over HTTP: the WeChat Pay v3 endpoints DMH calls (prepay, order query and close, refunds and
 * their query, the trade bill, platform certificates), two endpoints that play the payer (pay, refund)
 * and send the resulting notification to the merchant's notify_url, and POST /sandbox/control for tests.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type Express, type Response } from 'express';
import { z } from 'zod';
import { jsapiPrepayRequestSchema } from '@dmh/shared/dist/wechatpay';
import { sandboxRefundApi } from './refunds/refunds';
import { sandboxBillApi } from './payments/bill';
import { sandboxCertificatesApi } from './payments/certificates';
import { sandboxH5PayApi } from './payments/h5';
import { sandboxAppPayApi } from './payments/app';
import { sandboxControlSchema } from './payments/controls';
import { parseJson, rawBody, type SandboxLogger, sendSigned } from './payments/http';
import { sandboxOrderQueryApi } from './payments/queries';
import { SandboxError, type MerchantAnswer, type WechatPaySandbox } from './payments/wechatpay.sandbox';
import { WechatMpSandbox } from './wechat/wechat-mp.sandbox';
import { wechatMpSandboxApi } from './wechat/wechat-mp.routes';


export interface SandboxServerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  sandbox: WechatPaySandbox;
  /** The Official Account side (web authorization, JS-SDK credentials); one for the pay sandbox's appid by default. */
  mp?: WechatMpSandbox;
  logger?: SandboxLogger;
}

export interface SandboxServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const refundRequestSchema = z.object({
  amount: z.int().positive().optional(),
  out_refund_no: z.string().min(1).max(64).optional(),
  notify_url: z.url().optional(),
});

export function createSandboxApp(sandbox: WechatPaySandbox, logger?: SandboxLogger, mp = new WechatMpSandbox(sandbox.appid)): Express {
  const app = express();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', mchid: sandbox.mchid });
  });

  // JSAPI prepay, checked as WeChat does: merchant signature over the exact bytes, then the body.
  app.post('/v3/pay/transactions/jsapi', express.raw({ type: () => true, limit: '64kb' }), (req, res) => {
    const body = rawBody(req);
    const auth = sandbox.checkAuthorization('POST', req.originalUrl, body, req.get('authorization'));
    if (!auth.ok) throw new SandboxError('SIGN_ERROR', 401, auth.message);
    const parsed = jsapiPrepayRequestSchema.safeParse(parseJson(body));
    if (!parsed.success) throw new SandboxError('PARAM_ERROR', 400, z.prettifyError(parsed.error));
    const request = parsed.data;
    if (request.mchid !== sandbox.mchid || request.mchid !== auth.authorization.mchid) {
      throw new SandboxError('MCH_NOT_EXISTS', 400, 'mchid does not match the signing merchant');
    }
    if (request.appid !== sandbox.appid) throw new SandboxError('APPID_MCHID_NOT_MATCH', 400, 'appid and mchid do not match');
    const { prepayId } = sandbox.prepay({
      outTradeNo: request.out_trade_no,
      amountFen: request.amount.total,
      description: request.description,
      notifyUrl: request.notify_url,
      payerOpenid: request.payer.openid,
      ...(request.attach !== undefined && { attach: request.attach }),
    });
    logger?.info({ outTradeNo: request.out_trade_no, prepayId }, 'sandbox prepay');
    sendSigned(res, sandbox, 200, { prepay_id: prepayId });
  });

  // The payer pays: the merchant's answer to TRANSACTION.SUCCESS is relayed as this answer.
  app.post('/sandbox/pay/:outTradeNo', async (req, res) => {
    const answer = await sandbox.pay(req.params.outTradeNo);
    logger?.info({ outTradeNo: req.params.outTradeNo, merchantStatus: answer.status }, 'sandbox payment notified');
    relay(res.set('X-Sandbox-Transaction-Id', answer.transactionId), answer);
  });

  // A refund made at the merchant platform: body {amount?, out_refund_no?, notify_url?}; PROCESSING by
  // default (202 NOTIFICATION_PENDING, notified when it ends); told SUCCESS, the merchant's answer is relayed.
  app.post('/sandbox/refund/:outTradeNo', express.json({ limit: '8kb' }), async (req, res) => {
    const parsed = refundRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw new SandboxError('PARAM_ERROR', 400, z.prettifyError(parsed.error));
    const { amount, out_refund_no, notify_url } = parsed.data;
    const answer = await sandbox.refund(req.params.outTradeNo, {
      ...(amount !== undefined && { amountFen: amount }),
      ...(out_refund_no !== undefined && { outRefundNo: out_refund_no }),
      ...(notify_url !== undefined && { notifyUrl: notify_url }),
    });
    logger?.info({ outTradeNo: req.params.outTradeNo, merchantStatus: answer.status }, 'sandbox refund notified');
    relay(res.set({ 'X-Sandbox-Refund-Id': answer.refundId, 'X-Sandbox-Out-Refund-No': answer.outRefundNo }), answer);
  });

  // What tests tell the sandbox: drop, delay or duplicate notifications, refunds at once or ending CLOSED/ABNORMAL, a corrupted bill.
  app.post('/sandbox/control', express.json({ limit: '8kb' }), (req, res) => {
    const parsed = sandboxControlSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw new SandboxError('PARAM_ERROR', 400, z.prettifyError(parsed.error));
    sandbox.controls.apply(parsed.data);
    res.status(204).end();
  });
  app.delete('/sandbox/control', (_req, res) => {
    sandbox.controls.reset();
    res.status(204).end();
  });

  // Refunds through the v3 API (POST /v3/refund/domestic/refunds): the refunds module's own file.
  app.use(sandboxRefundApi(sandbox, logger));
  app.use(sandboxOrderQueryApi(sandbox));
  app.use(sandboxBillApi(sandbox));
  app.use(sandboxCertificatesApi(sandbox));
  // H5 pay: the prepay and the checkmweb page its h5_url points to.
  app.use(sandboxH5PayApi(sandbox, logger));
  // APP pay: the mobile app's prepay (paid through POST /sandbox/pay/{outTradeNo} like the others).
  app.use(sandboxAppPayApi(sandbox, logger));
  // WeChat web authorization and the JS-SDK's credentials (the same appid as the payments).
  app.use(wechatMpSandboxApi(mp));
  // WeChat answers an unknown path with its JSON error body, never an HTML page.
  app.use((_req, _res, next) => next(new SandboxError('NOT_FOUND', 404, 'no such API')));

  const errors: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
    if (err instanceof SandboxError) return sendSigned(res, sandbox, err.status, { code: err.code, message: err.message });
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendSigned(res, sandbox, status, { code: 'PARAM_ERROR', message: 'invalid request' });
    }
    logger?.error({ err }, 'sandbox internal error');
    sendSigned(res, sandbox, 500, { code: 'SYSTEM_ERROR', message: 'sandbox internal error' });
  };
  app.use(errors);
  return app;
}

export async function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createSandboxApp(options.sandbox, options.logger, options.mp).listen(options.port, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        options.sandbox.controls.cancelScheduled();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

function relay(res: Response, answer: MerchantAnswer): void {
  res.status(answer.status);
  if (answer.contentType) res.type(answer.contentType);
  res.send(answer.body);
}
