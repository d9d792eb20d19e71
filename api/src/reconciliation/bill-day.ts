import { chinaDay } from '@dmh/shared';

/**
 * WeChat Pay bills a China Standard Time day (UTC+8, no daylight saving): the day's text, its bounds as
 * instants, and the days DMH may ask a bill of.
 */
const DAY_MS = 86_400_000;

/** yyyy-MM-dd of the CST day `at` falls in (the shared date formatter). */
export { chinaDay };

/** The CST day `days` days after `billDate` (negative: before). */
export function addDays(billDate: string, days: number): string {
  return new Date(Date.parse(`${billDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** [start, end) of a CST day as instants (DMH stores UTC). */
export function dayBounds(billDate: string): { from: Date; to: Date } {
  const from = new Date(Date.parse(`${billDate}T00:00:00+08:00`));
  return { from, to: new Date(from.getTime() + DAY_MS) };
}

/**
 * The next instant at `hhmm` (CST) strictly after `now`, in RFC 3339 with +08:00: the first firing of
 * the daily job, whatever time zone the scheduler's host keeps.
 */
export function nextChinaTime(now: Date, hhmm: string): string {
  const today = chinaDay(now);
  const at = (day: string) => `${day}T${hhmm}:00+08:00`;
  return Date.parse(at(today)) > now.getTime() ? at(today) : at(addDays(today, 1));
}
