import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, UpdatedAtColumn, VarcharColumn } from '../columns';

export const BRAND_ASSET_KINDS = ['logo', 'image', 'video', 'poster', 'document'] as const;
export type BrandAssetKind = (typeof BRAND_ASSET_KINDS)[number];

/** A file in a brand's material library (logos, poster backgrounds, …). */
@Entity({ name: 'brand_assets' })
@Index('idx_brand_id', ['brandId'])
export class BrandAsset {
  @IdColumn() id!: string;
  @RefColumn('brand_id') brandId!: string;
  @VarcharColumn('kind', 20) kind!: BrandAssetKind;
  @VarcharColumn('url', 500) url!: string;
  @VarcharColumn('name', 200) name!: string;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
