/**
 * WeChat Pay API v3 domestic refund (POST /v3/refund/domestic/refunds): request and answer, one schema per
 * edge. Strict on ids, amounts and status; other fields are stripped, as WeChat adds fields without notice.
 */
import { z } from '../common/zod';

export const REFUND_API_PATH = '/v3/refund/domestic/refunds';

const positiveFen = z.int().positive();
const fen = z.int().nonnegative();

export const refundApiRequestSchema = z.object({
  out_trade_no: z.string().regex(/^[0-9A-Za-z_\-|*]{6,32}$/),
  out_refund_no: z.string().regex(/^[0-9A-Za-z_\-|*@]{1,64}$/),
  reason: z.string().min(1).max(80).optional(),
  notify_url: z.url({ protocol: /^https?$/ }).max(256).optional(),
  amount: z.object({ refund: positiveFen, total: positiveFen, currency: z.literal('CNY') }),
});

export type RefundApiRequest = z.infer<typeof refundApiRequestSchema>;

export const refundApiResponseSchema = z.object({
  refund_id: z.string().min(1).max(32),
  out_refund_no: z.string().min(1).max(64),
  out_trade_no: z.string().min(1).max(32),
  transaction_id: z.string().min(1).max(32).optional(),
  status: z.enum(['SUCCESS', 'CLOSED', 'PROCESSING', 'ABNORMAL']),
  success_time: z.string().optional(),
  create_time: z.string().optional(),
  amount: z.object({ total: positiveFen, refund: positiveFen, payer_total: fen.optional(), payer_refund: fen.optional(), currency: z.string().optional() }),
});

export type RefundApiResponse = z.infer<typeof refundApiResponseSchema>;
