import { monitorEventLoopDelay } from 'node:perf_hooks';

/** The part of node:perf_hooks' event-loop delay histogram that EventLoopLag reads (nanoseconds). */
export interface DelayHistogram {
  percentile(p: number): number;
  readonly count: number;
  reset(): void;
}

/**
 * How often the monitor's timer wants to run (ms). It records the time from one of its runs to the next, so
 * an on-time loop reads about this much and a loop held up for 100 ms reads about 105. Not coarser: a window ends
 * at the next notification, so after a quiet spell it spans seconds, and its 99th percentile must not hang on a
 * few passing stalls. At 20 ms (tried) three stalls in five quiet seconds were the percentile, and a CI run saw a
 * lone payment refused as "event loop late" on a loop that was on time.
 */
export const DELAY_RESOLUTION_MS = 5;

/** How long a window of the loop's delays is (ms): how fast the gate closes when the loop falls behind, and opens again. */
export const LAG_WINDOW_MS = 100;

/**
 * Whether this process's event loop is running late: the 99th percentile of its delay over the last window
 * (at least LAG_WINDOW_MS, ending when a notification arrives) was over `lateMs`. Every payment notification
 * is answered on this one thread, and so is the settlement that follows each accepted one; when the loop
 * runs late, a notification let in now is answered late, and so is every 503 refused after it (its turn
 * comes after all that is queued). The other gates count or time the work in hand; this one sees the
 * thread itself falling behind, whatever the work (cheaper paid transitions let in more than the thread
 * settles: bench/README.md, "paid transitions applied together").
 *
 * The verdict of a window holds until the next one: a burst is refused for at most one window after the
 * loop catches up. A window with no sample (the monitor's timer could not run at all) is late.
 */
export class EventLoopLag {
  private windowStart: number;
  private late = false;
  private lastP99Ms = 0;

  constructor(
    private readonly lateMs: number,
    private readonly delays: DelayHistogram = startMonitor(),
    now = Date.now(),
  ) {
    if (!(lateMs > 0)) throw new RangeError(`event loop lag: the late threshold must be positive (got ${lateMs})`);
    this.windowStart = now;
  }

  /** Whether the loop ran late over the window that ended last (`now`: Date.now()). */
  isLate(now: number): boolean {
    if (now - this.windowStart >= LAG_WINDOW_MS) {
      this.lastP99Ms = this.delays.count === 0 ? Number.POSITIVE_INFINITY : this.delays.percentile(99) / 1e6;
      this.late = this.lastP99Ms > this.lateMs;
      this.delays.reset();
      this.windowStart = now;
    }
    return this.late;
  }

  /** The verdict of the last window, without starting a new one (metrics). */
  get lateNow(): boolean {
    return this.late;
  }

  /** The 99th percentile of the loop's delay over the last window, ms (metrics, tests). */
  get p99Ms(): number {
    return this.lastP99Ms;
  }
}

function startMonitor(): DelayHistogram {
  const h = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
  h.enable();
  return h;
}
