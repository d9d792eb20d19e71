import { Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  DateTimeColumn,
  IdColumn,
  JsonColumn,
  type JsonObject,
  TextColumn,
  UIntColumn,
  VarcharColumn,
} from '../columns';

export const OUTBOX_STATUSES = ['pending', 'done', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Work recorded in the same transaction as the fact that causes it (e.g. "settle the rewards of order 42",
 * "sync order 42") and re-driven until done. `uk_kind_aggregate` makes recording it idempotent.
 */
@Entity({ name: 'outbox' })
@Index('uk_kind_aggregate', ['kind', 'aggregateId'], { unique: true })
@Index('idx_status_next', ['status', 'nextAttemptAt'])
export class OutboxMessage {
  @IdColumn() id!: string;
  @VarcharColumn('kind', 40) kind!: string;
  @VarcharColumn('aggregate_id', 64) aggregateId!: string;
  @JsonColumn('payload') payload!: JsonObject;
  @VarcharColumn('status', 20, { default: 'pending' }) status!: OutboxStatus;
  @UIntColumn('attempts', { default: 0 }) attempts!: number;
  @DateTimeColumn('next_attempt_at', { defaultNow: true }) nextAttemptAt!: Date;
  /** A worker's lease: others skip the row until then. */
  @DateTimeColumn('locked_until', { nullable: true }) lockedUntil!: Date | null;
  @TextColumn('last_error') lastError!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @DateTimeColumn('done_at', { nullable: true }) doneAt!: Date | null;
}
