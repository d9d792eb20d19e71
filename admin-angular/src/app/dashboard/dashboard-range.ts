/** The dashboard's time ranges: presets in the browser's calendar, or a custom range of whole days. */

export const PRESETS = ['today', '7d', '30d', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export interface Range {
  from: Date;
  to: Date;
}

const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

/**
 * today: from midnight to the next midnight; 7d / 30d: the last 7 / 30 calendar days, today included;
 * custom: from the first day's midnight to the midnight after the last day (the API's `to` is exclusive).
 */
export function rangeOf(preset: Preset, now: Date, custom?: { start: Date | null; end: Date | null }): Range | null {
  const tomorrow = addDays(startOfDay(now), 1);
  switch (preset) {
    case 'today':
      return { from: startOfDay(now), to: tomorrow };
    case '7d':
      return { from: addDays(tomorrow, -7), to: tomorrow };
    case '30d':
      return { from: addDays(tomorrow, -30), to: tomorrow };
    case 'custom':
      if (!custom?.start || !custom.end || custom.end < custom.start) return null;
      return { from: startOfDay(custom.start), to: addDays(startOfDay(custom.end), 1) };
  }
}

/** The query every dashboard request sends: ISO instants, the calendar's offset for the trend's days, the brand if chosen. */
export function rangeQuery(range: Range, brandId: string, now = new Date()) {
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    tzOffsetMinutes: -now.getTimezoneOffset(),
    ...(brandId ? { brandId } : {}),
  };
}

/** "12.5 %" of a part of a whole, or "–" when the whole is zero. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '–';
  return `${(Math.round((part / whole) * 1000) / 10).toFixed(1)} %`;
}

/** Money strings ("1234.50") as yuan text with thousands separators ("1,234.50"), without converting to a float. */
export function yuan(amount: string): string {
  const negative = amount.startsWith('-');
  const [whole, cents = '00'] = (negative ? amount.slice(1) : amount).split('.');
  return `${negative ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents.padEnd(2, '0').slice(0, 2)}`;
}
