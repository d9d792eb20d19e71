import { collectDefaultMetrics, type Registry } from 'prom-client';

const collecting = new WeakSet<Registry>();

/**
 * Node's own process metrics (CPU, resident memory, heap, event-loop lag, GC, handles) in `registry`, each
 * series labelled `app_id` with the process's Dapr app id (`dmh-api`, `dmh-actors`, `dmh-sync`): the label the
 * sidecars' own metrics carry, so a process and its `daprd` meet on one label in one query. Once per registry
 * (prom-client refuses a metric registered twice).
 */
export function collectProcessMetrics(registry: Registry, appId: string): void {
  if (collecting.has(registry)) return;
  collecting.add(registry);
  collectDefaultMetrics({ register: registry, labels: { app_id: appId }, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
}

/**
 * How often the event-loop lag histogram (nodejs_eventloop_lag_min/mean/p50/p90/p99…) samples, ms: every sample wakes
 * the process. prom-client's default, 10, woke each of DMH's processes 100 times a second, most of what an idle
 * process cost; at 50 a stall still shows (an on-time loop reads about 0.05 s, a loop held up 200 ms about 0.25).
 */
export const EVENT_LOOP_SAMPLE_MS = 50;
