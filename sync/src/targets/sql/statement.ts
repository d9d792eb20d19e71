import type { FieldValue } from '../../mapping/dmh-records';

/** SQL with positional bind values, exactly as handed to the driver (unit tests compare these). */
export interface Statement<B = FieldValue> {
  sql: string;
  binds: B[];
}

/** Columns a reconciliation or table probe reads: key, version, then the mapped columns in order. */
export interface SelectColumns {
  table: string;
  keyColumn: string;
  versionColumn: string;
  columns: string[];
}

/** Keys per IN list: under Oracle's 1000-expression limit and SQL Server's 2100 parameters. */
export const KEYS_PER_SELECT = 500;

export function chunk<T>(items: T[], size = KEYS_PER_SELECT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
