import { Entity, Index } from 'typeorm';
import type { SyncTarget } from '../../sync/kinds';
import { CreatedAtColumn, IdColumn, RefColumn, TextColumn, UIntColumn, VarcharColumn } from '../columns';

export const SYNC_ENTITY_TYPES = ['order', 'reward'] as const;
export type SyncEntityType = (typeof SYNC_ENTITY_TYPES)[number];
export { SYNC_TARGETS, type SyncTarget } from '../../sync/kinds';
export const SYNC_LOG_STATUSES = ['success', 'failed', 'dead'] as const;
export type SyncLogStatus = (typeof SYNC_LOG_STATUSES)[number];

/** One attempt of the sync worker to write an order or reward into a brand's database. */
@Entity({ name: 'sync_logs' })
@Index('idx_entity', ['entityType', 'entityId'])
@Index('idx_status_created', ['status', 'createdAt'])
@Index('idx_job_id', ['jobId'])
export class SyncLog {
  @IdColumn() id!: string;
  @VarcharColumn('job_id', 64) jobId!: string;
  @RefColumn('brand_id', { nullable: true }) brandId!: string | null;
  @VarcharColumn('entity_type', 20) entityType!: SyncEntityType;
  @RefColumn('entity_id') entityId!: string;
  @VarcharColumn('target', 20) target!: SyncTarget;
  /** 1 for the first try. */
  @UIntColumn('attempt', { default: 1 }) attempt!: number;
  @VarcharColumn('status', 20) status!: SyncLogStatus;
  @TextColumn('error') error!: string | null;
  @UIntColumn('duration_ms', { default: 0 }) durationMs!: number;
  @CreatedAtColumn() createdAt!: Date;
}
