import { Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  DateTimeColumn,
  IdColumn,
  RefColumn,
  TextColumn,
  UIntColumn,
  UpdatedAtColumn,
  VarcharColumn,
} from '../columns';
import type { SyncEntityType } from './sync-log.entity';

export const SYNC_JOB_STATUSES = ['queued', 'retrying', 'done', 'dead'] as const;
export type SyncJobStatus = (typeof SYNC_JOB_STATUSES)[number];

/**
 * The sync worker's durable record of one sync job (`job_id` as sent through the binding, or made by a
 * re-queue): a failed attempt is scheduled here with backoff before the broker message is acknowledged,
 * so nothing is lost; after the retries it is `dead` until an admin retries it.
 */
@Entity({ name: 'sync_jobs' })
@Index('uk_job_id', ['jobId'], { unique: true })
@Index('idx_status_due', ['status', 'nextAttemptAt'])
@Index('idx_brand_status', ['brandId', 'status', 'createdAt'])
@Index('idx_entity', ['entityType', 'entityId'])
@Index('idx_lock_token', ['lockToken'])
export class SyncJobRecord {
  @IdColumn() id!: string;
  @VarcharColumn('job_id', 64) jobId!: string;
  @RefColumn('brand_id') brandId!: string;
  @VarcharColumn('entity_type', 20, { default: 'order' }) entityType!: SyncEntityType;
  @RefColumn('entity_id') entityId!: string;
  @VarcharColumn('status', 20, { default: 'queued' }) status!: SyncJobStatus;
  /** Every attempt so far (numbers the sync_logs rows). */
  @UIntColumn('attempts', { default: 0 }) attempts!: number;
  /** Attempts since it was (re)queued: dead after the first try and SYNC_MAX_RETRIES retries. */
  @UIntColumn('round_attempts', { default: 0 }) roundAttempts!: number;
  @DateTimeColumn('next_attempt_at', { defaultNow: true }) nextAttemptAt!: Date;
  @DateTimeColumn('locked_until', { nullable: true }) lockedUntil!: Date | null;
  @VarcharColumn('lock_token', 36, { nullable: true }) lockToken!: string | null;
  @TextColumn('last_error') lastError!: string | null;
  /** When the job was first asked for (sync lag is measured from here). */
  @DateTimeColumn('requested_at') requestedAt!: Date;
  /** The W3C `traceparent` of the delivery that took the job in (its round's request): later attempts continue that trace. */
  @VarcharColumn('traceparent', 55, { nullable: true }) traceparent!: string | null;
  @DateTimeColumn('completed_at', { nullable: true }) completedAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
