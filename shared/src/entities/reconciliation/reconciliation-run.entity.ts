import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UIntColumn, UpdatedAtColumn, VarcharColumn } from '../columns';

export const RECONCILIATION_STATUSES = ['running', 'completed', 'failed'] as const;
export type ReconciliationStatus = (typeof RECONCILIATION_STATUSES)[number];
/** Who started a run: the daily Dapr job, or an admin through the API. */
export const RECONCILIATION_TRIGGERS = ['schedule', 'admin'] as const;
export type ReconciliationTrigger = (typeof RECONCILIATION_TRIGGERS)[number];

/**
 * One comparison of WeChat Pay's trade bill of a China Standard Time day with DMH's paid orders and
 * refunds of that day. `running` is 1 while it works, NULL after: `uk_bill_date_running` keeps two runs of
 * one day from working (and repairing) at once; `lease_until` lets a run abandoned by a crash be taken over.
 */
@Entity({ name: 'reconciliation_runs' })
@Index('uk_bill_date_running', ['billDate', 'running'], { unique: true })
@Index('idx_created', ['createdAt'])
export class ReconciliationRun {
  @IdColumn() id!: string;
  /** yyyy-MM-dd, China Standard Time. */
  @Column({ name: 'bill_date', type: 'date' }) billDate!: string;
  @VarcharColumn('status', 20, { default: 'running' }) status!: ReconciliationStatus;
  @VarcharColumn('triggered_by', 20) triggeredBy!: ReconciliationTrigger;
  /** The admin who asked; null for the daily job. */
  @RefColumn('requested_by', { nullable: true }) requestedBy!: string | null;
  @UIntColumn('running', { tiny: true, nullable: true }) running!: number | null;
  @DateTimeColumn('lease_until', { nullable: true }) leaseUntil!: Date | null;
  /** SHA1 of the bill file as WeChat gave it (hash_value), once downloaded and checked. */
  @Column({ name: 'bill_hash', type: 'char', length: 40, nullable: true }) billHash!: string | null;
  @UIntColumn('bill_rows', { default: 0 }) billRows!: number;
  @UIntColumn('dmh_payments', { default: 0 }) dmhPayments!: number;
  @UIntColumn('dmh_refunds', { default: 0 }) dmhRefunds!: number;
  @UIntColumn('difference_count', { default: 0 }) differenceCount!: number;
  @UIntColumn('repaired', { default: 0 }) repaired!: number;
  @UIntColumn('needs_attention', { default: 0 }) needsAttention!: number;
  @VarcharColumn('error_code', 64, { nullable: true }) errorCode!: string | null;
  @VarcharColumn('error_message', 500, { nullable: true }) errorMessage!: string | null;
  @DateTimeColumn('finished_at', { nullable: true }) finishedAt!: Date | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
