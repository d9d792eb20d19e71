import type { EChartsCoreOption } from 'echarts/core';

/** ECharts options from the API's figures (pure, so specs can check them). Money stays text until the chart. */

export interface TrendDay {
  day: string;
  visits: number;
  signups: number;
  paidOrders: number;
  revenue: string;
  rewardsCredited: string;
}

export interface FunnelItem {
  campaignId: string;
  campaignName: string;
  visits: number;
  signups: number;
  paid: number;
}

export interface LeaderboardItem {
  rank: number;
  distributorId: string;
  username: string | null;
  orders: number;
  earned: string;
}

export interface ChartLabels {
  visits: string;
  signups: string;
  paidOrders: string;
  revenue: string;
  earned: string;
}

const PALETTE = ['#8c4a2f', '#c98a5b', '#2e7d32', '#1565c0', '#6a1b9a'];

export function trendOption(days: TrendDay[], l: ChartLabels): EChartsCoreOption {
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: days.map((d) => d.day.slice(5)) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', name: '¥', splitLine: { show: false } }],
    series: [
      { name: l.visits, type: 'line', smooth: true, data: days.map((d) => d.visits) },
      { name: l.signups, type: 'line', smooth: true, data: days.map((d) => d.signups) },
      { name: l.paidOrders, type: 'line', smooth: true, data: days.map((d) => d.paidOrders) },
      // ECharts draws numbers: the money text becomes a number only here, for the drawing.
      { name: l.revenue, type: 'bar', yAxisIndex: 1, barMaxWidth: 18, data: days.map((d) => Number(d.revenue)) },
    ],
  };
}

/** One campaign's funnel: visit → sign-up → paid. */
export function funnelOption(item: FunnelItem, l: ChartLabels): EChartsCoreOption {
  const data = [
    { name: l.visits, value: item.visits },
    { name: l.signups, value: item.signups },
    { name: l.paidOrders, value: item.paid },
  ];
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [{ type: 'funnel', sort: 'none', left: '10%', width: '80%', top: 8, bottom: 8, minSize: '12%', gap: 2, label: { show: true, position: 'inside', formatter: '{b} {c}' }, data }],
  };
}

export function leaderboardOption(items: LeaderboardItem[], l: ChartLabels): EChartsCoreOption {
  const top = [...items].reverse(); // ECharts draws the first category at the bottom
  return {
    color: [PALETTE[0]],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 96, right: 40, top: 8, bottom: 24 },
    xAxis: { type: 'value', name: '¥' },
    yAxis: { type: 'category', data: top.map((i) => i.username ?? `#${i.distributorId}`) },
    series: [{ name: l.earned, type: 'bar', barMaxWidth: 18, label: { show: true, position: 'right' }, data: top.map((i) => Number(i.earned)) }],
  };
}
