import { z } from 'zod';
import { SYNC_TARGET_KINDS } from './target-config';
import { idSchema } from '../ids/id';

/**
 * What the API asks the sync worker (Dapr service invocation to app id `dmh-sync`): only the worker holds
 * the credentials key and the Oracle / SQL Server drivers, so encrypting a password, testing a connection,
 * checking target health and reading the target for reconciliation happen there.
 */
export const SYNC_WORKER_APP_ID = 'dmh-sync';
export const SYNC_WORKER_METHODS = {
  encryptPassword: 'internal/credentials',
  testTarget: 'internal/targets/test',
  health: 'internal/health',
  /** Starts a recorded reconciliation run (answers at once with the run; the worker carries on in chunks). */
  startReconcileRun: 'internal/reconcile/runs',
  /** Dead jobs of a brand back to the queue (the worker owns sync_jobs: the API asks, it writes). */
  retryDeadJobs: 'internal/jobs/retry',
} as const;

const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'ISO-8601 UTC');
const id = idSchema;

export const encryptPasswordRequestSchema = z.object({ brandId: id, password: z.string().min(1).max(256) }).strict();
export const encryptPasswordResultSchema = z.object({ passwordEnc: z.string().min(1) });

export const testTargetRequestSchema = z.object({ brandId: id }).strict();
export const targetTestStepSchema = z.object({
  /** connect = connect and run a trivial query; the table steps select the mapped columns without reading a row. */
  step: z.enum(['connect', 'ordersTable', 'rewardsTable']),
  ok: z.boolean(),
  ms: z.int().min(0),
  error: z.string().nullable(),
});
export const targetTestReportSchema = z.object({
  brandId: z.string(),
  kind: z.enum(SYNC_TARGET_KINDS),
  ok: z.boolean(),
  latencyMs: z.int().min(0),
  steps: z.array(targetTestStepSchema),
});
export type TargetTestReport = z.infer<typeof targetTestReportSchema>;

export const CIRCUIT_STATES = ['closed', 'open', 'half_open'] as const;
export type CircuitState = (typeof CIRCUIT_STATES)[number];

export const circuitSnapshotSchema = z.object({
  state: z.enum(CIRCUIT_STATES),
  consecutiveFailures: z.int().min(0),
  openedAt: isoTime.nullable(),
  lastError: z.string().nullable(),
});
export type CircuitSnapshot = z.infer<typeof circuitSnapshotSchema>;

export const targetHealthSchema = z.object({
  /** `default` (the worker's own MySQL target, used by brands without a configuration) or `brand:<id>`. */
  target: z.string(),
  /** The brand this entry was asked for (null: the default target as such). */
  brandId: z.string().nullable(),
  kind: z.enum(SYNC_TARGET_KINDS),
  status: z.enum(['up', 'down']),
  latencyMs: z.int().min(0),
  error: z.string().nullable(),
  circuit: circuitSnapshotSchema,
});
export type TargetHealth = z.infer<typeof targetHealthSchema>;

export const workerHealthReportSchema = z.object({ checkedAt: isoTime, targets: z.array(targetHealthSchema) });
export type WorkerHealthReport = z.infer<typeof workerHealthReportSchema>;

/** Which dead jobs of the brand to retry: some by id, some orders', those first requested in [from, to); all when no filter. */
export const retryDeadJobsRequestSchema = z
  .object({ brandId: id, ids: z.array(id).min(1).max(1000).optional(), orderIds: z.array(id).min(1).max(1000).optional(), from: isoTime.optional(), to: isoTime.optional() })
  .strict();
export type RetryDeadJobsRequest = z.infer<typeof retryDeadJobsRequestSchema>;
export const retryDeadJobsResultSchema = z.object({ jobIds: z.array(z.string()) });

export const reconcileRequestSchema = z.object({ brandId: id, from: isoTime, to: isoTime }).strict();
export type ReconcileRequest = z.infer<typeof reconcileRequestSchema>;

export const reconcileItemSchema = z.object({
  entityType: z.enum(['order', 'reward']),
  id: z.string(),
  orderId: z.string(),
  problem: z.enum(['missing', 'different']),
  /** For a different row: the target columns whose value is not what DMH's mapping gives. */
  columns: z.array(z.string()),
});
export type ReconcileItem = z.infer<typeof reconcileItemSchema>;

const countsSchema = z.object({ checked: z.int().min(0), missing: z.int().min(0), different: z.int().min(0) });
export const reconcileReportSchema = z.object({
  brandId: z.string(),
  from: isoTime,
  to: isoTime,
  target: z.string(),
  kind: z.enum(SYNC_TARGET_KINDS),
  orders: countsSchema,
  rewards: countsSchema,
  /** At most RECONCILE_MAX_ITEMS; `truncated` says when more differ. */
  items: z.array(reconcileItemSchema),
  truncated: z.boolean(),
  /** Every order that needs a new sync job (its own row or one of its rewards is missing or different). */
  orderIds: z.array(z.string()),
});
export type ReconcileReport = z.infer<typeof reconcileReportSchema>;

export const RECONCILE_MAX_ITEMS = 1000;
/** The largest range one reconciliation covers. */
export const RECONCILE_MAX_DAYS = 93;

/** Asks the worker to start a recorded reconciliation run (it inserts the run and answers at once). */
export const startReconcileRunRequestSchema = reconcileRequestSchema.extend({
  requeue: z.boolean(),
  /** The admin who started it (null: the command line). */
  createdBy: id.nullable(),
}).strict();
export type StartReconcileRunRequest = z.infer<typeof startReconcileRunRequestSchema>;

export const RECONCILE_RUN_STATUSES = ['running', 'done', 'failed'] as const;
export type ReconcileRunStatus = (typeof RECONCILE_RUN_STATUSES)[number];

/** A run's row without its items (the list), as the worker answers and the API reads it. */
export const reconcileRunSummarySchema = z.object({
  id: z.string(),
  brandId: z.string(),
  from: isoTime,
  to: isoTime,
  requeue: z.boolean(),
  status: z.enum(RECONCILE_RUN_STATUSES),
  target: z.string().nullable(),
  kind: z.enum(SYNC_TARGET_KINDS).nullable(),
  /** Paid orders in the range; `ordersChecked` of them compared so far (a chunk at a time). */
  ordersTotal: z.int().min(0),
  ordersChecked: z.int().min(0),
  orders: countsSchema,
  rewards: countsSchema,
  /** Orders re-queued so far (0 when the run does not re-queue). */
  requeued: z.int().min(0),
  truncated: z.boolean(),
  error: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: isoTime,
  finishedAt: isoTime.nullable(),
});
export type ReconcileRunSummary = z.infer<typeof reconcileRunSummarySchema>;
/** One run with the differences found so far (at most RECONCILE_MAX_ITEMS). */
export const reconcileRunSchema = reconcileRunSummarySchema.extend({ items: z.array(reconcileItemSchema) });
export type ReconcileRun = z.infer<typeof reconcileRunSchema>;
/** Orders compared per chunk: the run's progress is written after each. */
export const RECONCILE_CHUNK_ORDERS = 500;
