import { Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  IdColumn,
  JsonColumn,
  type JsonObject,
  TextColumn,
  UpdatedAtColumn,
  VarcharColumn,
} from '../columns';

export const BRAND_STATUSES = ['active', 'disabled'] as const;
export type BrandStatus = (typeof BRAND_STATUSES)[number];

/** brands.settings, e.g. `{"rewardLevels":3}` (how many distributor levels the brand pays). */
export interface BrandSettings extends JsonObject {
  rewardLevels?: number;
}

@Entity({ name: 'brands' })
@Index('uk_name', ['name'], { unique: true })
export class Brand {
  @IdColumn() id!: string;
  @VarcharColumn('name', 100) name!: string;
  @VarcharColumn('logo', 500, { nullable: true }) logo!: string | null;
  @TextColumn('description') description!: string | null;
  @VarcharColumn('status', 20, { default: 'active' }) status!: BrandStatus;
  @JsonColumn('settings', { nullable: true }) settings!: BrandSettings | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
