import type { SyncTargetKind } from '@dmh/shared';
import type { MappedRow } from '../mapping/field-mapping';
import type { SelectColumns } from './sql/statement';

/** A row read back from the target by key: the version and the mapped columns' values, in mapping order. */
export interface TargetRow {
  key: string;
  version: number | null;
  values: unknown[];
}

/**
 * The port every target database implements (mysql2, oracledb thin, mssql). Writes are idempotent
 * upserts keyed by DMH's id that never let an older version overwrite a newer one.
 */
export interface TargetAdapter {
  readonly kind: SyncTargetKind;
  /** Upserts the rows in one transaction, in order (an order, then its rewards): all or nothing. */
  upsert(rows: MappedRow[]): Promise<void>;
  /** Reads rows by DMH id, for reconciliation. */
  fetchByKeys(table: SelectColumns, keys: string[]): Promise<TargetRow[]>;
  /** Connects and runs a trivial query (`SELECT 1`, `SELECT 1 FROM DUAL`). */
  healthCheck(): Promise<void>;
  /** Selects the mapped columns of a table without reading a row: proves the table and columns exist. */
  probeTable(table: SelectColumns): Promise<void>;
  close(): Promise<void>;
}

/** How to reach a target; the password is already decrypted (it never leaves the worker). */
export interface TargetConnection {
  host: string;
  port: number;
  database: string;
  username: string;
  password: string;
  connectTimeoutMs: number;
  queryTimeoutMs: number;
  encrypt: boolean;
  trustServerCertificate: boolean;
}

export function toTargetRow(raw: unknown[]): TargetRow {
  const [key, version, ...values] = raw;
  return { key: String(key), version: version === null || version === undefined ? null : Number(version), values };
}
