import type { Data } from '@dmh/api-client';
import type { EChartsCoreOption } from 'echarts/core';
import { percent, yuan } from '../../dashboard/dashboard-range';

/** Pure shaping of GET /campaigns/{id}/stats for the statistics screen (so specs can check it). */

export type CampaignStatsData = Data<'/api/v1/campaigns/{id}/stats', 'get'>;
export type DistributorRow = CampaignStatsData['distributors']['items'][number];

export interface Kpi {
  /** Translation key under stats.kpi. */
  key: string;
  value: string;
  /** A second line (translation key and its parameters), or none. */
  note?: { key: string; params: Record<string, string> };
}

export function statsKpis(s: CampaignStatsData): Kpi[] {
  return [
    { key: 'views', value: String(s.views) },
    { key: 'signups', value: String(s.signups), note: { key: 'stats.kpi.ofViews', params: { p: percent(s.signups, s.views) } } },
    { key: 'paidOrders', value: String(s.paidOrders), note: { key: 'stats.kpi.ofSignups', params: { p: percent(s.paidOrders, s.signups) } } },
    { key: 'refundedOrders', value: String(s.refundedOrders) },
    { key: 'revenue', value: `¥${yuan(s.revenue)}` },
    { key: 'rewardsPaid', value: `¥${yuan(s.rewardsPaid)}`, note: { key: 'stats.kpi.pending', params: { amount: yuan(s.rewardsPending) } } },
  ];
}

/** Nothing happened yet: no view and no sign-up. */
export function isQuiet(s: CampaignStatsData): boolean {
  return s.views === 0 && s.signups === 0;
}

export interface StatsLabels {
  views: string;
  signups: string;
  paidOrders: string;
  level: (n: number) => string;
}

const PALETTE = ['#8c4a2f', '#c98a5b', '#e3b68f'];

/** The campaign's funnel: views → sign-ups → paid. */
export function funnelOption(s: CampaignStatsData, l: StatsLabels): EChartsCoreOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [{
      type: 'funnel', sort: 'none', left: '10%', width: '80%', top: 8, bottom: 8, minSize: '12%', gap: 2,
      label: { show: true, position: 'inside', formatter: '{b} {c}' },
      data: [{ name: l.views, value: s.views }, { name: l.signups, value: s.signups }, { name: l.paidOrders, value: s.paidOrders }],
    }],
  };
}

/** Rewards per distributor of the shown page, stacked by level (money becomes a number only for the drawing). */
export function rewardsOption(rows: DistributorRow[], l: StatsLabels): EChartsCoreOption {
  const shown = [...rows].reverse(); // ECharts draws the first category at the bottom
  const level = (n: 1 | 2 | 3) => ({
    name: l.level(n), type: 'bar', stack: 'rewards', barMaxWidth: 18,
    data: shown.map((r) => Number(r.rewards[`level${n}`])),
  });
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 96, right: 24, top: 32, bottom: 24 },
    xAxis: { type: 'value', name: '¥' },
    yAxis: { type: 'category', data: shown.map(distributorName) },
    series: [level(1), level(2), level(3)],
  };
}

export function distributorName(r: Pick<DistributorRow, 'username' | 'distributorId'>): string {
  return r.username ?? `#${r.distributorId}`;
}
