import { PHONE_PATTERN } from '@dmh/shared';
import { z } from '../common/zod';
import { idParam } from '../common/http';
import { openidSchema, unionidSchema } from '../members/members.schemas';

export const createOrderBody = z
  .object({
    campaignId: idParam,
    phone: z.string().regex(PHONE_PATTERN, 'a mainland mobile number').optional().openapi({
      description: "the sign-up's mobile number; without it, formData.phone is used, and one of them is required",
    }),
    formData: z.record(z.string(), z.unknown()),
    referrerId: idParam.optional(),
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, _ or -').optional(),
    /** WeChat identities of the person signing up: the member is matched on the UnionID (phone as fallback). */
    unionid: unionidSchema.optional(),
    openid: openidSchema.optional(),
  })
  .strict();

export type CreateOrderBody = z.infer<typeof createOrderBody>;

const money = z.string().regex(/^\d+\.\d{2}$/).openapi({ example: '99.00' });

export const createdOrderSchema = z.object({ orderId: z.string(), orderNo: z.string(), amount: money, status: z.literal('pending') });

export const orderViewSchema = z.object({
  id: z.string(),
  orderNo: z.string(),
  campaignId: z.string(),
  brandId: z.string(),
  phone: z.string().openapi({ description: 'masked: 138****1234' }),
  amount: money,
  status: z.string(),
  payStatus: z.string(),
  tradeNo: z.string().nullable(),
  paidAt: z.string().nullable(),
  createdAt: z.string(),
  payExpiresAt: z.string().nullable().openapi({ description: 'unpaid past this, the order is closed (status cancelled) and its seat freed' }),
  closedAt: z.string().nullable(),
  closeReason: z.enum(['expired', 'provider_closed']).nullable().openapi({ description: 'why it was closed unpaid' }),
  refundReason: z.string().nullable().openapi({ description: 'set when DMH refunded a payment on its own (it came after the order was closed and the campaign was full)' }),
});

export const prepaySchema = z.object({
  orderNo: z.string(),
  amount: money,
  prepayId: z.string(),
  payParams: z.object({ appId: z.string(), timeStamp: z.string(), nonceStr: z.string(), package: z.string(), signType: z.string(), paySign: z.string() }),
});

export const h5PaySchema = z.object({
  orderNo: z.string(),
  amount: money,
  /** WeChat Pay's H5 page (redirect_url included): open it in this browser. */
  h5Url: z.string(),
  /** After this, ask for a new h5Url. */
  expiresAt: z.string(),
});

export const appPaySchema = z.object({
  orderNo: z.string(),
  amount: money,
  /** For the WeChat SDK's PayReq, under WeChat's names (APP 调起支付). */
  payParams: z.object({
    appid: z.string().openapi({ description: "the mobile app's appid (WeChat Open Platform)" }),
    partnerid: z.string().openapi({ description: 'the merchant number (mchid)' }),
    prepayid: z.string(),
    package: z.literal('Sign=WXPay'),
    noncestr: z.string(),
    timestamp: z.string().openapi({ description: 'seconds since the epoch' }),
    sign: z.string().openapi({ description: 'base64 RSA-SHA256 with the merchant key over "appid\\ntimestamp\\nnoncestr\\nprepayid\\n"' }),
  }),
});

export const orderNoParams = z.object({ orderNo: z.string().regex(/^D\d{14}[A-Z0-9]{12}$/, 'not an order number') }).strict();

export const payOrderBody = z.object({ openid: z.string().min(1).max(128) }).strict();
