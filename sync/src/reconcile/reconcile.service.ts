import { RECONCILE_MAX_ITEMS, type ReconcileItem, type ReconcileReport } from '@dmh/shared';
import type { DmhOrdersRepository } from '../jobs/dmh-orders.repository';
import { withTimeout } from '../jobs/error-text';
import { type MappedRow, mapOrder, mapReward } from '../mapping/field-mapping';
import { selectColumns } from '../health/target-health.service';
import type { TargetAdapter, TargetRow } from '../targets/target-adapter';
import type { TargetRegistry } from '../targets/target-registry';
import { compareRow } from './compare';

/** At most this many orders per run: a wider range is refused (narrow it). */
export const RECONCILE_MAX_ORDERS = 20_000;

export class RangeTooLargeError extends Error {
  override readonly name = 'RangeTooLargeError';
}

/**
 * Compares a brand's orders paid in [from, to) and their rewards, as DMH's mapping renders them now, with
 * the rows the brand's target holds; lists what is missing or different and which orders need a new job.
 * Read-only: re-queueing is the caller's (the API in the admin's transaction, or the CLI).
 */
export class ReconcileService {
  constructor(
    private readonly orders: DmhOrdersRepository,
    private readonly targets: TargetRegistry,
    private readonly timeoutMs = 120_000,
  ) {}

  async run(brandId: string, from: Date, to: Date): Promise<ReconcileReport> {
    const data = await this.orders.paidBetween(brandId, from, to, RECONCILE_MAX_ORDERS + 1);
    if (data.length > RECONCILE_MAX_ORDERS) throw new RangeTooLargeError(`more than ${RECONCILE_MAX_ORDERS} paid orders in the range: narrow it`);
    const target = await this.targets.forBrand(brandId);
    const orderRows = data.map((d) => mapOrder(target.mapping, d.order));
    const rewardRows = data.flatMap((d) => d.rewards.map((r) => ({ row: mapReward(target.mapping, r), orderId: d.order.id })));
    const read = (rows: MappedRow[], table: typeof target.mapping.orders) =>
      withTimeout(fetchAll(target.adapter, table, rows), this.timeoutMs, `reading ${target.name}`);
    const [existingOrders, existingRewards] = [await read(orderRows, target.mapping.orders), await read(rewardRows.map((r) => r.row), target.mapping.rewards)];

    const items: ReconcileItem[] = [];
    const counts = { orders: { checked: orderRows.length, missing: 0, different: 0 }, rewards: { checked: rewardRows.length, missing: 0, different: 0 } };
    const orderIds = new Set<string>();
    const note = (entityType: 'order' | 'reward', row: MappedRow, orderId: string, found: TargetRow | undefined) => {
      const diff = compareRow(row, found);
      if (!diff) return;
      counts[entityType === 'order' ? 'orders' : 'rewards'][diff.problem] += 1;
      orderIds.add(orderId);
      if (items.length < RECONCILE_MAX_ITEMS) items.push({ entityType, id: row.key, orderId, problem: diff.problem, columns: diff.columns });
    };
    for (const row of orderRows) note('order', row, row.key, existingOrders.get(row.key));
    for (const { row, orderId } of rewardRows) note('reward', row, orderId, existingRewards.get(row.key));
    const total = counts.orders.missing + counts.orders.different + counts.rewards.missing + counts.rewards.different;
    return {
      brandId, from: from.toISOString(), to: to.toISOString(), target: target.name, kind: target.kind, ...counts,
      items, truncated: total > items.length, orderIds: [...orderIds],
    };
  }
}

async function fetchAll(adapter: TargetAdapter, table: Parameters<typeof selectColumns>[0], rows: MappedRow[]): Promise<Map<string, TargetRow>> {
  if (rows.length === 0) return new Map();
  const found = await adapter.fetchByKeys(selectColumns(table), rows.map((r) => r.key));
  return new Map(found.map((r) => [r.key, r]));
}
