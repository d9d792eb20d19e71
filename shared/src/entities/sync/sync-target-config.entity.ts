import { Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  FlagColumn,
  IdColumn,
  JsonColumn,
  type JsonObject,
  RefColumn,
  UIntColumn,
  UpdatedAtColumn,
  VarcharColumn,
} from '../columns';
import type { SyncTarget } from './sync-log.entity';

/**
 * A brand's own database that the sync worker writes into (one per brand; brands without one use the
 * worker's default target). The password is stored only encrypted (AES-256-GCM, key held by the sync
 * worker); `mapping` is the validated field mapping (`@dmh/shared` sync/target-config).
 */
@Entity({ name: 'sync_targets' })
@Index('uk_brand_id', ['brandId'], { unique: true })
export class SyncTargetConfig {
  @IdColumn() id!: string;
  @RefColumn('brand_id') brandId!: string;
  @VarcharColumn('kind', 20) kind!: SyncTarget;
  @VarcharColumn('host', 255) host!: string;
  @UIntColumn('port') port!: number;
  /** MySQL database, Oracle service name or SQL Server database. */
  @VarcharColumn('database_name', 128) databaseName!: string;
  @VarcharColumn('username', 128) username!: string;
  /** `v1:<key id>:<iv>:<tag>:<ciphertext>` (base64url), bound to the brand id. */
  @VarcharColumn('password_enc', 1024) passwordEnc!: string;
  @JsonColumn('options') options!: JsonObject;
  @JsonColumn('mapping') mapping!: JsonObject;
  @FlagColumn('enabled', { default: true }) enabled!: boolean;
  /** Bumped on every save: the worker rebuilds its connection pool when it changes. */
  @UIntColumn('version', { default: 1 }) version!: number;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
