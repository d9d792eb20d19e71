import { z } from 'zod';

/**
 * Times as DMH writes them in text: ISO-8601 in UTC (`toISOString`), and the China Standard Time forms
 * WeChat Pay uses (UTC+8, no daylight saving). The one place each format is made.
 */

/** An ISO-8601 instant in a message (an event, a sync job): `2026-11-25T12:00:00.000Z` or with an offset. */
export const isoTimeSchema = z.iso.datetime({ offset: true });

/**
 * A DATETIME as read from the database (a `Date` from the UTC pool, or its text) as ISO-8601 UTC text;
 * null stays null.
 */
export function isoTimeOrNull(value: unknown): string | null {
  return value ? new Date(value as string).toISOString() : null;
}

/** Like isoTimeOrNull for a column that is never null. */
export function isoTime(value: unknown): string {
  return new Date(value as string).toISOString();
}

const CST_OFFSET_MS = 8 * 3_600_000;

/** RFC 3339 in China Standard Time, whole seconds, as WeChat Pay writes and takes it: 2024-06-08T10:34:56+08:00. */
export function chinaTime(at: Date | number): string {
  return `${new Date(Number(at) + CST_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** yyyy-MM-dd of the China Standard Time day `at` falls in. */
export function chinaDay(at: Date | number): string {
  return new Date(Number(at) + CST_OFFSET_MS).toISOString().slice(0, 10);
}
