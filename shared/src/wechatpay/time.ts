/** Times as WeChat Pay's v3 API writes and takes them: RFC 3339 in China Standard Time, whole seconds. */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** 2024-06-08T10:34:56+08:00, from milliseconds since the epoch. */
export function beijingTime(ms: number): string {
  return `${new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** The same for a Date (time_expire): WeChat takes no fraction of a second. */
export function wechatPayTime(at: Date): string {
  return beijingTime(at.getTime());
}

/** yyyyMMddHHmmss in China Standard Time. */
export function beijingCompact(ms: number): string {
  return beijingTime(ms).slice(0, 19).replace(/\D/g, '');
}
