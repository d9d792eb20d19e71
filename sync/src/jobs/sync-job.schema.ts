import { z } from 'zod';

/** A sync job as it arrives from the input binding (`SyncJob` of @dmh/shared): checked before anything is done. */
export const syncJobSchema = z.object({
  jobId: z.string().min(1).max(64),
  kind: z.literal('order'),
  orderId: z.string().regex(/^[1-9]\d{0,18}$/),
  brandId: z.string().regex(/^[1-9]\d{0,18}$/),
  requestedAt: z.iso.datetime({ offset: true }),
});
