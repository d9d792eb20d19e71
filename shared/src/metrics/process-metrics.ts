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
  collectDefaultMetrics({ register: registry, labels: { app_id: appId } });
}
