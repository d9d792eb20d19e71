import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, VarcharColumn } from '../columns';

/** Earlier password hashes of a user, so a new password can be refused if recently used. */
@Entity({ name: 'password_history' })
@Index('idx_user_created', ['userId', 'createdAt'])
export class PasswordHistory {
  @IdColumn() id!: string;
  @RefColumn('user_id') userId!: string;
  @VarcharColumn('password_hash', 100) passwordHash!: string;
  @CreatedAtColumn() createdAt!: Date;
}
