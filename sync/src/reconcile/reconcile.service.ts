import { RECONCILE_CHUNK_ORDERS, RECONCILE_MAX_ITEMS, type ReconcileItem, type ReconcileReport } from '@dmh/shared';
import type { DmhOrdersRepository, OrderWithRewards } from '../jobs/dmh-orders.repository';
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

type Target = Awaited<ReturnType<TargetRegistry['forBrand']>>;
type Counts = { checked: number; missing: number; different: number };

/** A reconciliation prepared: the orders to compare and the target to compare them with. */
export interface PreparedReconcile {
  brandId: string;
  from: Date;
  to: Date;
  data: OrderWithRewards[];
  target: Target;
}

/** What one chunk of orders found. */
export interface ChunkReport {
  orders: Counts;
  rewards: Counts;
  items: ReconcileItem[];
  /** Orders of the chunk that need a new sync job (their own row or one of their rewards differs). */
  orderIds: string[];
}

/**
 * Compares a brand's orders paid in [from, to) and their rewards, as DMH's mapping renders them now, with
 * the rows the brand's target holds; lists what is missing or different and which orders need a new job.
 * Read-only, and a chunk of orders at a time: recording progress and re-queueing are the caller's
 * (the recorded runs of reconcile-runs.ts, or the CLI).
 */
export class ReconcileService {
  constructor(
    private readonly orders: DmhOrdersRepository,
    private readonly targets: TargetRegistry,
    private readonly timeoutMs = 120_000,
  ) {}

  /** Reads the range's orders and resolves the target; refuses a range of more than RECONCILE_MAX_ORDERS orders. */
  async prepare(brandId: string, from: Date, to: Date): Promise<PreparedReconcile> {
    const data = await this.orders.paidBetween(brandId, from, to, RECONCILE_MAX_ORDERS + 1);
    if (data.length > RECONCILE_MAX_ORDERS) throw new RangeTooLargeError(`more than ${RECONCILE_MAX_ORDERS} paid orders in the range: narrow it`);
    return { brandId, from, to, data, target: await this.targets.forBrand(brandId) };
  }

  /** Compares some of the prepared orders (and their rewards) with the target. */
  async compareChunk(target: Target, chunk: OrderWithRewards[]): Promise<ChunkReport> {
    const orderRows = chunk.map((d) => mapOrder(target.mapping, d.order));
    const rewardRows = chunk.flatMap((d) => d.rewards.map((r) => ({ row: mapReward(target.mapping, r), orderId: d.order.id })));
    const read = (rows: MappedRow[], table: typeof target.mapping.orders) =>
      withTimeout(fetchAll(target.adapter, table, rows), this.timeoutMs, `reading ${target.name}`);
    const existingOrders = await read(orderRows, target.mapping.orders);
    const existingRewards = await read(rewardRows.map((r) => r.row), target.mapping.rewards);
    const items: ReconcileItem[] = [];
    const counts = { orders: { checked: orderRows.length, missing: 0, different: 0 }, rewards: { checked: rewardRows.length, missing: 0, different: 0 } };
    const orderIds = new Set<string>();
    const note = (entityType: 'order' | 'reward', row: MappedRow, orderId: string, found: TargetRow | undefined) => {
      const diff = compareRow(row, found);
      if (!diff) return;
      counts[entityType === 'order' ? 'orders' : 'rewards'][diff.problem] += 1;
      orderIds.add(orderId);
      items.push({ entityType, id: row.key, orderId, problem: diff.problem, columns: diff.columns });
    };
    for (const row of orderRows) note('order', row, row.key, existingOrders.get(row.key));
    for (const { row, orderId } of rewardRows) note('reward', row, orderId, existingRewards.get(row.key));
    return { ...counts, items, orderIds: [...orderIds] };
  }

  /** The whole comparison at once (the CLI's): chunk by chunk, added up. */
  async run(brandId: string, from: Date, to: Date, chunkSize = RECONCILE_CHUNK_ORDERS): Promise<ReconcileReport> {
    const p = await this.prepare(brandId, from, to);
    const total = emptyTotals();
    for (let i = 0; i < p.data.length; i += chunkSize) addChunk(total, await this.compareChunk(p.target, p.data.slice(i, i + chunkSize)));
    return {
      brandId, from: from.toISOString(), to: to.toISOString(), target: p.target.name, kind: p.target.kind,
      orders: total.orders, rewards: total.rewards, items: total.items, truncated: total.truncated, orderIds: total.orderIds,
    };
  }
}

/** Running totals of a reconciliation, items capped at RECONCILE_MAX_ITEMS. */
export interface ReconcileTotals extends ChunkReport {
  truncated: boolean;
}

export function emptyTotals(): ReconcileTotals {
  return { orders: { checked: 0, missing: 0, different: 0 }, rewards: { checked: 0, missing: 0, different: 0 }, items: [], orderIds: [], truncated: false };
}

export function addChunk(total: ReconcileTotals, chunk: ChunkReport): ReconcileTotals {
  for (const table of ['orders', 'rewards'] as const) {
    for (const k of ['checked', 'missing', 'different'] as const) total[table][k] += chunk[table][k];
  }
  const room = RECONCILE_MAX_ITEMS - total.items.length;
  total.items.push(...chunk.items.slice(0, Math.max(0, room)));
  if (chunk.items.length > room) total.truncated = true;
  total.orderIds.push(...chunk.orderIds);
  return total;
}

async function fetchAll(adapter: TargetAdapter, table: Parameters<typeof selectColumns>[0], rows: MappedRow[]): Promise<Map<string, TargetRow>> {
  if (rows.length === 0) return new Map();
  const found = await adapter.fetchByKeys(selectColumns(table), rows.map((r) => r.key));
  return new Map(found.map((r) => [r.key, r]));
}
