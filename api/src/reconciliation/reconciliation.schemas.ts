import { RECONCILIATION_DIFFERENCE_KINDS, RECONCILIATION_RESOLUTIONS, RECONCILIATION_STATUSES, RECONCILIATION_TRIGGERS } from '@dmh/shared';
import { idParam } from '../common/http';
import { pageOf } from '../common/openapi';
import { z } from '../common/zod';

const isoTime = z.string().openapi({ format: 'date-time' });
const money = z.string().regex(/^-?\d+\.\d{2}$/).openapi({ example: '99.00' });

/** A China Standard Time day, yyyy-MM-dd, that exists in the calendar (the document's pattern says exactly which). */
export const billDate = z.iso.date().openapi({ example: '2026-12-02', description: 'a day in China Standard Time (UTC+8), yyyy-MM-dd' });

export const runBody = z.object({ billDate }).strict();
export type RunBody = z.infer<typeof runBody>;

export const runParams = z.object({ id: idParam }).strict();

export const runListQuery = z
  .object({
    billDate: billDate.optional(),
    status: z.enum(RECONCILIATION_STATUSES).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type RunListQuery = z.infer<typeof runListQuery>;

export const runSchema = z.object({
  id: z.string(),
  billDate: z.string(),
  status: z.enum(RECONCILIATION_STATUSES),
  triggeredBy: z.enum(RECONCILIATION_TRIGGERS),
  /** The admin who asked; null for the daily job. */
  requestedBy: z.string().nullable(),
  /** SHA1 of the bill file, checked; null when WeChat had no bill for the day or the run failed before. */
  billHash: z.string().nullable(),
  billRows: z.int().min(0),
  dmhPayments: z.int().min(0),
  dmhRefunds: z.int().min(0),
  differenceCount: z.int().min(0),
  repaired: z.int().min(0),
  needsAttention: z.int().min(0),
  /** Why a failed run failed (bill_hash_mismatch, http_error…); nothing was changed by it. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  startedAt: isoTime,
  finishedAt: isoTime.nullable(),
});
export type RunView = z.infer<typeof runSchema>;
export const runPageSchema = pageOf(runSchema);

export const differenceSchema = z.object({
  id: z.string(),
  kind: z.enum(RECONCILIATION_DIFFERENCE_KINDS),
  outTradeNo: z.string().nullable(),
  transactionId: z.string().nullable(),
  /** Set for a refund's difference. */
  outRefundNo: z.string().nullable(),
  /** What WeChat Pay's bill says (yuan); null when it has no such row. */
  wechatAmount: money.nullable(),
  /** What DMH recorded (yuan); null when DMH has no such record. */
  dmhAmount: money.nullable(),
  resolution: z.enum(RECONCILIATION_RESOLUTIONS),
  /** What happened, or what an admin should do. */
  reason: z.string().nullable(),
});
export type DifferenceView = z.infer<typeof differenceSchema>;

export const runDetailSchema = runSchema.extend({ differences: z.array(differenceSchema) });
export type RunDetail = z.infer<typeof runDetailSchema>;
