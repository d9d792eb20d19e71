import type { TableMapping, TargetHealth, TargetTestReport, WorkerHealthReport } from '@dmh/shared';
import { errorText, withTimeout } from '../jobs/error-text';
import type { SelectColumns } from '../targets/sql/statement';
import type { ResolvedTarget, TargetRegistry } from '../targets/target-registry';

/** Bound on one health check or connection test step, so an ops page never hangs on a dead database. */
const CHECK_TIMEOUT_MS = 5_000;

export function selectColumns(t: TableMapping): SelectColumns {
  return { table: t.table, keyColumn: t.key, versionColumn: t.version, columns: t.columns.map((c) => c.column) };
}

/** HealthCheck() per target (connect + trivial query) and the admin's "test connection". */
export class TargetHealthService {
  constructor(private readonly targets: TargetRegistry) {}

  /** The given brands' effective targets, or every target (the default and each brand's own). */
  async report(brandIds?: string[]): Promise<WorkerHealthReport> {
    const wanted: { brandId: string | null; target: () => Promise<ResolvedTarget> }[] = brandIds
      ? brandIds.map((b) => ({ brandId: b, target: () => this.targets.forBrand(b) }))
      : [
          { brandId: null, target: async () => this.targets.default },
          ...(await this.targets.configuredBrandIds()).map((b) => ({ brandId: b, target: () => this.targets.forBrand(b) })),
        ];
    const targets = await Promise.all(wanted.map((w) => this.check(w.brandId, w.target)));
    return { checkedAt: new Date().toISOString(), targets };
  }

  async test(brandId: string): Promise<TargetTestReport | null> {
    const built = await this.targets.standalone(brandId);
    if (!built) return null;
    const started = Date.now();
    const steps: TargetTestReport['steps'] = [];
    const step = async (name: TargetTestReport['steps'][number]['step'], work: () => Promise<void>) => {
      const t0 = Date.now();
      try {
        await withTimeout(work(), CHECK_TIMEOUT_MS, name);
        steps.push({ step: name, ok: true, ms: Date.now() - t0, error: null });
        return true;
      } catch (err) {
        steps.push({ step: name, ok: false, ms: Date.now() - t0, error: errorText(err) });
        return false;
      }
    };
    try {
      if (await step('connect', () => built.adapter.healthCheck())) {
        await step('ordersTable', () => built.adapter.probeTable(selectColumns(built.mapping.orders)));
        await step('rewardsTable', () => built.adapter.probeTable(selectColumns(built.mapping.rewards)));
      }
    } finally {
      void built.adapter.close().catch(() => undefined);
    }
    return { brandId, kind: built.kind, ok: steps.every((s) => s.ok), latencyMs: Date.now() - started, steps };
  }

  private async check(brandId: string | null, resolve: () => Promise<ResolvedTarget>): Promise<TargetHealth> {
    const started = Date.now();
    let target: ResolvedTarget;
    try {
      target = await resolve();
    } catch (err) {
      const name = brandId ? `brand:${brandId}` : 'default';
      return {
        target: name, brandId, kind: 'mysql', status: 'down', latencyMs: Date.now() - started, error: errorText(err),
        circuit: { state: 'closed', consecutiveFailures: 0, openedAt: null, lastError: null },
      };
    }
    let error: string | null = null;
    try {
      await withTimeout(target.adapter.healthCheck(), CHECK_TIMEOUT_MS, 'health check');
    } catch (err) {
      error = errorText(err);
    }
    return {
      target: target.name, brandId, kind: target.kind, status: error ? 'down' : 'up', latencyMs: Date.now() - started, error,
      circuit: target.breaker.snapshot(),
    };
  }
}
