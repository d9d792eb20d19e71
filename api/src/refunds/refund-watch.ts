import { logger } from '../common/logger';
import { z } from '../common/zod';
import { config } from '../config';
import { doublingDelay } from '../jobs/backoff';
import { deleteJob, jobName, type JobSpec, scheduleJob } from '../jobs/dapr-jobs';
import { PaymentProviderError } from '../payments/payment.errors';
import type { VerifiedRefund } from '../payments/wechatpay.verifier';
import type { RefundQuery } from './refund.client';
import { RefundNotificationService } from './refund-notification.service';
import { refundQuery } from './refund.setup';
import { RefundsRepository } from './refunds.repository';

/** The Dapr job kind: `refund-watch.<out_refund_no>.<attempt>` fires as POST /job/refund-watch.… on the API. */
export const REFUND_WATCH_KIND = 'refund-watch';

/** The n-th query waits `first` seconds, then twice as long each time, never more than `cap`. */
export function refundQueryDelaySeconds(attempt: number, first: number, cap: number): number {
  return doublingDelay(first, Math.max(attempt - 1, 0), Math.max(cap, first));
}

const jobData = z.object({ outRefundNo: z.string().regex(/^[0-9A-Za-z_\-|*@]{1,64}$/), attempt: z.int().min(1).max(10_000) });

export interface RefundWatchDeps {
  schedule(name: string, spec: JobSpec): Promise<void>;
  unschedule(name: string): Promise<void>;
  query(): RefundQuery;
  /** The refund's status in DMH, or null when DMH has no such refund. */
  statusOf(outRefundNo: string): Promise<string | null>;
  /** The one path of every refund result (RefundNotificationService.apply), as a notification takes it. */
  apply(refund: VerifiedRefund): Promise<unknown>;
  firstDelaySeconds: number;
  maxIntervalSeconds: number;
}

function defaultDeps(): RefundWatchDeps {
  const c = config();
  const refunds = new RefundsRepository();
  const results = new RefundNotificationService(c.OUTBOX_LEASE_MS);
  return {
    schedule: scheduleJob,
    unschedule: deleteJob,
    query: () => refundQuery(),
    statusOf: async (outRefundNo) => (await refunds.findByOutRefundNo(outRefundNo))?.status ?? null,
    apply: (refund) => results.apply(refund, undefined),
    firstDelaySeconds: c.REFUND_QUERY_DELAY_SECONDS,
    maxIntervalSeconds: c.REFUND_QUERY_MAX_INTERVAL_SECONDS,
  };
}

/**
 * Watches a refund the provider has not finished: WeChat answers most refunds PROCESSING and notifies when
 * they end, but a notification can be lost, so each refund DMH asks for is also queried until it ends.
 *
 * The timer is a chain of one-shot Dapr jobs, `refund-watch.<out_refund_no>.<n>`, kept by the scheduler
 * (so a restart of the API, its sidecar or the scheduler loses none). Each firing queries the refund: still
 * PROCESSING (or the provider unreachable), it schedules job n+1, later by a doubling interval up to a cap,
 * before acknowledging; ended, it applies the signed answer through RefundNotificationService.apply, the
 * very code a REFUND.* notification takes, so a notification and a query racing each other apply it once.
 * A firing that fails before the next job exists is answered non-2xx and fired again by the scheduler; a
 * repeated firing re-creates the same next name, so chains never multiply. The chain stops at the first
 * firing that finds the refund no longer `processing` in DMH (ended by its notification, or unknown).
 *
 * The first job is scheduled before the provider is asked (AdminRefundsService), so no refund is asked
 * for without its watch.
 */
export class RefundWatch {
  constructor(private readonly deps: RefundWatchDeps = defaultDeps()) {}

  /** Schedules the first query of a refund (again: same name, replaced). Throws if the scheduler cannot take it. */
  async watch(outRefundNo: string): Promise<void> {
    await this.scheduleAttempt(outRefundNo, 1);
  }

  /** The provider already gave the end: the first query is not needed (its firing would find it ended anyway). */
  async unwatch(outRefundNo: string): Promise<void> {
    await this.deps.unschedule(jobName(REFUND_WATCH_KIND, `${outRefundNo}.1`)).catch((err: unknown) => {
      logger.warn({ err, outRefundNo }, 'refund watch job not deleted; its firing will find the refund ended');
    });
  }

  /** The job handler (jobs.routes): `key` is `<out_refund_no>.<n>`, `data` what the job was scheduled with. */
  readonly fire = async (key: string, data: unknown): Promise<void> => {
    const parsed = jobData.safeParse(data);
    if (!parsed.success) {
      logger.warn({ key }, 'refund watch job without valid data acknowledged without work');
      return;
    }
    await this.check(parsed.data.outRefundNo, parsed.data.attempt);
  };

  private async check(outRefundNo: string, attempt: number): Promise<void> {
    const status = await this.deps.statusOf(outRefundNo);
    if (status !== 'processing') {
      logger.debug({ outRefundNo, attempt, status }, 'refund watch ends: the refund is no longer in process');
      return;
    }
    let answer: VerifiedRefund | undefined;
    try {
      answer = await this.deps.query().queryRefund(outRefundNo);
    } catch (err) {
      if (!(err instanceof PaymentProviderError)) throw err;
      // Down, unverifiable, or (RESOURCE_NOT_EXISTS) never received: ask again later; an admin's retry of the
      // refund re-sends the same out_refund_no, and a refund in process too long is shown as needing action.
      logger.warn({ err, outRefundNo, attempt }, 'refund query failed; querying again later');
    }
    if (answer === undefined || answer.refundStatus === 'PROCESSING') {
      await this.scheduleAttempt(outRefundNo, attempt + 1);
      return;
    }
    await this.deps.apply(answer);
    logger.info({ outRefundNo, attempt, status: answer.refundStatus }, 'refund end learnt by query');
  }

  private async scheduleAttempt(outRefundNo: string, attempt: number): Promise<void> {
    const seconds = refundQueryDelaySeconds(attempt, this.deps.firstDelaySeconds, this.deps.maxIntervalSeconds);
    await this.deps.schedule(jobName(REFUND_WATCH_KIND, `${outRefundNo}.${attempt}`), {
      dueTime: `${seconds}s`,
      data: { outRefundNo, attempt },
      // A firing that failed (the database down…) is fired again for 10 minutes; then the refund shows as stuck.
      failurePolicy: { constant: { interval: '10s', maxRetries: 60 } },
    });
  }
}
