import { logger } from '../common/logger';
import { HOUR_MS, daysAround, hourRuns, hoursOf } from './rollup-ranges';
import { RollupRepository, type RollupState } from './rollup.repository';

/** An hour is rolled up once it ended this long ago (a transaction that began in it has committed by then). */
export const SETTLE_MS = 5 * 60_000;
/** Changes are looked for this far before the last look: a row's updated_at is its statement's time, not its commit's. */
export const CHANGE_SLACK_MS = 5 * 60_000;
/** The most hours one transaction rebuilds (a first run over a year of history takes many). */
export const MAX_HOURS_PER_REBUILD = 7 * 24;

export interface RollupOutcome {
  rolledUntil: Date;
  hoursRebuilt: number;
}

/**
 * The dashboard's roll-up, the only writer of dashboard_brand_hours and dashboard_campaign_days: each run folds
 * the hours that ended since the last run, and every earlier hour a fact changed in (a refund, a reversal, a late
 * payment), recomputing those hours and their days from the fact tables. A MySQL named lock keeps it to one run at
 * a time across the API's replicas. It is idempotent: the progress row moves only after the rebuild committed, so
 * a crash means the next run does the same work again and writes the same rows. The dashboard reads the roll-up
 * before `rolledUntil` and the live tables after it, so figures stay exact to the second; a change to an hour
 * already rolled up shows at the next run.
 */
export class DashboardRollup {
  /** One run; null if another process was running it. */
  async run(): Promise<RollupOutcome | null> {
    const repo = await RollupRepository.lock();
    if (!repo) return null;
    try {
      const now = await repo.now();
      const state = await repo.state();
      const target = new Date(Math.floor((now.getTime() - SETTLE_MS) / HOUR_MS) * HOUR_MS);
      const hours = await this.hoursToRebuild(repo, state, target);
      const runs = hourRuns(hours, MAX_HOURS_PER_REBUILD);
      for (const span of runs) await repo.rebuild(span, daysAround(span));
      const rolledUntil = state.rolledUntil && state.rolledUntil > target ? state.rolledUntil : target;
      await repo.saveState({ rolledUntil, changesSince: now });
      return { rolledUntil, hoursRebuilt: hours.length };
    } finally {
      await repo.unlock();
    }
  }

  private async hoursToRebuild(repo: RollupRepository, state: RollupState, target: Date): Promise<Date[]> {
    if (!state.rolledUntil) {
      const first = await repo.firstFact();
      return first && first < target ? hoursOf(first, target) : [];
    }
    const fresh = state.rolledUntil < target ? hoursOf(state.rolledUntil, target) : [];
    const since = new Date((state.changesSince ?? state.rolledUntil).getTime() - CHANGE_SLACK_MS);
    const changed = (await repo.changedHours(since)).filter((h) => h < state.rolledUntil!);
    return [...changed, ...fresh];
  }

  /** Runs now and then every `seconds`; stop() ends it. */
  start(seconds: number): { stop: () => void } {
    if (seconds <= 0) return { stop: () => undefined };
    const tick = () => {
      this.run()
        .then((outcome) => outcome && outcome.hoursRebuilt > 0 && logger.info(outcome, 'dashboard roll-up'))
        .catch((err: unknown) => logger.error({ err }, 'dashboard roll-up failed; it runs again'));
    };
    tick();
    const timer = setInterval(tick, seconds * 1000);
    timer.unref();
    return { stop: () => clearInterval(timer) };
  }
}
