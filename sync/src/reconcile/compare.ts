import type { MappedRow } from '../mapping/field-mapping';
import type { TargetRow } from '../targets/target-adapter';

/**
 * What differs between the row DMH's mapping gives and the row the target holds: null when they agree,
 * 'missing' when the target has no row, else the differing columns (the version column when the target
 * holds an older version). Native date columns are not compared (drivers and session time zones render
 * them differently); formatted dates, numbers and texts are, after normalisation.
 */
export function compareRow(expected: MappedRow, actual: TargetRow | undefined): { problem: 'missing' | 'different'; columns: string[] } | null {
  if (!actual) return { problem: 'missing', columns: [] };
  const columns = expected.columns.filter((_column, i) => {
    const want = expected.values[i];
    if (want instanceof Date) return false;
    return normalise(want) !== normalise(actual.values[i]);
  });
  if (actual.version === null || actual.version < expected.version) columns.push(expected.versionColumn);
  return columns.length === 0 ? null : { problem: 'different', columns };
}

/** One text form for equal values across drivers: '10.00' = 10 = '10', '' = NULL (Oracle), padded CHAR trimmed. */
export function normalise(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return normalise(value.toString('utf8'));
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (value instanceof Date) return value.toISOString();
  const text = String(value).trim();
  if (text === '') return null;
  const number = /^(-?)0*(\d+?)(?:\.(\d*?)0*)?$/.exec(text);
  if (number) {
    const [, sign, whole, frac] = number;
    const body = frac ? `${whole}.${frac}` : whole;
    return body === '0' ? '0' : `${sign}${body}`;
  }
  return text;
}
