import { WITHDRAWAL_STATUSES } from '@dmh/shared';
import { z } from '../common/zod';
import { idParam, text } from '../common/http';
import { pageOf } from '../common/openapi';

const money = z.string().regex(/^\d+\.\d{2}$/).openapi({ example: '50.00' });
const isoTime = z.string().openapi({ format: 'date-time' });

export const withdrawalParams = z.object({ id: idParam }).strict();

export const requestWithdrawalBody = z
  .object({
    amount: z
      .string()
      .regex(/^\d{1,8}(\.\d{1,2})?$/, 'an amount in yuan with at most 2 decimals')
      .openapi({ example: '50.00', description: 'at least the configured minimum, at most the available balance' }),
    brandId: idParam.optional().openapi({ description: 'the brand whose admins review it; needed only by a distributor of several brands' }),
    accountInfo: z
      .object({
        channel: z.enum(['wechat', 'alipay', 'bank']),
        account: text(64).optional(),
        name: text(50).optional(),
        bank: text(100).optional(),
      })
      .strict()
      .optional(),
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, _ or -').optional(),
  })
  .strict();

export type RequestWithdrawalBody = z.infer<typeof requestWithdrawalBody>;

export const rejectWithdrawalBody = z.object({ reason: text(500) }).strict();

export const paidWithdrawalBody = z
  .object({ payoutRef: text(100).optional().openapi({ description: "the transfer's reference in the payment channel" }) })
  .strict();

export const withdrawalListQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    status: z.enum(WITHDRAWAL_STATUSES).optional(),
    userId: idParam.optional(),
    brandId: idParam.optional(),
  })
  .strict();

export const withdrawalSchema = z.object({
  id: z.string(),
  userId: z.string(),
  brandId: z.string().nullable(),
  amount: money,
  status: z.enum(WITHDRAWAL_STATUSES),
  accountInfo: z.record(z.string(), z.unknown()).nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: isoTime.nullable(),
  rejectReason: z.string().nullable(),
  paidAt: isoTime.nullable(),
  payoutRef: z.string().nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const withdrawalPageSchema = pageOf(withdrawalSchema);
