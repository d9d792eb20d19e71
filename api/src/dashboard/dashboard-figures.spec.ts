import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../common/app-error';
import { compareIds, daysOf, funnelRows, trendDays } from './dashboard-figures';
import { rangeQuery, trendQuery } from './dashboard.schemas';
import { dashboardScope } from './dashboard.service';

describe('dashboard figures', () => {
  test('the days of a range are calendar days at the offset, both ends included once', () => {
    // 2026-12-02T16:00Z is midnight of Dec 3 in China (UTC+8); the range ends at midnight of Dec 5 (exclusive).
    assert.deepEqual(daysOf(new Date('2026-12-02T16:00:00Z'), new Date('2026-12-04T16:00:00Z'), 480), ['2026-12-03', '2026-12-04']);
    assert.deepEqual(daysOf(new Date('2026-12-02T16:00:00Z'), new Date('2026-12-04T16:00:00Z'), 0), ['2026-12-02', '2026-12-03', '2026-12-04']);
    assert.deepEqual(daysOf(new Date('2026-12-03T10:00:00Z'), new Date('2026-12-03T10:00:01Z'), -300), ['2026-12-03']);
  });

  test('a trend has every day, zeros where nothing happened, money summed in cents', () => {
    const days = trendDays(['2026-12-01', '2026-12-02', '2026-12-03'], {
      signups: [{ d: '2026-12-01', n: 3 }, { d: '2026-12-03', n: '1' }],
      paid: [{ d: '2026-12-01', n: 2, amount: '198.00' }],
      rewards: [{ d: '2026-12-01', amount: '0.30' }, { d: '2026-12-03', amount: null }],
      visits: [{ d: '2026-12-02', n: '7' }],
    });
    assert.deepEqual(days, [
      { day: '2026-12-01', visits: 0, signups: 3, paidOrders: 2, revenue: '198.00', rewardsCredited: '0.30' },
      { day: '2026-12-02', visits: 7, signups: 0, paidOrders: 0, revenue: '0.00', rewardsCredited: '0.00' },
      { day: '2026-12-03', visits: 0, signups: 1, paidOrders: 0, revenue: '0.00', rewardsCredited: '0.00' },
    ]);
  });

  test('the funnel merges sign-ups and visits per campaign, most sign-ups first, then visits, then id, capped', () => {
    const rows = funnelRows(
      [{ campaign_id: 10, signups: 2, paid: '1' }, { campaign_id: 9, signups: 2, paid: 2 }, { campaign_id: 3, signups: 5, paid: 0 }],
      [{ campaign_id: 9, visits: '40' }, { campaign_id: 10, visits: 40 }, { campaign_id: 7, visits: 100 }],
      3,
    );
    assert.deepEqual(rows, [
      { campaignId: '3', visits: 0, signups: 5, paid: 0 },
      { campaignId: '9', visits: 40, signups: 2, paid: 2 },
      { campaignId: '10', visits: 40, signups: 2, paid: 1 },
    ]);
    assert.equal(compareIds('9', '10') < 0, true);
    assert.equal(compareIds('18446744073709551615', '18446744073709551614') > 0, true);
  });

  test('a brand admin is refused another brand; a platform admin may narrow to any', () => {
    const admin = { roles: ['brand_admin'], brandIds: ['3', '5'] };
    assert.deepEqual(dashboardScope(admin), { all: false, brandIds: ['3', '5'] });
    assert.deepEqual(dashboardScope(admin, '5'), { all: false, brandIds: ['5'] });
    assert.throws(() => dashboardScope(admin, '4'), (err: unknown) => err instanceof AppError && err.errorName === 'FORBIDDEN');
    assert.deepEqual(dashboardScope({ roles: ['platform_admin'], brandIds: [] }, '4'), { all: false, brandIds: ['4'] });
    assert.deepEqual(dashboardScope({ roles: ['platform_admin'], brandIds: [] }), { all: true });
  });

  test('a range must end after it starts and span at most 366 days; the problem is named on `to`', () => {
    const ok = rangeQuery.safeParse({ from: '2026-12-01T00:00:00+08:00', to: '2026-12-02T00:00:00+08:00' });
    assert.equal(ok.success, true);
    for (const [from, to] of [['2026-12-02T00:00:00Z', '2026-12-02T00:00:00Z'], ['2025-01-01T00:00:00Z', '2026-12-02T00:00:00Z']]) {
      const bad = rangeQuery.safeParse({ from, to });
      assert.equal(bad.success, false);
      assert.deepEqual(bad.error?.issues.map((i) => i.path), [['to']]);
    }
    assert.equal(rangeQuery.safeParse({ from: 'yesterday', to: '2026-12-02T00:00:00Z' }).success, false);
    assert.equal(trendQuery.parse({ from: '2026-12-01T00:00:00Z', to: '2026-12-02T00:00:00Z' }).tzOffsetMinutes, 480);
    assert.equal(trendQuery.safeParse({ from: '2026-12-01T00:00:00Z', to: '2026-12-02T00:00:00Z', tzOffsetMinutes: '900' }).success, false);
  });
});
