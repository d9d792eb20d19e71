import { createHash } from 'node:crypto';
import type { FieldMapping, TableMapping } from '@dmh/shared';
import { type FieldValue, type OrderRecord, type RewardRecord, orderFields, rewardFields } from './dmh-records';
import { applyTransform } from './transforms';

/** One row as the target receives it: its table, key and version columns, and every mapped column's value. */
export interface MappedRow {
  table: string;
  keyColumn: string;
  key: string;
  versionColumn: string;
  version: number;
  /** Mapped columns in mapping order (key and version excluded). */
  columns: string[];
  values: FieldValue[];
}

export function mapRow(mapping: TableMapping, id: string, version: number, fields: Record<string, FieldValue>): MappedRow {
  const values = mapping.columns.map((c) => applyTransform(c.from === undefined ? null : (fields[c.from] ?? null), c.transform, c.from ?? c.column));
  return {
    table: mapping.table,
    keyColumn: mapping.key,
    key: id,
    versionColumn: mapping.version,
    version,
    columns: mapping.columns.map((c) => c.column),
    values,
  };
}

export function mapOrder(mapping: FieldMapping, order: OrderRecord): MappedRow {
  return mapRow(mapping.orders, order.id, order.version, orderFields(order));
}

export function mapReward(mapping: FieldMapping, reward: RewardRecord): MappedRow {
  return mapRow(mapping.rewards, reward.id, reward.version, rewardFields(reward));
}

/** SHA-256 of the row as written (kept in external_orders / external_rewards). */
export function checksum(row: MappedRow): string {
  const body = JSON.stringify([row.table, row.key, row.version, row.columns, row.values.map((v) => (v instanceof Date ? v.toISOString() : v))]);
  return createHash('sha256').update(body).digest('hex');
}
