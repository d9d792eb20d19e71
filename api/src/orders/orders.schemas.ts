import { z } from 'zod';
import { idParam } from '../common/http';

export const createOrderBody = z
  .object({
    campaignId: idParam,
    phone: z.string().optional(),
    formData: z.record(z.string(), z.unknown()),
    referrerId: idParam.optional(),
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, _ or -').optional(),
  })
  .strict();

export type CreateOrderBody = z.infer<typeof createOrderBody>;

export const orderNoParams = z.object({ orderNo: z.string().regex(/^D\d{14}[A-Z0-9]{12}$/, 'not an order number') }).strict();

export const payOrderBody = z.object({ openid: z.string().min(1).max(128) }).strict();
