import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn } from '../columns';

/** A brand a brand admin may manage: every brand-scoped request is checked against these rows. */
@Entity({ name: 'user_brands' })
@Index('uk_user_brand', ['userId', 'brandId'], { unique: true })
@Index('idx_brand_id', ['brandId'])
export class UserBrand {
  @IdColumn() id!: string;
  @RefColumn('user_id') userId!: string;
  @RefColumn('brand_id') brandId!: string;
  @CreatedAtColumn() createdAt!: Date;
}
