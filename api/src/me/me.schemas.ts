import { z } from '../common/zod';
import { isoTime, pageFields } from '../security/security.schemas';

const money = z.string().regex(/^\d+\.\d{2}$/).openapi({ example: '99.00' });

export const myOrdersQuery = z.object({ ...pageFields }).strict();

export const myOrderSchema = z.object({
  orderNo: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  amount: money,
  status: z.string().openapi({ description: 'pending, paid, cancelled (closed unpaid), refunded…' }),
  payStatus: z.string(),
  createdAt: isoTime,
  paidAt: isoTime.nullable(),
  payExpiresAt: isoTime.nullable(),
  closeReason: z.enum(['expired', 'provider_closed']).nullable(),
});
