import type { Principal } from '../common/principal';
import { type BrandScope, brandScope, inBrandScope } from '../brands/brand-scope';
import { ViewCounter } from '../campaigns/view-counter';
import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import { fromCents, toCents } from '@dmh/shared';
import { type DailyRows, daysOf, funnelRows, trendDays } from './dashboard-figures';
import { DashboardRolledRepository } from './dashboard-rolled.repository';
import { type DashboardFilter, DashboardRepository, moneyOf } from './dashboard.repository';
import { DAY_MS, HOUR_MS, type Span, midnightHours, splitRange, sumBy } from './rollup-ranges';
import type { RangeQuery, TopQuery, TrendQuery } from './dashboard.schemas';

type Row = Record<string, unknown>;
const cents = (value: unknown): number => toCents(value === null || value === undefined ? '0' : String(value));

/**
 * The admin dashboard: figures over a time range for the caller's brands (a platform admin: every brand),
 * or for one of them. A brand the caller does not administer is refused (403), not answered with zeros.
 * Whole hours (whole days for the funnel) before the roll-up's boundary are read from the roll-up (rollup.ts),
 * the edges of the range and the time since the boundary from the live tables, and the two are added.
 */
export class DashboardService {
  constructor(
    private readonly repo = new DashboardRepository(),
    private readonly views: Pick<ViewCounter, 'flushAll'> = new ViewCounter(),
    private readonly rolled: Pick<DashboardRolledRepository, 'rolledUntil' | 'totals' | 'daily' | 'funnel'> = new DashboardRolledRepository(),
  ) {}

  /** Views still counted in Redis are moved to their hour first; if Redis is away, the figures are read as they are. */
  private async flushViews(): Promise<void> {
    try {
      await this.views.flushAll();
    } catch (err) {
      logger.warn({ err }, 'dashboard: pending campaign views not flushed');
    }
  }

  async summary(principal: Principal, query: RangeQuery) {
    const f = this.filter(principal, query);
    await this.flushViews();
    const { rolled, live } = splitRange(f.from, f.to, await this.rolled.rolledUntil(), HOUR_MS);
    const [parts, withdrawals, syncFailures] = await Promise.all([
      Promise.all([...(rolled ? [this.rolled.totals(f.scope, rolled)] : []), ...live.map((span) => this.liveTotals({ ...f, ...span }))]),
      this.repo.withdrawalsWaiting(f.scope),
      this.repo.syncFailures(f.scope),
    ]);
    const sum = (k: string) => parts.reduce((n, p) => n + Number(p[k]), 0);
    const sumMoney = (k: string) => fromCents(parts.reduce((n, p) => n + cents(p[k]), 0));
    return {
      from: f.from.toISOString(),
      to: f.to.toISOString(),
      visits: sum('visits'),
      signups: sum('signups'),
      paidOrders: sum('paid'),
      revenue: sumMoney('revenue'),
      rewardsCredited: sumMoney('rewarded'),
      rewardsCount: sum('rewards'),
      withdrawalsWaiting: withdrawals.count,
      withdrawalsWaitingAmount: withdrawals.amount,
      syncFailures,
    };
  }

  private async liveTotals(f: DashboardFilter): Promise<Row> {
    const [visits, signups, paid, rewards] = await Promise.all([this.repo.visits(f), this.repo.signups(f), this.repo.paid(f), this.repo.rewards(f)]);
    return { visits, signups, paid: paid.count, revenue: paid.revenue, rewards: rewards.count, rewarded: rewards.amount };
  }

  async trend(principal: Principal, query: TrendQuery) {
    const f = this.filter(principal, query);
    await this.flushViews();
    const { rolled, live } = splitRange(f.from, f.to, await this.rolled.rolledUntil(), HOUR_MS);
    // At an offset that is not whole hours, the rolled hours holding a local midnight are read live as well.
    const liveSpans = [...live, ...(rolled && query.tzOffsetMinutes % 60 !== 0 ? midnightHours(rolled, query.tzOffsetMinutes) : [])];
    const [rolledDays, ...liveDays] = await Promise.all([
      rolled ? this.rolled.daily(f.scope, rolled, query.tzOffsetMinutes) : Promise.resolve([]),
      ...(liveSpans.length > 0 ? [this.repo.daily({ ...f, spans: liveSpans }, query.tzOffsetMinutes)] : []),
    ]);
    const lists: DailyRows[] = [
      {
        signups: rolledDays.map((r) => ({ d: r.d, n: r.signups })),
        paid: rolledDays.map((r) => ({ d: r.d, n: r.paid, amount: r.revenue })),
        rewards: rolledDays.map((r) => ({ d: r.d, amount: r.rewarded })),
        visits: rolledDays.map((r) => ({ d: r.d, n: r.visits })),
      },
      ...liveDays,
    ];
    const merged: DailyRows = {
      signups: sumBy(lists.flatMap((l) => l.signups), 'd', ['n']),
      paid: sumBy(lists.flatMap((l) => l.paid), 'd', ['n'], ['amount']),
      rewards: sumBy(lists.flatMap((l) => l.rewards), 'd', [], ['amount']),
      visits: sumBy(lists.flatMap((l) => l.visits), 'd', ['n']),
    };
    return { tzOffsetMinutes: query.tzOffsetMinutes, days: trendDays(daysOf(f.from, f.to, query.tzOffsetMinutes), merged) };
  }

  async funnel(principal: Principal, query: TopQuery) {
    const f = this.filter(principal, query);
    await this.flushViews();
    const { rolled, live } = splitRange(f.from, f.to, await this.rolled.rolledUntil(), DAY_MS);
    const [rolledRows, ...liveParts] = await Promise.all([
      rolled ? this.rolled.funnel(f.scope, rolled) : Promise.resolve([]),
      ...live.map((span: Span) => this.repo.funnel({ ...f, ...span })),
    ]);
    const signups = sumBy([...rolledRows, ...liveParts.flatMap((p) => p.signups)], 'campaign_id', ['signups', 'paid']);
    const visits = sumBy([...rolledRows, ...liveParts.flatMap((p) => p.visits)], 'campaign_id', ['visits']);
    const rows = funnelRows(signups, visits, query.limit);
    const names = await this.repo.campaignNames(rows.map((r) => r.campaignId));
    return { items: rows.map((r) => ({ ...r, campaignName: names.get(r.campaignId) ?? `#${r.campaignId}` })) };
  }

  async leaderboard(principal: Principal, query: TopQuery) {
    const rows = await this.repo.leaderboard(this.filter(principal, query), query.limit);
    return {
      items: rows.map((r, i) => ({
        rank: i + 1,
        distributorId: String(r.distributor_id),
        userId: String(r.user_id),
        username: (r.username as string | null) ?? null,
        orders: Number(r.orders),
        earned: moneyOf(r.earned),
      })),
    };
  }

  private filter(principal: Principal, query: { from: Date; to: Date; brandId?: string }): DashboardFilter {
    return { scope: dashboardScope(principal, query.brandId), from: query.from, to: query.to };
  }
}

/** The caller's brands, or the one brand asked for if the caller administers it; another brand is a 403. */
export function dashboardScope(principal: Pick<Principal, 'roles' | 'brandIds'>, brandId?: string): BrandScope {
  const scope = brandScope(principal);
  if (brandId === undefined) return scope;
  if (!inBrandScope(scope, brandId)) throw new AppError('FORBIDDEN', 'not an administrator of this brand');
  return { all: false, brandIds: [brandId] };
}
