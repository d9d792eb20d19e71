/** Times in the form WeChat Pay's v3 API takes them (time_expire): RFC 3339 in China Standard Time. */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** 2024-06-08T10:34:56+08:00 (whole seconds: WeChat takes no fraction). */
export function wechatPayTime(at: Date): string {
  return `${new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}
