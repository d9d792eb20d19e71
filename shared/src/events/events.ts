/**
 * Events DMH publishes on Dapr pub/sub (component `pubsub`). Delivery is at least once: every consumer
 * deduplicates by `eventId`, which is stable for the fact it describes (a replay carries the same id).
 */
export const PUBSUB_NAME = 'pubsub';

export const TOPICS = {
  orderPaid: 'order.paid',
  rewardSettled: 'reward.settled',
} as const;

export interface OrderPaidEvent {
  eventId: string; // `order.paid:<orderId>`
  orderId: string;
  orderNo: string;
  campaignId: string;
  brandId: string;
  amount: string;
  tradeNo: string;
  paidAt: string;
  rewardIds: string[];
}

export interface RewardSettledEvent {
  eventId: string; // `reward.settled:<rewardId>`
  rewardId: string;
  orderId: string;
  campaignId: string;
  brandId: string;
  userId: string;
  distributorId: string;
  level: number;
  amount: string;
  balance: string;
  settledAt: string;
}

/** Output binding that carries sync jobs to the sync worker (RabbitMQ queue `dmh.sync.jobs`). */
export const SYNC_BINDING_OUT = 'sync-jobs-out';
/** Input binding name: Dapr POSTs each job to the sync worker at `/sync-jobs`. */
export const SYNC_BINDING_IN = 'sync-jobs';

export interface SyncJob {
  jobId: string; // `order:<orderId>:<version>` — stable for one state of the order
  kind: 'order';
  orderId: string;
  brandId: string;
  requestedAt: string;
}
