import { chinaTime } from '../time/date-text';

/**
 * Times as WeChat Pay's v3 API writes and takes them: RFC 3339 in China Standard Time, whole seconds. Names
 * of the wire format's side for shared's one formatter (time/date-text.ts: chinaTime), not a second one.
 */

/** 2024-06-08T10:34:56+08:00, from milliseconds since the epoch. */
export const beijingTime = (ms: number): string => chinaTime(ms);

/** The same for a Date (time_expire): WeChat takes no fraction of a second. */
export const wechatPayTime = (at: Date): string => chinaTime(at);

/** yyyyMMddHHmmss in China Standard Time. */
export function beijingCompact(ms: number): string {
  return chinaTime(ms).slice(0, 19).replace(/\D/g, '');
}
