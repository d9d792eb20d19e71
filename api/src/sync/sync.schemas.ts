import {
  RECONCILE_MAX_DAYS, RECONCILE_RUN_STATUSES, SYNC_JOB_STATUSES, SYNC_LOG_STATUSES, SYNC_TARGET_KINDS, fieldMappingSchema, reconcileRunSchema,
  reconcileRunSummarySchema,
  targetConfigInputSchema, targetHealthSchema, targetOptionsSchema, targetTestReportSchema,
} from '@dmh/shared';
import { z } from '../common/zod';
import { idParam } from '../common/http';
import { pageOf } from '../common/openapi';

const isoTime = z.string().openapi({ format: 'date-time' });
/** An instant in a query or body: ISO-8601 with a time zone (Z or ±hh:mm). */
const instant = z.iso.datetime({ offset: true }).openapi({ example: '2026-11-01T00:00:00Z' });
const page = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const brandParams = z.object({ brandId: idParam }).strict();
export const jobParams = z.object({ id: idParam }).strict();

/** A saved target as admins see it: never the password, only that one is stored. */
export const targetViewSchema = z.object({
  brandId: z.string(),
  kind: z.enum(SYNC_TARGET_KINDS),
  host: z.string(),
  port: z.int(),
  database: z.string(),
  username: z.string(),
  hasPassword: z.boolean(),
  options: targetOptionsSchema,
  mapping: fieldMappingSchema,
  enabled: z.boolean(),
  version: z.int(),
  updatedAt: isoTime,
});
export type TargetView = z.infer<typeof targetViewSchema>;
export const targetPageSchema = pageOf(targetViewSchema);
export const targetListQuery = z.object(page).strict();
export type TargetListQuery = z.infer<typeof targetListQuery>;

/** PUT body: the whole configuration; the password may be left out to keep the stored one. */
export const putTargetBody = targetConfigInputSchema;
export const deletedTargetSchema = z.object({ brandId: z.string(), deleted: z.literal(true) });
export const testReportSchema = targetTestReportSchema;

export const jobListQuery = z
  .object({
    brandId: idParam.optional(),
    status: z.enum(['dead', 'retrying', 'queued']).default('dead'),
    orderId: idParam.optional(),
    ...page,
  })
  .strict();
export type JobListQuery = z.infer<typeof jobListQuery>;

export const jobSchema = z.object({
  id: z.string(),
  jobId: z.string(),
  brandId: z.string(),
  orderId: z.string(),
  status: z.enum(SYNC_JOB_STATUSES),
  attempts: z.int().min(0),
  lastError: z.string().nullable(),
  requestedAt: isoTime,
  nextAttemptAt: isoTime,
  updatedAt: isoTime,
});
export type JobView = z.infer<typeof jobSchema>;
export const jobPageSchema = pageOf(jobSchema);

export const logListQuery = z
  .object({
    brandId: idParam.optional(),
    jobId: z.string().min(1).max(64).optional(),
    entityType: z.enum(['order', 'reward']).optional(),
    entityId: idParam.optional(),
    status: z.enum(SYNC_LOG_STATUSES).optional(),
    ...page,
  })
  .strict();
export type LogListQuery = z.infer<typeof logListQuery>;

export const logSchema = z.object({
  id: z.string(),
  jobId: z.string(),
  brandId: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  target: z.string(),
  attempt: z.int().min(0),
  status: z.enum(SYNC_LOG_STATUSES),
  error: z.string().nullable(),
  durationMs: z.int().min(0),
  createdAt: isoTime,
});
export type LogView = z.infer<typeof logSchema>;
export const logPageSchema = pageOf(logSchema);

/** Retry dead jobs of one brand: all of them, or those of some orders, or those requested in a time range. */
export const retryManyBody = z
  .object({
    brandId: idParam,
    orderIds: z.array(idParam).min(1).max(500).optional(),
    from: instant.optional(),
    to: instant.optional(),
  })
  .strict();
export type RetryManyBody = z.infer<typeof retryManyBody>;
export const retryResultSchema = z.object({
  retried: z.int().min(0),
  /** The retried jobs (at most 1000 listed). */
  jobIds: z.array(z.string()),
});

export const reconcileBody = z
  .object({ brandId: idParam, from: instant, to: instant, requeue: z.boolean().default(true) })
  .strict()
  .superRefine((b, ctx) => {
    const span = Date.parse(b.to) - Date.parse(b.from);
    if (!(span > 0)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
    else if (span > RECONCILE_MAX_DAYS * 86_400_000) ctx.addIssue({ code: 'custom', path: ['to'], message: `the range may span at most ${RECONCILE_MAX_DAYS} days` });
  });
export type ReconcileBody = z.infer<typeof reconcileBody>;
/** A recorded run as admins read it: the worker's row and the name of the admin who started it. */
export const reconcileRunView = reconcileRunSchema.extend({ createdByName: z.string().nullable() });
export type ReconcileRunView = z.infer<typeof reconcileRunView>;
export const reconcileRunSummaryView = reconcileRunSummarySchema.extend({ createdByName: z.string().nullable() });
export type ReconcileRunSummaryView = z.infer<typeof reconcileRunSummaryView>;
export const reconcileRunParams = z.object({ id: idParam }).strict();
export const reconcileRunListQuery = z
  .object({ ...page, brandId: idParam.optional(), status: z.enum(RECONCILE_RUN_STATUSES).optional() })
  .strict();
export type ReconcileRunListQuery = z.infer<typeof reconcileRunListQuery>;
export const reconcileRunPageSchema = pageOf(reconcileRunSummaryView);

export const queueSchema = z.object({
  queued: z.int().min(0),
  retrying: z.int().min(0),
  dead: z.int().min(0),
  /** Age in seconds of the oldest job not yet written (0 when caught up). */
  lagSeconds: z.number().min(0),
});
export type QueueView = z.infer<typeof queueSchema>;

export const healthSchema = z.object({
  /** ok: worker and every target up, circuits closed, nothing dead; degraded: something to look at; down: no worker. */
  status: z.enum(['ok', 'degraded', 'down']),
  worker: z.enum(['up', 'down']),
  error: z.string().nullable(),
  checkedAt: isoTime,
  targets: z.array(targetHealthSchema),
  queue: queueSchema,
});
