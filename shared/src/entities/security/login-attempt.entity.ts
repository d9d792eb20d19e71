import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, FlagColumn, IdColumn, RefColumn, VarcharColumn } from '../columns';

/** Every login try, successful or not: the input of lock-out and of brute-force detection. */
@Entity({ name: 'login_attempts' })
@Index('idx_username_created', ['username', 'createdAt'])
@Index('idx_ip_created', ['ip', 'createdAt'])
export class LoginAttempt {
  @IdColumn() id!: string;
  @VarcharColumn('username', 50) username!: string;
  @RefColumn('user_id', { nullable: true }) userId!: string | null;
  @VarcharColumn('ip', 45) ip!: string;
  @FlagColumn('success') success!: boolean;
  /** Why it failed, e.g. `bad_password`, `locked`, `unknown_user`. */
  @VarcharColumn('reason', 100, { nullable: true }) reason!: string | null;
  @CreatedAtColumn() createdAt!: Date;
}
