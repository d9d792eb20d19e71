import { Entity, Index, PrimaryColumn } from 'typeorm';
import {
  CreatedAtColumn,
  HashColumn,
  IdColumn,
  JsonColumn,
  type JsonObject,
  RefColumn,
  UIntColumn,
  VarcharColumn,
} from '../columns';

/** `prev_hash` of the first entry of the chain. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/**
 * Append-only, tamper-evident record of every admin action: `hash` = SHA-256 over `prevHash` and the
 * entry's content, so editing or deleting a row breaks the chain. Never updated, never deleted.
 */
@Entity({ name: 'audit_logs' })
@Index('uk_hash', ['hash'], { unique: true })
@Index('idx_user_created', ['userId', 'createdAt'])
@Index('idx_resource', ['resource', 'resourceId'])
@Index('idx_brand_created', ['brandId', 'createdAt'])
export class AuditLog {
  @IdColumn() id!: string;
  @RefColumn('user_id', { nullable: true }) userId!: string | null;
  @VarcharColumn('username', 50, { nullable: true }) username!: string | null;
  /** e.g. `campaign.update`, `distributor.approve`. */
  @VarcharColumn('action', 50) action!: string;
  @VarcharColumn('resource', 50) resource!: string;
  @VarcharColumn('resource_id', 64, { nullable: true }) resourceId!: string | null;
  @RefColumn('brand_id', { nullable: true }) brandId!: string | null;
  @VarcharColumn('ip', 45, { nullable: true }) ip!: string | null;
  @VarcharColumn('user_agent', 500, { nullable: true }) userAgent!: string | null;
  @JsonColumn('before_data', { nullable: true }) beforeData!: JsonObject | null;
  @JsonColumn('after_data', { nullable: true }) afterData!: JsonObject | null;
  @HashColumn('prev_hash') prevHash!: string;
  @HashColumn('hash') hash!: string;
  @CreatedAtColumn() createdAt!: Date;
}

/**
 * The head of the audit chain: one row (id 1) holding the hash of the newest entry. Appending locks it
 * (`SELECT … FOR UPDATE`) in the same transaction as the entry, so concurrent admin writes extend the
 * chain one after another and it can never fork.
 */
@Entity({ name: 'audit_chain_head' })
export class AuditChainHead {
  @PrimaryColumn({ type: 'tinyint', unsigned: true, name: 'id' }) id!: number;
  @HashColumn('last_hash') lastHash!: string;
  @UIntColumn('entries', { default: 0 }) entries!: number;
}
