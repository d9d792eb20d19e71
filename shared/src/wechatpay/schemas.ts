/**
 * WeChat Pay API v3 wire formats, one schema per edge. Strict on what moves money (ids, amounts,
 * states), lenient on informational fields so a cosmetic change at WeChat cannot drop a real payment.
 * Unknown keys are stripped, never rejected: WeChat adds fields without notice.
 */
import { z } from 'zod';

export const SIGNATURE_TYPE = 'WECHATPAY2-SHA256-RSA2048';

/** Integer fen within Number.MAX_SAFE_INTEGER. */
const fen = z.int().nonnegative();
const positiveFen = z.int().positive();
const currency = z.string().regex(/^[A-Z]{3}$/);
const id = (max: number) => z.string().min(1).max(max);

/** Smallest AES-256-GCM payload we accept: at least one byte of ciphertext plus the 16-byte tag. */
const MIN_SEALED_BYTES = 17;

export const notificationEnvelopeSchema = z
  .object({
    id: id(64),
    create_time: z.string(),
    resource_type: z.literal('encrypt-resource'),
    event_type: z.string().regex(/^(TRANSACTION|REFUND)\.[A-Z_]+$/),
    summary: z.string().optional(),
    resource: z.object({
      algorithm: z.literal('AEAD_AES_256_GCM'),
      ciphertext: z
        .base64()
        .refine((text) => Buffer.from(text, 'base64').length >= MIN_SEALED_BYTES, 'ciphertext too short'),
      associated_data: z.string().optional(),
      original_type: z.enum(['transaction', 'refund']),
      nonce: z.string().min(1).max(16),
    }),
  })
  .refine((envelope) => envelope.event_type.split('.')[0] === envelope.resource.original_type.toUpperCase(), {
    message: 'event_type does not match resource.original_type',
    path: ['resource', 'original_type'],
  });

export type NotificationEnvelope = z.infer<typeof notificationEnvelopeSchema>;
export type NotificationKind = NotificationEnvelope['resource']['original_type'];

export const TRADE_STATES = ['SUCCESS', 'REFUND', 'NOTPAY', 'CLOSED', 'REVOKED', 'USERPAYING', 'PAYERROR'] as const;

export const transactionResourceSchema = z
  .object({
    appid: id(32),
    mchid: id(32),
    out_trade_no: id(32),
    transaction_id: id(32),
    trade_type: z.string().min(1),
    trade_state: z.enum(TRADE_STATES),
    trade_state_desc: z.string().optional(),
    bank_type: z.string().optional(),
    attach: z.string().optional(),
    success_time: z.string().min(1).optional(),
    payer: z.object({ openid: id(128) }),
    amount: z.object({
      total: positiveFen,
      payer_total: fen.optional(),
      currency,
      payer_currency: currency.optional(),
    }),
  })
  .refine((t) => t.trade_state !== 'SUCCESS' || t.success_time !== undefined, {
    message: 'a successful transaction has a success_time',
    path: ['success_time'],
  });

export type TransactionResource = z.infer<typeof transactionResourceSchema>;

export const REFUND_STATUSES = ['SUCCESS', 'CLOSED', 'PROCESSING', 'ABNORMAL'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const refundResourceSchema = z
  .object({
    mchid: id(32),
    out_trade_no: id(32),
    transaction_id: id(32),
    out_refund_no: id(64),
    refund_id: id(32),
    refund_status: z.enum(REFUND_STATUSES),
    success_time: z.string().min(1).optional(),
    user_received_account: z.string().optional(),
    amount: z.object({ total: positiveFen, refund: positiveFen, payer_total: fen, payer_refund: fen }),
  })
  .refine((r) => r.amount.refund <= r.amount.total, {
    message: 'refund exceeds the order total',
    path: ['amount', 'refund'],
  });

export type RefundResource = z.infer<typeof refundResourceSchema>;

/** The state a resource must be in for a given event type; other event types are not constrained. */
export const EVENT_STATES: Readonly<Record<string, string>> = {
  'TRANSACTION.SUCCESS': 'SUCCESS',
  'REFUND.SUCCESS': 'SUCCESS',
  'REFUND.ABNORMAL': 'ABNORMAL',
  'REFUND.CLOSED': 'CLOSED',
};

/** POST /v3/pay/transactions/jsapi request body. */
export const jsapiPrepayRequestSchema = z.object({
  appid: id(32),
  mchid: id(32),
  description: z.string().min(1).max(127),
  out_trade_no: z.string().regex(/^[0-9A-Za-z_\-|*]{6,32}$/),
  time_expire: z.string().optional(),
  attach: z.string().max(128).optional(),
  notify_url: z.url({ protocol: /^https?$/ }).max(255),
  amount: z.object({ total: positiveFen, currency: z.literal('CNY') }),
  payer: z.object({ openid: id(128) }),
});

export type JsapiPrepayRequest = z.infer<typeof jsapiPrepayRequestSchema>;

export const jsapiPrepayResponseSchema = z.object({ prepay_id: id(64) });

export type JsapiPrepayResponse = z.infer<typeof jsapiPrepayResponseSchema>;

/** H5 pay (手机网站支付, POST /v3/pay/transactions/h5): no payer; the payer's IP and the H5 scene instead. */
export const h5PrepayRequestSchema = jsapiPrepayRequestSchema.omit({ payer: true }).extend({
  scene_info: z.object({ payer_client_ip: z.string().min(1).max(45), h5_info: z.object({ type: z.enum(['Wap', 'iOS', 'Android']) }) }),
});

export type H5PrepayRequest = z.infer<typeof h5PrepayRequestSchema>;

/** The page WeChat Pay serves for 5 minutes; the merchant appends `&redirect_url=`. */
export const h5PrepayResponseSchema = z.object({ h5_url: z.url({ protocol: /^https?$/ }).max(512) });
/** WeChat Pay's h5_url is valid this long. */
export const H5_URL_TTL_MS = 5 * 60_000;

/** APP pay (POST /v3/pay/transactions/app): JSAPI's body without payer; appid is the mobile app's (Open Platform). */
export const appPrepayRequestSchema = jsapiPrepayRequestSchema.omit({ payer: true });

export type AppPrepayRequest = z.infer<typeof appPrepayRequestSchema>;

/** Error body of every v3 endpoint, e.g. {"code":"PARAM_ERROR","message":"…"}. */
export const apiErrorBodySchema = z.object({ code: z.string(), message: z.string().optional() });
