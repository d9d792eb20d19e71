/**
 * Answers of the WeChat Pay v3 endpoints DMH queries (order query, trade bill, platform certificates),
 * one schema per edge: strict on ids, amounts and states, unknown keys stripped.
 */
import { TRADE_STATES } from '@dmh/shared/dist/wechatpay';
import { z } from '../common/zod';

const fen = z.int().nonnegative();
const id = (max: number) => z.string().min(1).max(max);

/** GET /v3/pay/transactions/out-trade-no/{no} or /id/{transaction_id}: an unpaid order has no transaction_id nor payer. */
export const transactionQuerySchema = z
  .object({
    appid: id(32),
    mchid: id(32),
    out_trade_no: id(32),
    transaction_id: id(32).optional(),
    trade_type: z.string().optional(),
    trade_state: z.enum(TRADE_STATES),
    trade_state_desc: z.string().optional(),
    bank_type: z.string().optional(),
    attach: z.string().optional(),
    success_time: z.string().min(1).optional(),
    payer: z.object({ openid: id(128).optional() }).optional(),
    amount: z.object({
      total: fen.optional(),
      payer_total: fen.optional(),
      currency: z.string().optional(),
      payer_currency: z.string().optional(),
    }),
  })
  .refine(
    (t) => !['SUCCESS', 'REFUND'].includes(t.trade_state) || (t.transaction_id && t.success_time && t.payer?.openid && t.amount.total && t.amount.currency),
    { message: 'a paid order has a transaction_id, success_time, payer, total and currency', path: ['trade_state'] },
  );

export type TransactionQuery = z.infer<typeof transactionQuerySchema>;

/** GET /v3/bill/tradebill. WeChat hashes the uncompressed file. */
export const tradeBillAnswerSchema = z.object({
  download_url: z.url({ protocol: /^https?$/ }),
  hash_type: z.literal('SHA1'),
  hash_value: z.string().regex(/^[0-9a-fA-F]{40}$/),
});

/** GET /v3/certificates: each certificate encrypted with the APIv3 key. */
export const certificatesAnswerSchema = z.object({
  data: z.array(
    z.object({
      serial_no: z.string().regex(/^[0-9A-Fa-f]{1,64}$/),
      effective_time: z.string().min(1),
      expire_time: z.string().min(1),
      encrypt_certificate: z.object({
        algorithm: z.literal('AEAD_AES_256_GCM'),
        nonce: z.string().min(1).max(16),
        associated_data: z.string(),
        ciphertext: z.base64().min(1),
      }),
    }),
  ),
});
