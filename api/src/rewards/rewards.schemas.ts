import { LEDGER_ENTRY_TYPES } from '@dmh/shared';
import { z } from '../common/zod';
import { idParam } from '../common/http';
import { pageOf } from '../common/openapi';

export const money = z.string().regex(/^-?\d+\.\d{2}$/).openapi({ example: '10.00', description: 'yuan, two decimals' });
export const isoTime = z.string().openapi({ format: 'date-time' });

export const userParams = z.object({ userId: idParam }).strict();
export const pageQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const balanceSchema = z.object({
  userId: z.string(),
  balance: money,
  frozen: money,
  totalReward: money,
  totalWithdrawn: money,
  debt: money,
});

export const rewardSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  campaignId: z.string(),
  brandId: z.string(),
  distributorId: z.string(),
  level: z.int().min(1).max(3),
  amount: money,
  status: z.string(),
  settledAt: isoTime.nullable(),
  reversedAt: isoTime.nullable(),
  createdAt: isoTime,
});

export const rewardPageSchema = pageOf(rewardSchema);

export const ledgerEntrySchema = z.object({
  id: z.string(),
  entryType: z.enum(LEDGER_ENTRY_TYPES),
  refId: z.string().openapi({ description: 'the reward (reward_*), the withdrawal (withdraw_*) or the ledger entry whose money repaid the debt (debt_repayment)' }),
  amount: money.openapi({ description: 'signed change to the available balance' }),
  balanceAfter: money,
  frozenAfter: money,
  debtAfter: money,
  createdAt: isoTime,
});

export const ledgerPageSchema = pageOf(ledgerEntrySchema);
