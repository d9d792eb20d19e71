import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, UpdatedAtColumn, VarcharColumn } from '../columns';

/** `brand_scope`: brand_id, or 0 for a platform-wide tag (so two platform tags cannot share a name). */
export const MEMBER_TAG_BRAND_SCOPE_EXPRESSION = 'COALESCE(brand_id, 0)';

/**
 * A label for members: a brand's own (`brandId`) or platform-wide (`brandId` NULL). Names are unique
 * within their scope: `uk_brand_name` is on the generated `brand_scope`, because NULLs never collide.
 */
@Entity({ name: 'member_tags' })
@Index('uk_brand_name', ['brandScope', 'name'], { unique: true })
@Index('idx_brand_id', ['brandId'])
export class MemberTag {
  @IdColumn() id!: string;
  @RefColumn('brand_id', { nullable: true }) brandId!: string | null;
  @VarcharColumn('name', 50) name!: string;
  @VarcharColumn('color', 20, { nullable: true }) color!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;

  @Column({
    name: 'brand_scope',
    type: 'bigint',
    unsigned: true,
    nullable: true,
    asExpression: MEMBER_TAG_BRAND_SCOPE_EXPRESSION,
    generatedType: 'STORED',
    insert: false,
    update: false,
  })
  readonly brandScope!: string | null;
}
