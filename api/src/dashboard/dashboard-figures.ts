import { fromCents, toCents } from '@dmh/shared';

/** Pure shaping of the dashboard's query rows: days filled in, campaigns merged and ranked. */

type Row = Record<string, unknown>;

const DAY_MS = 86_400_000;

/** The calendar days (YYYY-MM-DD at the offset) that [from, to) touches, in order. */
export function daysOf(from: Date, to: Date, tzOffsetMinutes: number): string[] {
  const shift = tzOffsetMinutes * 60_000;
  const first = Math.floor((from.getTime() + shift) / DAY_MS);
  const last = Math.floor((to.getTime() - 1 + shift) / DAY_MS);
  const days: string[] = [];
  for (let d = first; d <= last; d++) days.push(new Date(d * DAY_MS).toISOString().slice(0, 10));
  return days;
}

const sumCents = (value: unknown): number => toCents(value === null || value === undefined ? '0' : String(value));

export interface DailyRows {
  signups: Row[];
  paid: Row[];
  rewards: Row[];
  visits: Row[];
}

/** One entry per day of the range, zero where nothing happened. */
export function trendDays(days: string[], rows: DailyRows) {
  const byDay = (list: Row[], field: string) => new Map(list.map((r) => [String(r.d), r[field]]));
  const signups = byDay(rows.signups, 'n');
  const paid = byDay(rows.paid, 'n');
  const revenue = byDay(rows.paid, 'amount');
  const rewards = byDay(rows.rewards, 'amount');
  const visits = byDay(rows.visits, 'n');
  return days.map((day) => ({
    day,
    visits: Number(visits.get(day) ?? 0),
    signups: Number(signups.get(day) ?? 0),
    paidOrders: Number(paid.get(day) ?? 0),
    revenue: fromCents(sumCents(revenue.get(day))),
    rewardsCredited: fromCents(sumCents(rewards.get(day))),
  }));
}

export interface FunnelRow {
  campaignId: string;
  visits: number;
  signups: number;
  paid: number;
}

/** Campaigns with any visit or sign-up in the range, most sign-ups first (then most visits, then id), at most `limit`. */
export function funnelRows(signups: Row[], visits: Row[], limit: number): FunnelRow[] {
  const rows = new Map<string, FunnelRow>();
  const entry = (id: string) => rows.get(id) ?? rows.set(id, { campaignId: id, visits: 0, signups: 0, paid: 0 }).get(id)!;
  for (const r of signups) Object.assign(entry(String(r.campaign_id)), { signups: Number(r.signups), paid: Number(r.paid) });
  for (const r of visits) entry(String(r.campaign_id)).visits = Number(r.visits);
  return [...rows.values()]
    .sort((a, b) => b.signups - a.signups || b.visits - a.visits || compareIds(a.campaignId, b.campaignId))
    .slice(0, limit);
}

/** Numeric ids as strings, compared as numbers (BIGINT ids exceed 2^53: compare by length first). */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
