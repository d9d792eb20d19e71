import { Entity, Index } from 'typeorm';
import {
  CreatedAtColumn,
  DateTimeColumn,
  FlagColumn,
  IdColumn,
  UIntColumn,
  UpdatedAtColumn,
  VarcharColumn,
} from '../columns';

export const USER_STATUSES = ['active', 'disabled', 'locked'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** An account that logs in: admins, distributors and participants alike (roles say which). */
@Entity({ name: 'users' })
@Index('uk_username', ['username'], { unique: true })
@Index('uk_phone', ['phone'], { unique: true })
export class User {
  @IdColumn() id!: string;
  @VarcharColumn('username', 50) username!: string;
  /** bcrypt. */
  @VarcharColumn('password_hash', 100) passwordHash!: string;
  @VarcharColumn('phone', 20, { nullable: true }) phone!: string | null;
  /** When the account last proved it holds `phone` (SMS code login); null while the phone is only a claim. */
  @DateTimeColumn('phone_verified_at', { nullable: true }) phoneVerifiedAt!: Date | null;
  @VarcharColumn('email', 100, { nullable: true }) email!: string | null;
  @VarcharColumn('real_name', 50, { nullable: true }) realName!: string | null;
  @VarcharColumn('avatar', 500, { nullable: true }) avatar!: string | null;
  @VarcharColumn('status', 20, { default: 'active' }) status!: UserStatus;
  @DateTimeColumn('password_changed_at', { nullable: true }) passwordChangedAt!: Date | null;
  /** Set by an administrator: its owner must choose a password of their own at the first login. */
  @FlagColumn('must_change_password', { default: false }) mustChangePassword!: boolean;
  /** Lock-out after repeated failed logins (password_policies.max_login_attempts). */
  @DateTimeColumn('locked_until', { nullable: true }) lockedUntil!: Date | null;
  @UIntColumn('failed_login_count', { default: 0 }) failedLoginCount!: number;
  @DateTimeColumn('last_login_at', { nullable: true }) lastLoginAt!: Date | null;
  @VarcharColumn('last_login_ip', 45, { nullable: true }) lastLoginIp!: string | null;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
