import type { MappedRow } from '../../mapping/field-mapping';
import type { SelectColumns, Statement } from './statement';

/**
 * Oracle: identifiers unquoted (validated as letters, digits and _), so Oracle folds them to upper case as
 * it does for the customer's own DDL; values only ever as bind variables (:1, :2 … positional).
 *
 * `MERGE … USING (SELECT … FROM DUAL)` keyed by DMH's id; the matched branch only updates when the stored
 * version is not newer (or absent), so a late redelivery of an older state never overwrites a newer one.
 */
export function oracleUpsert(row: MappedRow): Statement {
  const cols = [row.keyColumn, ...row.columns, row.versionColumn];
  const source = cols.map((c, i) => `:${i + 1} AS ${c}`).join(', ');
  const sets = [...row.columns, row.versionColumn].map((c) => `t.${c} = s.${c}`).join(', ');
  return {
    sql:
      `MERGE INTO ${row.table} t USING (SELECT ${source} FROM DUAL) s ON (t.${row.keyColumn} = s.${row.keyColumn}) ` +
      `WHEN MATCHED THEN UPDATE SET ${sets} WHERE t.${row.versionColumn} IS NULL OR t.${row.versionColumn} <= s.${row.versionColumn} ` +
      `WHEN NOT MATCHED THEN INSERT (${cols.join(', ')}) VALUES (${cols.map((c) => `s.${c}`).join(', ')})`,
    binds: [row.key, ...row.values, row.version],
  };
}

export function oracleSelectByKeys(t: SelectColumns, keys: string[]): Statement {
  return {
    sql: `SELECT ${[t.keyColumn, t.versionColumn, ...t.columns].join(', ')} FROM ${t.table} WHERE ${t.keyColumn} IN (${keys.map((_k, i) => `:${i + 1}`).join(', ')})`,
    binds: keys,
  };
}

export function oracleProbe(t: SelectColumns): Statement {
  return { sql: `SELECT ${[t.keyColumn, t.versionColumn, ...t.columns].join(', ')} FROM ${t.table} WHERE 1 = 0`, binds: [] };
}

export const ORACLE_HEALTH_SQL = 'SELECT 1 FROM DUAL';
