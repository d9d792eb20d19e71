import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn } from '../columns';

/** A console menu shown to a role. */
@Entity({ name: 'role_menus' })
@Index('uk_role_menu', ['roleId', 'menuId'], { unique: true })
@Index('idx_menu_id', ['menuId'])
export class RoleMenu {
  @IdColumn() id!: string;
  @RefColumn('role_id') roleId!: string;
  @RefColumn('menu_id') menuId!: string;
  @CreatedAtColumn() createdAt!: Date;
}
