import assert from 'node:assert/strict';
import type { Connection } from 'mysql2/promise';
import type { Principal } from '../../api/src/common/principal';
import { DashboardRolledRepository } from '../../api/src/dashboard/dashboard-rolled.repository';
import { DashboardService } from '../../api/src/dashboard/dashboard.service';
import type { DashboardRollup } from '../../api/src/dashboard/rollup';

const DAY = 86_400_000;
const noViewFlush = { flushAll: async () => undefined };

export const RANGES: Record<string, number> = { today: DAY, '7 days': 7 * DAY, '30 days': 30 * DAY, '365 days': 365 * DAY };

/** A brand admin of `brandId` and a platform admin, as the service sees them. */
export function benchCallers(brandId: string, brands: number): ReadonlyArray<readonly [string, Principal]> {
  const platform = { userId: '1', roles: ['platform_admin'], brandIds: [], permissions: ['dashboard:read'] } as unknown as Principal;
  const brandAdmin = { userId: '2', roles: ['brand_admin'], brandIds: [brandId], permissions: ['dashboard:read'] } as unknown as Principal;
  return [[`brand admin (1 of ${brands} brands)`, brandAdmin], ['platform admin (every brand)', platform]];
}

/** The dashboard's service as the API runs it, and one that reads the live tables only (no roll-up). */
export function services(): { rolled: DashboardService; live: DashboardService } {
  const repo = new DashboardRolledRepository();
  const liveOnly = Object.assign(Object.create(repo) as DashboardRolledRepository, { rolledUntil: async () => null });
  return { rolled: new DashboardService(undefined, noViewFlush), live: new DashboardService(undefined, noViewFlush, liveOnly) };
}

/** Every answer through the roll-up (summary, trend at +08:00, UTC and +05:30, funnel) equals the live tables' answer. */
export async function assertSameAsLive(callers: ReadonlyArray<readonly [string, Principal]>, now: number, when: string): Promise<void> {
  const { rolled, live } = services();
  for (const [who, principal] of callers) {
    for (const [label, span] of Object.entries(RANGES)) {
      const q = { from: new Date(now - span), to: new Date(now), limit: 10 };
      const check = async (name: string, answer: (s: DashboardService) => Promise<unknown>) =>
        assert.deepEqual(await answer(rolled), await answer(live), `${when}: ${who}, ${label}, ${name}`);
      await check('summary', (s) => s.summary(principal, q));
      await check('trend +08:00', (s) => s.trend(principal, { ...q, tzOffsetMinutes: 480 }));
      await check('trend UTC', (s) => s.trend(principal, { ...q, tzOffsetMinutes: 0 }));
      await check('trend +05:30', (s) => s.trend(principal, { ...q, tzOffsetMinutes: 330 }));
      await check('funnel', (s) => s.funnel(principal, q));
    }
  }
}

/**
 * Facts of long-closed hours change (refunds 100 days back, their rewards reversed) and are changed back; after
 * each, one roll-up run, and a replayed run, must leave every figure equal to the live tables' again.
 */
export async function assertChangesFoldedIn(db: Connection, rollup: DashboardRollup, callers: ReadonlyArray<readonly [string, Principal]>, now: number): Promise<string[]> {
  const notes: string[] = [];
  const [ids] = await db.query<any>(
    "SELECT id FROM orders WHERE pay_status = 'paid' AND paid_at < NOW() - INTERVAL 100 DAY AND paid_at > NOW() - INTERVAL 101 DAY LIMIT 200",
  );
  const orderIds = ids.map((r: { id: string }) => r.id);
  assert.ok(orderIds.length > 0, 'paid orders 100 days back');
  await db.query("UPDATE orders SET pay_status = 'refunded' WHERE id IN (?)", [orderIds]);
  await db.query("UPDATE rewards SET status = 'reversed' WHERE order_id IN (?)", [orderIds]);
  const changed = await rollup.run();
  await assertSameAsLive(callers, now, `after ${orderIds.length} refunds 100 days back`);
  notes.push(`${orderIds.length} refunds 100 days back: the next run rebuilt ${changed?.hoursRebuilt} hours`);
  await db.query("UPDATE orders SET pay_status = 'paid' WHERE id IN (?)", [orderIds]);
  await db.query("UPDATE rewards SET status = 'settled' WHERE order_id IN (?)", [orderIds]);
  await rollup.run();
  await rollup.run(); // a replay writes the same rows
  await assertSameAsLive(callers, now, 'after undoing them and a replayed run');
  return notes;
}
