import { logger } from '../common/logger';
import { scheduleJob } from '../jobs/dapr-jobs';
import type { OrderExpiry } from './order-expiry.service';
import { PaymentWatchRepository } from './payment-watch.repository';

export const EXPIRY_SWEEP_KIND = 'orders-expiry';
export const EXPIRY_SWEEP_JOB = `${EXPIRY_SWEEP_KIND}.sweep`;

/**
 * The expiry sweep, one recurring Dapr job for all replicas (the scheduler fires it on one): pending orders
 * past their pay window, in small batches, each through the expiry step. It catches what no watch covers:
 * orders never prepaid, and orders whose watch was lost. An order whose expiry is already under way is skipped.
 */
export class ExpirySweep {
  constructor(
    private readonly expiry: Pick<OrderExpiry, 'enqueue'>,
    private readonly batch: number,
    private readonly repository: Pick<PaymentWatchRepository, 'dueForExpiry'> = new PaymentWatchRepository(),
  ) {}

  /** The handler of EXPIRY_SWEEP_KIND jobs. */
  async sweep(): Promise<number> {
    const due = await this.repository.dueForExpiry(this.batch);
    for (const orderId of due) await this.expiry.enqueue(orderId);
    if (due.length > 0) logger.info({ orders: due.length }, 'expiry sweep handled expired orders');
    return due.length;
  }
}

/**
 * Schedules (overwrites) the sweep at start, retrying in the background until the sidecar takes it (it may
 * start after the app). A missed firing is dropped: the next one comes `everySeconds` later anyway.
 */
export function scheduleExpirySweep(everySeconds: number, retryMs = 2_000): { stop: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const attempt = (): void => {
    scheduleJob(EXPIRY_SWEEP_JOB, { schedule: `@every ${everySeconds}s`, data: {}, failurePolicy: { drop: {} } }).then(
      () => logger.info({ everySeconds }, 'expiry sweep scheduled'),
      (err: unknown) => {
        logger.warn({ err }, 'expiry sweep not scheduled yet; retrying');
        if (!stopped) timer = setTimeout(attempt, retryMs).unref();
      },
    );
  };
  attempt();
  return { stop: () => { stopped = true; clearTimeout(timer); } };
}
