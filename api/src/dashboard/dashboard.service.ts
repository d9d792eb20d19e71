import type { Principal } from '../auth/principal';
import { type BrandScope, brandScope, inBrandScope } from '../brands/brand-scope';
import { ViewCounter } from '../campaigns/view-counter';
import { AppError } from '../common/app-error';
import { logger } from '../common/logger';
import { daysOf, funnelRows, trendDays } from './dashboard-figures';
import { type DashboardFilter, DashboardRepository, moneyOf } from './dashboard.repository';
import type { RangeQuery, TopQuery, TrendQuery } from './dashboard.schemas';

/**
 * The admin dashboard: figures over a time range for the caller's brands (a platform admin: every brand),
 * or for one of them. A brand the caller does not administer is refused (403), not answered with zeros.
 */
export class DashboardService {
  constructor(
    private readonly repo = new DashboardRepository(),
    private readonly views: Pick<ViewCounter, 'flushAll'> = new ViewCounter(),
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
    const [visits, signups, paid, rewards, withdrawals, syncFailures] = await Promise.all([
      this.repo.visits(f),
      this.repo.signups(f),
      this.repo.paid(f),
      this.repo.rewards(f),
      this.repo.withdrawalsWaiting(f.scope),
      this.repo.syncFailures(f.scope),
    ]);
    return {
      from: f.from.toISOString(),
      to: f.to.toISOString(),
      visits,
      signups,
      paidOrders: paid.count,
      revenue: paid.revenue,
      rewardsCredited: rewards.amount,
      rewardsCount: rewards.count,
      withdrawalsWaiting: withdrawals.count,
      withdrawalsWaitingAmount: withdrawals.amount,
      syncFailures,
    };
  }

  async trend(principal: Principal, query: TrendQuery) {
    const f = this.filter(principal, query);
    await this.flushViews();
    const rows = await this.repo.daily(f, query.tzOffsetMinutes);
    return { tzOffsetMinutes: query.tzOffsetMinutes, days: trendDays(daysOf(f.from, f.to, query.tzOffsetMinutes), rows) };
  }

  async funnel(principal: Principal, query: TopQuery) {
    const f = this.filter(principal, query);
    await this.flushViews();
    const { signups, visits } = await this.repo.funnel(f);
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
