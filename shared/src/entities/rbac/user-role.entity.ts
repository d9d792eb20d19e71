import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn } from '../columns';

/** A role granted to a user. */
@Entity({ name: 'user_roles' })
@Index('uk_user_role', ['userId', 'roleId'], { unique: true })
@Index('idx_role_id', ['roleId'])
export class UserRole {
  @IdColumn() id!: string;
  @RefColumn('user_id') userId!: string;
  @RefColumn('role_id') roleId!: string;
  @CreatedAtColumn() createdAt!: Date;
}
