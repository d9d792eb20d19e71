import { z } from '../common/zod';
import { isoTime, pageFields } from '../common/schema-fields';

const money = z.string().regex(/^\d+\.\d{2}$/).openapi({ example: '99.00' });

export const myOrdersQuery = z.object({ ...pageFields }).strict();

export const myOrderSchema = z.object({
  orderNo: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  brandId: z.string(),
  brandName: z.string(),
  amount: money,
  status: z.string().openapi({ description: 'pending, paid, cancelled (closed unpaid), refunded…' }),
  payStatus: z.string(),
  createdAt: isoTime,
  paidAt: isoTime.nullable(),
  payExpiresAt: isoTime.nullable(),
  closeReason: z.enum(['expired', 'provider_closed']).nullable(),
});

export const myRewardsQuery = z.object({ level: z.coerce.number().int().min(1).max(3).optional(), ...pageFields }).strict();

export const myRewardSchema = z.object({
  id: z.string(),
  level: z.int().min(1).max(3).openapi({ description: '1: the order came through your link; 2 and 3: through your team' }),
  amount: money,
  status: z.string().openapi({ description: 'pending (being credited), settled (in the balance), reversed (the order was refunded)' }),
  settledAt: isoTime.nullable(),
  createdAt: isoTime,
  order: z.object({
    orderNo: z.string(),
    campaignId: z.string(),
    campaignName: z.string(),
    phone: z.string().openapi({ description: "the buyer's phone, masked: 138****1234" }),
    amount: money,
    paidAt: isoTime.nullable(),
  }),
});

export const withdrawalTermsSchema = z.object({
  minimumAmount: money.openapi({ description: 'the smallest withdrawal, yuan' }),
  fee: money.openapi({ description: 'what a withdrawal costs, yuan: DMH charges none' }),
  arrival: z.string().openapi({ description: 'when the money arrives, in words' }),
});

export const promotableCampaignSchema = z.object({
  campaignId: z.string(),
  name: z.string(),
  brandId: z.string(),
  brandName: z.string(),
  price: money,
  endTime: isoTime,
});
