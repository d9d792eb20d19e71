import express, { type ErrorRequestHandler, type Router } from 'express';
import { notificationEnvelopeSchema } from '@dmh/shared/dist/wechatpay';
import { z } from '../common/zod';
import { classifyError } from '../common/error-classification';
import { logger } from '../common/logger';
import { handler } from '../common/http';
import { openApiRegistry } from '../common/openapi';
import { routeTable } from '../common/route-table';
import type { SettlementService } from '../settlement/settlement.service';

export const PAYMENT_CALLBACK_PATH = '/payment/callback';
export const REFUND_CALLBACK_PATH = '/refund/callback';
const CALLBACKS: [string, string, string][] = [
  [PAYMENT_CALLBACK_PATH, 'Payment', 'WeChat Pay v3 payment notification (signed Wechatpay-* headers over the raw body)'],
  [REFUND_CALLBACK_PATH, 'Refund', 'WeChat Pay v3 refund notification (REFUND.SUCCESS…; signed like payment notifications)'],
];
/** Bigger than any notification WeChat sends (about 1 KB); past it: 413. */
const BODY_LIMIT = '64kb';

/** WeChat Pay's answer format: `{"code":"SUCCESS","message":"成功"}`, or FAIL with an HTTP 4xx/5xx status, after which it re-sends. */
const successAnswer = z.object({ code: z.literal('SUCCESS'), message: z.string() });
/** The success answer, written as it is (every accepted notification gets it: no serialising, no ETag of it each time). */
const SUCCESS_BODY = JSON.stringify({ code: 'SUCCESS', message: '成功' } satisfies z.infer<typeof successAnswer>);
const failAnswer = z.object({ code: z.literal('FAIL'), message: z.string() });

/** Every way a callback is refused, in WeChat's form, and what each means (the OpenAPI document lists exactly these). */
const REFUSALS: Record<number, string> = {
  400: 'malformed body, or a genuine notification that does not match the order (amount) or is for another merchant or app',
  401: 'refused: signature, timestamp, serial or encryption not genuine',
  404: 'no such order',
  409: 'a refund for an order not paid yet (WeChat re-sends it once the payment is in)',
  413: 'body too large',
  500: 'internal error',
  503: 'a dependency is unavailable or too many notifications are in flight: WeChat re-sends after Retry-After',
};

/**
 * WeChat Pay's notification callbacks, under /api/v1/orders. The raw bytes are what was signed, so these
 * routes read the body themselves; they answer in WeChat's own format (`{code, message}` with SUCCESS or
 * FAIL), never the API envelope, whatever goes wrong: a body too large, a malformed one, a refusal, an
 * outage or a bug. Payment and refund notifications are told apart after verification, so either URL takes either kind.
 */
export function addPaymentCallbacks(router: Router, settlement: SettlementService): void {
  for (const [path, kind, summary] of CALLBACKS) {
    router.post(
      path,
      express.raw({ type: () => true, limit: BODY_LIMIT }),
      handler(async (req, res) => {
        const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        await settlement.handleNotification(req.headers, raw, req.ip);
        res.status(200).type('application/json').end(SUCCESS_BODY);
      }),
      answerFailure,
    );
    routeTable.add('post', `/api/v1/orders${path}`);
    openApiRegistry.registerPath({
      method: 'post',
      path: `/api/v1/orders${path}`,
      tags: ['orders'],
      summary,
      operationId: `postApiV1Orders${kind}Callback`,
      security: [],
      request: { body: { required: true, content: { 'application/json': { schema: notificationEnvelopeSchema } } } },
      responses: {
        200: { description: 'accepted (also for a replay)', content: { 'application/json': { schema: successAnswer } } },
        ...Object.fromEntries(Object.entries(REFUSALS).map(([status, description]) => [status, {
          description,
          content: { 'application/json': { schema: failAnswer } },
          ...(status === '503' && { headers: { 'Retry-After': { description: 'seconds to wait before sending again', schema: { type: 'integer', minimum: 1 } } } }),
        }])),
      },
    });
  }
}

/** The callback routes' own error handler: every failure becomes `{code: 'FAIL', message}` with its status. */
const answerFailure: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const failure = callbackFailure(err);
  if (failure.status === 500) logger.error({ err, correlationId: res.locals.correlationId, path: req.path }, 'notification callback failed');
  else if (failure.outage) logger.warn({ err, path: req.path }, 'notification not applied: a dependency is unavailable');
  if (failure.retryAfterSeconds) res.setHeader('Retry-After', String(failure.retryAfterSeconds));
  res.status(failure.status).json({ code: 'FAIL', message: failure.message });
};

export interface CallbackFailure {
  status: number;
  message: string;
  retryAfterSeconds?: number;
  /** A dependency was down (logged as a warning, not an error). */
  outage?: true;
}

/**
 * What WeChat is told when a notification is not accepted, from the API's one error classification: a
 * refusal keeps its status and message, an outage is a 503 with Retry-After (WeChat re-sends), body-parser
 * errors are the sender's (413 too large, else 400), anything else a 500 that says nothing of its cause.
 */
export function callbackFailure(err: unknown): CallbackFailure {
  const failure = classifyError(err);
  switch (failure.kind) {
    case 'known': {
      const { http: status, message, retryAfterSeconds } = failure.error;
      return { status, message, ...(retryAfterSeconds && { retryAfterSeconds }), ...(failure.outage && { outage: true as const }) };
    }
    case 'too_large':
      return { status: 413, message: `request body too large (at most ${BODY_LIMIT})` };
    case 'malformed':
      return { status: 400, message: 'malformed request body' };
    case 'internal':
      return { status: 500, message: 'internal error' };
  }
}
