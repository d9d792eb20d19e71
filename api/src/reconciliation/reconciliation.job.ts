import { logger } from '../common/logger';
import { jobName, scheduleJob, type JobSpec } from '../jobs/dapr-jobs';
import type { JobHandler } from '../jobs/jobs.routes';
import { nextChinaTime } from './bill-day';
import type { ReconciliationService } from './reconciliation.service';

export const RECONCILIATION_JOB_KIND = 'reconciliation';
export const DAILY_JOB = jobName(RECONCILIATION_JOB_KIND, 'daily');

/**
 * The daily job: first at the next `hhmm` China Standard Time, then every 24 hours (China keeps no
 * daylight saving). The first firing is an RFC 3339 instant with its offset, so the scheduler's own time
 * zone does not matter, which a cron expression (read in the scheduler host's local time) would.
 * A firing that fails is tried again every 10 minutes, up to 12 times (WeChat's bill may be late).
 */
export function dailyJobSpec(now: Date, hhmm: string): JobSpec {
  return {
    dueTime: nextChinaTime(now, hhmm),
    schedule: '@every 24h',
    data: { billDay: 'previous' },
    failurePolicy: { constant: { interval: '600s', maxRetries: 12 } },
  };
}

/**
 * Schedules (overwrites) the daily job. The sidecar may still be starting (its scheduler connection comes
 * after the app's), so it tries again with backoff (1 s doubling to 30 s) until the job is taken or
 * `attempts` run out; each failure is logged with the sidecar's answer.
 */
export async function scheduleDailyReconciliation(hhmm: string, attempts = 60, firstWaitMs = 1_000): Promise<void> {
  for (let attempt = 1, waitMs = firstWaitMs; ; attempt += 1, waitMs = Math.min(waitMs * 2, 30_000)) {
    try {
      await scheduleJob(DAILY_JOB, dailyJobSpec(new Date(), hhmm));
      logger.info({ job: DAILY_JOB, at: `${hhmm} CST`, attempt }, 'daily reconciliation scheduled');
      return;
    } catch (err) {
      if (attempt >= attempts) throw err;
      logger.warn({ err, job: DAILY_JOB, attempt }, 'scheduling the daily reconciliation failed; trying again');
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}

/** `reconciliation.daily` fires: reconcile yesterday (CST) unless a scheduled run of it already completed. */
export function reconciliationJobHandler(service: Pick<ReconciliationService, 'runScheduled'>): JobHandler {
  return async (key) => {
    if (key !== 'daily') {
      logger.warn({ key }, 'unknown reconciliation job acknowledged without work');
      return;
    }
    await service.runScheduled();
  };
}
