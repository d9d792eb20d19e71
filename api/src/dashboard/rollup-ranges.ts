import { fromCents, toCents } from '@dmh/shared';

/** Pure arithmetic of the dashboard's roll-up: which part of a range it answers, which hours it must rebuild. */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export interface Span {
  from: Date;
  to: Date;
}

const floorTo = (t: number, unit: number) => Math.floor(t / unit) * unit;
const ceilTo = (t: number, unit: number) => Math.ceil(t / unit) * unit;

/**
 * [from, to) cut into the whole units (hours or days) that the roll-up holds (before `rolledUntil`) and the
 * edges read from the live tables: at most one before and one after the rolled part.
 */
export function splitRange(from: Date, to: Date, rolledUntil: Date | null, unitMs: number): { rolled: Span | null; live: Span[] } {
  if (!rolledUntil) return { rolled: null, live: [{ from, to }] };
  const start = ceilTo(from.getTime(), unitMs);
  const end = Math.min(floorTo(to.getTime(), unitMs), floorTo(rolledUntil.getTime(), unitMs));
  if (start >= end) return { rolled: null, live: [{ from, to }] };
  const live: Span[] = [];
  if (from.getTime() < start) live.push({ from, to: new Date(start) });
  if (end < to.getTime()) live.push({ from: new Date(end), to });
  return { rolled: { from: new Date(start), to: new Date(end) }, live };
}

/**
 * At an offset that is not whole hours, the hours of `span` that hold a local midnight: each belongs to two
 * calendar days, so the trend reads them from the live tables (the roll-up's other hours lie within one day).
 */
export function midnightHours(span: Span, tzOffsetMinutes: number): Span[] {
  const shift = tzOffsetMinutes * 60_000;
  const hours: Span[] = [];
  for (let m = ceilTo(span.from.getTime() + shift, DAY_MS) - shift; m < span.to.getTime(); m += DAY_MS) {
    const h = floorTo(m, HOUR_MS);
    if (h !== m && h >= span.from.getTime() && h + HOUR_MS <= span.to.getTime()) hours.push({ from: new Date(h), to: new Date(h + HOUR_MS) });
  }
  return hours;
}

/** Sorted distinct hour starts gathered into contiguous runs, each at most `maxHours` long. */
export function hourRuns(hours: Date[], maxHours: number): Span[] {
  const sorted = [...new Set(hours.map((h) => floorTo(h.getTime(), HOUR_MS)))].sort((a, b) => a - b);
  const runs: Span[] = [];
  for (const h of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.to.getTime() === h && (h - last.from.getTime()) / HOUR_MS < maxHours) last.to = new Date(h + HOUR_MS);
    else runs.push({ from: new Date(h), to: new Date(h + HOUR_MS) });
  }
  return runs;
}

/** Every hour start in [from, to). */
export function hoursOf(from: Date, to: Date): Date[] {
  const hours: Date[] = [];
  for (let h = floorTo(from.getTime(), HOUR_MS); h < to.getTime(); h += HOUR_MS) hours.push(new Date(h));
  return hours;
}

/** The whole UTC days that contain [from, to). */
export function daysAround(span: Span): Span {
  return { from: new Date(floorTo(span.from.getTime(), DAY_MS)), to: new Date(ceilTo(span.to.getTime(), DAY_MS)) };
}

/** Rows summed by a key (rows of the roll-up and of the live edges describe the same day or campaign). */
export function sumBy<R extends Record<string, unknown>>(rows: R[], key: string, fields: string[], money: string[] = []): Record<string, unknown>[] {
  const out = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const k = String(row[key]);
    const acc = out.get(k) ?? out.set(k, { [key]: k, ...Object.fromEntries([...fields, ...money].map((f) => [f, 0])) }).get(k)!;
    for (const f of fields) acc[f] = Number(acc[f]) + Number(row[f] ?? 0);
    for (const f of money) acc[f] = Number(acc[f]) + toCents(row[f] === null || row[f] === undefined ? '0' : String(row[f]));
  }
  return [...out.values()].map((r) => ({ ...r, ...Object.fromEntries(money.map((f) => [f, fromCents(Number(r[f]))])) }));
}
