import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, FlagColumn, IdColumn, JsonColumn, type JsonObject, RefColumn, VarcharColumn } from '../columns';

export const SECURITY_EVENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type SecurityEventSeverity = (typeof SECURITY_EVENT_SEVERITIES)[number];

/** An anomaly worth an operator's attention, e.g. `brute_force`, `account_locked`, `forged_callback`. */
@Entity({ name: 'security_events' })
@Index('idx_type_created', ['type', 'createdAt'])
@Index('idx_handled_created', ['handled', 'createdAt'])
export class SecurityEvent {
  @IdColumn() id!: string;
  @VarcharColumn('type', 50) type!: string;
  @VarcharColumn('severity', 20, { default: 'medium' }) severity!: SecurityEventSeverity;
  @RefColumn('user_id', { nullable: true }) userId!: string | null;
  @VarcharColumn('ip', 45, { nullable: true }) ip!: string | null;
  @JsonColumn('detail', { nullable: true }) detail!: JsonObject | null;
  @FlagColumn('handled', { default: false }) handled!: boolean;
  @CreatedAtColumn() createdAt!: Date;
}
