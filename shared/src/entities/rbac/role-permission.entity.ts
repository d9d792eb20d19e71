import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn } from '../columns';

/** A permission granted to a role. */
@Entity({ name: 'role_permissions' })
@Index('uk_role_permission', ['roleId', 'permissionId'], { unique: true })
@Index('idx_permission_id', ['permissionId'])
export class RolePermission {
  @IdColumn() id!: string;
  @RefColumn('role_id') roleId!: string;
  @RefColumn('permission_id') permissionId!: string;
  @CreatedAtColumn() createdAt!: Date;
}
