/**
 * WeChat Pay API v3 domestic refund (POST /v3/refund/domestic/refunds): request and answer, one schema per
 * edge. Strict on ids, amounts and status; other fields are stripped, as WeChat adds fields without notice.
 */
import { z } from 'zod';

export const REFUND_API_PATH = '/v3/refund/domestic/refunds';

const positiveFen = z.int().positive();
const fen = z.int().nonnegative();

/** The order is named by out_trade_no or by WeChat's transaction_id (WeChat takes either). */
export const refundApiRequestSchema = z
  .object({
    out_trade_no: z.string().regex(/^[0-9A-Za-z_\-|*]{6,32}$/).optional(),
    transaction_id: z.string().regex(/^\d{1,32}$/).optional(),
    out_refund_no: z.string().regex(/^[0-9A-Za-z_\-|*@]{1,64}$/),
    reason: z.string().min(1).max(80).optional(),
    notify_url: z.url({ protocol: /^https?$/ }).max(256).optional(),
    amount: z.object({ refund: positiveFen, total: positiveFen, currency: z.literal('CNY') }),
  })
  .refine((r) => r.out_trade_no !== undefined || r.transaction_id !== undefined, {
    message: 'out_trade_no or transaction_id is required',
    path: ['out_trade_no'],
  });

export type RefundApiRequest = z.infer<typeof refundApiRequestSchema>;

/** The refund API's answer and the refund query's (GET /v3/refund/domestic/refunds/{out_refund_no}): one shape. */
export const refundApiResponseSchema = z.object({
  refund_id: z.string().min(1).max(32),
  out_refund_no: z.string().min(1).max(64),
  out_trade_no: z.string().min(1).max(32),
  transaction_id: z.string().min(1).max(32).optional(),
  channel: z.string().optional(),
  user_received_account: z.string().optional(),
  status: z.enum(['SUCCESS', 'CLOSED', 'PROCESSING', 'ABNORMAL']),
  success_time: z.string().optional(),
  create_time: z.string().optional(),
  amount: z.object({
    total: positiveFen,
    refund: positiveFen,
    payer_total: fen.optional(),
    payer_refund: fen.optional(),
    settlement_refund: fen.optional(),
    settlement_total: fen.optional(),
    discount_refund: fen.optional(),
    currency: z.string().optional(),
    from: z.array(z.object({ account: z.string(), amount: fen })).optional(),
  }),
});

export type RefundApiResponse = z.infer<typeof refundApiResponseSchema>;
