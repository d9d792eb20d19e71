import type { MappedRow } from '../../mapping/field-mapping';
import type { SelectColumns, Statement } from './statement';

/** `schema`.`table` (identifiers were validated: letters, digits and _ only). */
export const q = (name: string): string => name.split('.').map((p) => `\`${p}\``).join('.');

/**
 * `INSERT … ON DUPLICATE KEY UPDATE` keyed by DMH's id. Each column is only overwritten when the incoming
 * version is not older than the stored one, and the version column is assigned last (MySQL applies the
 * assignments left to right, so every condition still sees the stored version).
 */
export function mysqlUpsert(row: MappedRow): Statement {
  return mysqlUpsertRows([row]);
}

/**
 * mysqlUpsert for several rows of one table and the same columns in one statement (one VALUES tuple each, in
 * their order): the server applies them one after the other, each with its own version check, as it would
 * separate statements.
 */
export function mysqlUpsertRows(rows: readonly MappedRow[]): Statement {
  const [row] = rows;
  if (!row) throw new RangeError('an upsert needs at least one row');
  const cols = [row.keyColumn, ...row.columns, row.versionColumn];
  const newer = `(${q(row.versionColumn)} IS NULL OR ${q(row.versionColumn)} <= VALUES(${q(row.versionColumn)}))`;
  const updates = [...row.columns, row.versionColumn].map((c) => `${q(c)} = IF(${newer}, VALUES(${q(c)}), ${q(c)})`);
  const tuple = `(${cols.map(() => '?').join(', ')})`;
  return {
    sql:
      `INSERT INTO ${q(row.table)} (${cols.map(q).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')} ` +
      `ON DUPLICATE KEY UPDATE ${updates.join(', ')}`,
    binds: rows.flatMap((r) => [r.key, ...r.values, r.version]),
  };
}

/**
 * The upserts of a transaction: one statement per table (and column list), tables in the order their first row
 * came (an order's row before its rewards', for a target whose rewards refer to its orders).
 */
export function mysqlUpsertStatements(rows: readonly MappedRow[]): Statement[] {
  const byShape = new Map<string, MappedRow[]>();
  for (const row of rows) {
    const shape = JSON.stringify([row.table, row.keyColumn, row.versionColumn, row.columns]);
    const same = byShape.get(shape);
    if (same) same.push(row);
    else byShape.set(shape, [row]);
  }
  return [...byShape.values()].map(mysqlUpsertRows);
}

export function mysqlSelectByKeys(t: SelectColumns, keys: string[]): Statement {
  return {
    sql: `SELECT ${[t.keyColumn, t.versionColumn, ...t.columns].map(q).join(', ')} FROM ${q(t.table)} WHERE ${q(t.keyColumn)} IN (${keys.map(() => '?').join(', ')})`,
    binds: keys,
  };
}

export function mysqlProbe(t: SelectColumns): Statement {
  return { sql: `SELECT ${[t.keyColumn, t.versionColumn, ...t.columns].map(q).join(', ')} FROM ${q(t.table)} WHERE 1 = 0`, binds: [] };
}

export const MYSQL_HEALTH_SQL = 'SELECT 1';
