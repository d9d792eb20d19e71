export const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not: `Date.parse` alone would accept it). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_TEXT.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}
