import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, JsonColumn, type JsonObject, RefColumn, UpdatedAtColumn } from '../columns';

/**
 * A brand's share-poster template: the background (colour, optional brand image) and where the distributor's
 * avatar, nickname and the link's QR code go on the 750×1334 poster. Without one, posters use the built-in
 * campaign layout.
 */
@Entity({ name: 'poster_templates' })
@Index('uk_brand_id', ['brandId'], { unique: true })
export class PosterTemplate {
  @IdColumn() id!: string;
  @RefColumn('brand_id') brandId!: string;
  @JsonColumn('template') template!: JsonObject;
  @RefColumn('updated_by', { nullable: true }) updatedBy!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
