import { Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  DateTimeColumn,
  HashColumn,
  IdColumn,
  RefColumn,
  UIntColumn,
  UpdatedAtColumn,
  VarcharColumn,
} from '../columns';
import type { SyncTarget } from './sync-log.entity';

/**
 * DMH's own record that reward `rewardId` reached the brand's database: at most one row per reward
 * (`uk_reward_id`), so a replayed sync job can see it already landed.
 */
@Entity({ name: 'external_rewards' })
@Index('uk_reward_id', ['rewardId'], { unique: true })
@Index('idx_brand_id', ['brandId'])
export class ExternalReward {
  @IdColumn() id!: string;
  @RefColumn('reward_id') rewardId!: string;
  @RefColumn('brand_id') brandId!: string;
  @VarcharColumn('target', 20) target!: SyncTarget;
  /** The row's key in the brand's database, when it has its own. */
  @VarcharColumn('external_key', 100, { nullable: true }) externalKey!: string | null;
  @UIntColumn('synced_version', { default: 1 }) syncedVersion!: number;
  /** SHA-256 (hex) of the mapped row as written. */
  @HashColumn('checksum', { nullable: true }) checksum!: string | null;
  @DateTimeColumn('synced_at') syncedAt!: Date;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
