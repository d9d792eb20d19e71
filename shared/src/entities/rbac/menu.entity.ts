import { Column, Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, UpdatedAtColumn, VarcharColumn } from '../columns';

/** An entry of the admin console's navigation; shown when the user's roles have it (role_menus). */
@Entity({ name: 'menus' })
@Index('uk_code', ['code'], { unique: true })
@Index('idx_parent_id', ['parentId'])
export class Menu {
  @IdColumn() id!: string;
  @RefColumn('parent_id', { nullable: true }) parentId!: string | null;
  @VarcharColumn('code', 50) code!: string;
  @VarcharColumn('name', 100) name!: string;
  /** Console route; NULL for a group. */
  @VarcharColumn('path', 200, { nullable: true }) path!: string | null;
  @VarcharColumn('icon', 50, { nullable: true }) icon!: string | null;
  @Column({ name: 'sort', type: 'int', default: 0 }) sort!: number;
  /** The permission the menu's page needs, e.g. `campaign:read`. */
  @VarcharColumn('permission_code', 100, { nullable: true }) permissionCode!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
