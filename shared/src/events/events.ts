import { z } from 'zod';
import { idSchema } from '../ids/id';
import { moneyTextSchema } from '../money/money.schemas';
import { isoTimeSchema } from '../time/date-text';

/**
 * Events DMH publishes on Dapr pub/sub (component `pubsub`). Delivery is at least once: every consumer
 * deduplicates by `eventId`, which is stable for the fact it describes (a replay carries the same id).
 * Each event is a zod schema and its type is inferred from it: the publisher checks what it sends and a
 * subscriber what it receives (events/event-schemas.ts maps each topic to its schema).
 */
export const PUBSUB_NAME = 'pubsub';

export const TOPICS = {
  orderPaid: 'order.paid',
  rewardSettled: 'reward.settled',
} as const;

/**
 * Which order an event is about: the same fields in order.paid, order.closed, order.late-payment and
 * order.refunded. `eventId` is `<topic>:<orderId>`.
 */
export const orderEventIdentitySchema = z.object({
  eventId: z.string().min(1),
  orderId: idSchema,
  orderNo: z.string().min(1),
  campaignId: idSchema,
  brandId: idSchema,
});

export const orderPaidEventSchema = orderEventIdentitySchema.extend({
  amount: moneyTextSchema,
  tradeNo: z.string(),
  paidAt: isoTimeSchema,
  rewardIds: z.array(idSchema),
});
export type OrderPaidEvent = z.infer<typeof orderPaidEventSchema>;

/** Which reward an event is about: the same fields in reward.settled and reward.reversed. */
export const rewardIdentitySchema = z.object({
  rewardId: idSchema,
  orderId: idSchema,
  campaignId: idSchema,
  brandId: idSchema,
  userId: idSchema,
  distributorId: idSchema,
  level: z.int().min(1).max(3),
  amount: moneyTextSchema,
});

export const rewardSettledEventSchema = rewardIdentitySchema.extend({
  /** `reward.settled:<rewardId>` */
  eventId: z.string().min(1),
  /** The beneficiary's balance once this reward was on it. */
  balance: moneyTextSchema,
  settledAt: isoTimeSchema,
});
export type RewardSettledEvent = z.infer<typeof rewardSettledEventSchema>;

/** Output binding that carries sync jobs to the sync worker (RabbitMQ queue `dmh.sync.jobs`). */
export const SYNC_BINDING_OUT = 'sync-jobs-out';
/** Input binding name: Dapr POSTs each job to the sync worker at `/sync-jobs`. */
export const SYNC_BINDING_IN = 'sync-jobs';

/** A sync job: sent by the API through SYNC_BINDING_OUT, checked by the worker before it records anything. */
export const syncJobSchema = z.object({
  /** `order:<orderId>:<version>`: stable for one state of the order. */
  jobId: z.string().min(1).max(64),
  kind: z.literal('order'),
  orderId: idSchema,
  brandId: idSchema,
  requestedAt: isoTimeSchema,
  /**
   * The W3C trace context of the settlement that asked for it (when tracing is on). A message may carry the
   * jobs of several orders (syncJobBatchSchema), so the delivery's own trace is only the first order's: each job
   * names its own, and its attempts continue that trace.
   */
  traceparent: z.string().regex(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/).optional(),
});
export type SyncJob = z.infer<typeof syncJobSchema>;

/** Jobs per binding message at most (the settlement sends the jobs of the orders paid within a few tens of ms together). */
export const SYNC_JOBS_PER_MESSAGE = 100;

/**
 * A message of several jobs: one broker message, one delivery and one ledger round trip for all of them. The
 * worker checks each job on its own (a malformed one is dropped and named, the others are taken), so the
 * envelope itself only needs to be a non-empty list of at most SYNC_JOBS_PER_MESSAGE.
 */
export const syncJobBatchSchema = z.object({
  jobs: z.array(z.unknown()).min(1).max(SYNC_JOBS_PER_MESSAGE),
});
export type SyncJobBatch = { jobs: SyncJob[] };
