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
  distributorId: z.string(),
  level: z.int().min(1).max(3),
  amount: money,
  status: z.string(),
  settledAt: isoTime.nullable(),
  createdAt: isoTime,
});

export const rewardPageSchema = pageOf(rewardSchema);
