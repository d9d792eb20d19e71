import { Entity, Index } from 'typeorm';
import { CreatedAtColumn, FlagColumn, IdColumn, UIntColumn, UpdatedAtColumn, VarcharColumn } from '../columns';

/** The password and lock-out rules; the row named 'default' applies unless another is chosen. */
@Entity({ name: 'password_policies' })
@Index('uk_name', ['name'], { unique: true })
export class PasswordPolicy {
  @IdColumn() id!: string;
  @VarcharColumn('name', 50) name!: string;
  @UIntColumn('min_length', { default: 8 }) minLength!: number;
  @FlagColumn('require_upper', { default: true }) requireUpper!: boolean;
  @FlagColumn('require_lower', { default: true }) requireLower!: boolean;
  @FlagColumn('require_digit', { default: true }) requireDigit!: boolean;
  @FlagColumn('require_special', { default: false }) requireSpecial!: boolean;
  /** A new password may not be one of the last N. */
  @UIntColumn('history_count', { default: 5 }) historyCount!: number;
  /** 0 = passwords never expire. */
  @UIntColumn('max_age_days', { default: 90 }) maxAgeDays!: number;
  @UIntColumn('max_login_attempts', { default: 5 }) maxLoginAttempts!: number;
  @UIntColumn('lockout_minutes', { default: 30 }) lockoutMinutes!: number;
  @CreatedAtColumn() createdAt!: Date;
  @UpdatedAtColumn() updatedAt!: Date;
}
