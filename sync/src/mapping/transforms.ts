import { fromCents, toCents, type FieldTransform } from '@dmh/shared';
import type { FieldValue } from './dmh-records';

export class MappingError extends Error {
  override readonly name = 'MappingError';
}

/** Applies one column's transform to a DMH value (pure; the mapping was validated when saved). */
export function applyTransform(value: FieldValue, transform: FieldTransform | undefined, field: string): FieldValue {
  if (!transform || transform.type === 'rename') return value;
  switch (transform.type) {
    case 'constant':
      return transform.value;
    case 'dateFormat':
      if (value === null) return null;
      if (!(value instanceof Date)) throw new MappingError(`${field}: dateFormat needs a date`);
      return formatDate(value, transform.format, transform.utcOffset ?? '+00:00');
    case 'yuanToCents':
      return value === null ? null : toCents(String(value));
    case 'centsToYuan':
      return value === null ? null : fromCents(Number(value));
    case 'enumMap': {
      if (value === null) return transform.fallback ?? null;
      const key = String(value);
      if (Object.hasOwn(transform.map, key)) return transform.map[key];
      if (transform.fallback !== undefined) return transform.fallback;
      throw new MappingError(`${field}: no enumMap entry for '${key}' and no fallback`);
    }
  }
}

const TOKENS = /YYYY|SSS|MM|DD|HH|mm|ss/g;

/** Formats an instant at a fixed UTC offset ('+08:00' for Beijing time) with YYYY MM DD HH mm ss SSS tokens. */
export function formatDate(date: Date, format: string, utcOffset: string): string {
  const sign = utcOffset.startsWith('-') ? -1 : 1;
  const [h, m] = utcOffset.slice(1).split(':').map(Number);
  const shifted = new Date(date.getTime() + sign * (h * 60 + m) * 60_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const parts: Record<string, string> = {
    YYYY: pad(shifted.getUTCFullYear(), 4),
    MM: pad(shifted.getUTCMonth() + 1),
    DD: pad(shifted.getUTCDate()),
    HH: pad(shifted.getUTCHours()),
    mm: pad(shifted.getUTCMinutes()),
    ss: pad(shifted.getUTCSeconds()),
    SSS: pad(shifted.getUTCMilliseconds(), 3),
  };
  return format.replace(TOKENS, (token) => parts[token]);
}
