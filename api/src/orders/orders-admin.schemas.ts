import { ORDER_CLOSE_REASONS, ORDER_PAY_STATUSES, ORDER_STATUSES, REFUND_STATUSES } from '@dmh/shared';
import { z } from '../common/zod';
import { idParam, text } from '../common/http';
import { pageOf } from '../common/openapi';
import { orderViewSchema } from './orders.schemas';

const money = z.string().regex(/^\d+\.\d{2}$/).openapi({ example: '99.00' });
const positiveMoney = z
  .string()
  .regex(/^\d{1,8}(\.\d{1,2})?$/, 'an amount in yuan with at most 2 decimals')
  .refine((s) => Number.parseFloat(s) > 0, 'must be more than 0')
  .openapi({ example: '99.00' });
const isoTime = z.string().openapi({ format: 'date-time' });
const time = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** An order by its numeric id (admins: full detail) or by its number (anyone: the public, masked view). */
export const orderRefParams = z
  .object({ id: z.string().regex(/^([1-9]\d{0,18}|D\d{14}[A-Z0-9]{12})$/, 'an order id or an order number') })
  .strict();

export const orderIdParams = z.object({ id: idParam }).strict();

export const orderListQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    campaignId: idParam.optional(),
    brandId: idParam.optional(),
    status: z.enum(ORDER_STATUSES).optional(),
    payStatus: z.enum(ORDER_PAY_STATUSES).optional(),
    phone: z.string().regex(/^\d{3,11}$/, '3 to 11 digits (a prefix of the phone number)').optional(),
    orderNo: z.string().regex(/^D\d{14}[A-Z0-9]{12}$/, 'not an order number').optional(),
    from: time.optional().openapi({ description: 'created at or after (ISO-8601)' }),
    to: time.optional().openapi({ description: 'created before (ISO-8601)' }),
  })
  .strict();

export type OrderListQuery = z.infer<typeof orderListQuery>;

export const adminOrderSchema = z.object({
  id: z.string(),
  orderNo: z.string(),
  campaignId: z.string(),
  campaignName: z.string().nullable(),
  brandId: z.string(),
  memberId: z.string().nullable(),
  phone: z.string().openapi({ description: 'in full: admins only' }),
  amount: money,
  status: z.enum(ORDER_STATUSES),
  payStatus: z.enum(ORDER_PAY_STATUSES),
  syncStatus: z.string(),
  referrerId: z.string().nullable(),
  tradeNo: z.string().nullable(),
  paidAt: isoTime.nullable(),
  createdAt: isoTime,
  payExpiresAt: isoTime.nullable().openapi({ description: 'unpaid past this, the order is closed (status cancelled) and its seat freed' }),
  closedAt: isoTime.nullable(),
  closeReason: z.enum(ORDER_CLOSE_REASONS).nullable().openapi({ description: 'why it was closed unpaid' }),
});

export const orderPageSchema = pageOf(adminOrderSchema);

export const refundSchema = z.object({
  id: z.string(),
  outRefundNo: z.string(),
  refundId: z.string().nullable(),
  amount: money,
  status: z.enum(REFUND_STATUSES).openapi({
    description: 'processing: asked, not finished (queried until it ends); success: money returned, rewards reversed once the order is fully refunded; closed, abnormal, failed: no money moved',
  }),
  reason: z.string().nullable(),
  requestedBy: z.string().nullable(),
  succeededAt: isoTime.nullable(),
  createdAt: isoTime,
  needsAction: z.boolean().openapi({ description: 'abnormal, or still processing past REFUND_STUCK_AFTER_SECONDS: an admin must look at it' }),
  guidance: z.string().nullable().openapi({ description: 'what the status means and what to do, Chinese first, then English; null once it succeeded' }),
});

export const refundListQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    status: z.enum(REFUND_STATUSES).optional(),
    needsAction: z.enum(['true', 'false']).transform((s) => s === 'true').optional()
      .openapi({ description: 'true: only abnormal refunds and refunds still processing past REFUND_STUCK_AFTER_SECONDS' }),
  })
  .strict();

export type RefundListQuery = z.infer<typeof refundListQuery>;

export const refundPageSchema = pageOf(refundSchema.extend({ orderId: z.string(), orderNo: z.string(), brandId: z.string() }));

export const adminOrderDetailSchema = adminOrderSchema.extend({
  formData: z.record(z.string(), z.unknown()),
  rewards: z.array(
    z.object({
      id: z.string(),
      level: z.int().min(1).max(3),
      userId: z.string(),
      distributorId: z.string(),
      amount: money,
      status: z.string(),
      settledAt: isoTime.nullable(),
      reversedAt: isoTime.nullable(),
    }),
  ),
  refunds: z.array(refundSchema),
  traceUrl: z.string().nullable().openapi({
    description: "the order's payment trace in the trace store's UI (Zipkin), when one is configured (OPS_TRACES_URL) and the order was paid; else null",
  }),
});

/** Admins with `order:read` asking by id get the full detail; anyone asking by order number the masked view. */
export const orderLookupSchema = z.union([adminOrderDetailSchema, orderViewSchema]);

export const refundBody = z
  .object({
    amount: positiveMoney.optional().openapi({ description: 'default: everything not refunded yet' }),
    reason: text(80).optional(),
  })
  .strict();

export const refundResultSchema = z.object({
  refund: refundSchema,
  order: z.object({ id: z.string(), status: z.string(), payStatus: z.string() }),
});
