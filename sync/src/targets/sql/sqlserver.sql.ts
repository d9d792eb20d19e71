import type { FieldValue } from '../../mapping/dmh-records';
import type { MappedRow } from '../../mapping/field-mapping';
import type { SelectColumns, Statement } from './statement';

export type SqlServerType = 'NVarChar' | 'BigInt' | 'Float' | 'Bit' | 'DateTime2';

/** A named parameter with its declared type (the mssql driver's `request.input(name, type, value)`). */
export interface SqlServerBind {
  name: string;
  type: SqlServerType;
  value: FieldValue;
}

export const b = (name: string): string => name.split('.').map((p) => `[${p}]`).join('.');

export function sqlServerType(value: FieldValue): SqlServerType {
  if (value instanceof Date) return 'DateTime2';
  if (typeof value === 'boolean') return 'Bit';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'BigInt' : 'Float';
  return 'NVarChar';
}

const bind = (i: number, value: FieldValue): SqlServerBind => ({ name: `p${i}`, type: sqlServerType(value), value });

/**
 * `MERGE … WITH (HOLDLOCK)` keyed by DMH's id: HOLDLOCK (serializable on the key range) keeps two
 * concurrent first writes of one id from both inserting; the matched branch only updates when the stored
 * version is not newer (or absent).
 */
export function sqlServerUpsert(row: MappedRow): Statement<SqlServerBind> {
  const cols = [row.keyColumn, ...row.columns, row.versionColumn];
  const values = [row.key, ...row.values, row.version];
  const binds = values.map((v, i) => bind(i, v));
  const sets = [...row.columns, row.versionColumn].map((c) => `t.${b(c)} = s.${b(c)}`).join(', ');
  return {
    sql:
      `MERGE INTO ${b(row.table)} WITH (HOLDLOCK) AS t ` +
      `USING (VALUES (${binds.map((p) => `@${p.name}`).join(', ')})) AS s (${cols.map(b).join(', ')}) ` +
      `ON t.${b(row.keyColumn)} = s.${b(row.keyColumn)} ` +
      `WHEN MATCHED AND (t.${b(row.versionColumn)} IS NULL OR t.${b(row.versionColumn)} <= s.${b(row.versionColumn)}) THEN UPDATE SET ${sets} ` +
      `WHEN NOT MATCHED BY TARGET THEN INSERT (${cols.map(b).join(', ')}) VALUES (${cols.map((c) => `s.${b(c)}`).join(', ')});`,
    binds,
  };
}

export function sqlServerSelectByKeys(t: SelectColumns, keys: string[]): Statement<SqlServerBind> {
  const binds = keys.map((k, i) => bind(i, k));
  return {
    sql: `SELECT ${[t.keyColumn, t.versionColumn, ...t.columns].map(b).join(', ')} FROM ${b(t.table)} WHERE ${b(t.keyColumn)} IN (${binds.map((p) => `@${p.name}`).join(', ')})`,
    binds,
  };
}

export function sqlServerProbe(t: SelectColumns): Statement<SqlServerBind> {
  return { sql: `SELECT TOP 0 ${[t.keyColumn, t.versionColumn, ...t.columns].map(b).join(', ')} FROM ${b(t.table)}`, binds: [] };
}

export const SQLSERVER_HEALTH_SQL = 'SELECT 1 AS ok';
