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
  const cols = [row.keyColumn, ...row.columns, row.versionColumn];
  const newer = `(${q(row.versionColumn)} IS NULL OR ${q(row.versionColumn)} <= VALUES(${q(row.versionColumn)}))`;
  const updates = [...row.columns, row.versionColumn].map((c) => `${q(c)} = IF(${newer}, VALUES(${q(c)}), ${q(c)})`);
  return {
    sql:
      `INSERT INTO ${q(row.table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ` +
      `ON DUPLICATE KEY UPDATE ${updates.join(', ')}`,
    binds: [row.key, ...row.values, row.version],
  };
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
