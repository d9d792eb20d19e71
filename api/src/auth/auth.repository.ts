import type { EntityManager } from 'typeorm';
import { isDuplicateKeyError } from '@dmh/shared';
import { AppError } from '../common/app-error';
import { database } from '../common/database';
import type { LockState } from '../security/lockout';

type Db = Pick<EntityManager, 'query'>;

export interface UserAuthRow extends LockState {
  id: string;
  username: string;
  passwordHash: string;
  status: string;
  /** When the password was last set (the account's creation when never recorded). */
  passwordSetAt: Date;
  /** An administrator set the password: its owner must choose one before anything else. */
  mustChangePassword: boolean;
}

export interface UserProfile {
  realName: string | null;
  phone: string | null;
  email: string | null;
  avatar: string | null;
  passwordSetAt: Date;
  mustChangePassword: boolean;
}

export interface NewUser {
  username: string;
  passwordHash: string;
  phone?: string | null;
  email?: string | null;
  realName?: string | null;
  /** Set by an administrator (an account created in the console): changed by its owner at the first login. */
  mustChangePassword?: boolean;
}

const AUTH_COLUMNS = 'id, username, password_hash, status, failed_login_count, locked_until, COALESCE(password_changed_at, created_at) AS password_set_at, must_change_password';

/** The users table as authentication sees it. */
export class AuthRepository {
  /** `pool` answers the connection pool (a test gives a recording one). */
  constructor(private readonly pool: () => Db = database) {}

  async findByUsername(username: string): Promise<UserAuthRow | null> {
    const [row] = await this.pool().query(`SELECT ${AUTH_COLUMNS} FROM users WHERE username = ?`, [username]);
    return row ? toAuthRow(row) : null;
  }

  async findById(id: string, em: Db = this.pool()): Promise<UserAuthRow | null> {
    const [row] = await em.query(`SELECT ${AUTH_COLUMNS} FROM users WHERE id = ?`, [id]);
    return row ? toAuthRow(row) : null;
  }

  /**
   * The lock state of the account with this username, its row locked until the transaction ends; a fresh
   * state when there is no such account (the same statement runs either way: see LoginGuard.failed).
   */
  async lockStateForUpdate(em: Db, username: string): Promise<LockState> {
    const [row] = await em.query('SELECT failed_login_count, locked_until FROM users WHERE username = ? FOR UPDATE', [username]);
    return { failedCount: Number(row?.failed_login_count ?? 0), lockedUntil: row?.locked_until ? new Date(row.locked_until) : null };
  }

  /** Writes the lock state of the account with this username (no row changes when there is none). */
  async saveLockState(em: Db, username: string, state: LockState): Promise<void> {
    await em.query('UPDATE users SET failed_login_count = ?, locked_until = ? WHERE username = ?', [state.failedCount, state.lockedUntil, username]);
  }

  async recordLogin(id: string, ip: string): Promise<void> {
    await this.pool().query(
      'UPDATE users SET failed_login_count = 0, locked_until = NULL, last_login_at = NOW(3), last_login_ip = ? WHERE id = ?',
      [ip.slice(0, 45), id],
    );
  }

  /** Inserts an active user; a taken username or phone answers USERNAME_TAKEN / PHONE_TAKEN (409). */
  async insertUser(em: Db, user: NewUser): Promise<string> {
    try {
      const result = await em.query(
        `INSERT INTO users (username, password_hash, phone, email, real_name, status, password_changed_at, must_change_password)
         VALUES (?, ?, ?, ?, ?, 'active', NOW(3), ?)`,
        [user.username, user.passwordHash, user.phone ?? null, user.email ?? null, user.realName ?? null, user.mustChangePassword ? 1 : 0],
      );
      return String(result.insertId);
    } catch (err) {
      if (isDuplicateKeyError(err, 'uk_username')) throw new AppError('USERNAME_TAKEN', undefined, [{ field: 'body.username', code: 'taken', message: 'already taken' }]);
      if (isDuplicateKeyError(err, 'uk_phone')) throw new AppError('PHONE_TAKEN', undefined, [{ field: 'body.phone', code: 'taken', message: 'already registered' }]);
      throw err;
    }
  }

  /** Refuses early (before hashing) a username or phone that is already taken; the unique keys stay the guard. */
  async assertAvailable(username: string, phone: string | null | undefined): Promise<void> {
    const [byName] = await this.pool().query('SELECT id FROM users WHERE username = ?', [username]);
    if (byName) throw new AppError('USERNAME_TAKEN', undefined, [{ field: 'body.username', code: 'taken', message: 'already taken' }]);
    if (!phone) return;
    const [byPhone] = await this.pool().query('SELECT id FROM users WHERE phone = ?', [phone]);
    if (byPhone) throw new AppError('PHONE_TAKEN', undefined, [{ field: 'body.phone', code: 'taken', message: 'already registered' }]);
  }

  async assignRole(em: Db, userId: string, roleCode: string): Promise<void> {
    await em.query('INSERT IGNORE INTO user_roles (user_id, role_id) SELECT ?, id FROM roles WHERE code = ?', [userId, roleCode]);
  }

  async updatePassword(em: Db, id: string, passwordHash: string): Promise<void> {
    await em.query('UPDATE users SET password_hash = ?, password_changed_at = NOW(3), must_change_password = 0 WHERE id = ?', [passwordHash, id]);
  }

  async profile(id: string): Promise<UserProfile | null> {
    const [row] = await this.pool().query(
      'SELECT real_name, phone, email, avatar, COALESCE(password_changed_at, created_at) AS password_set_at, must_change_password FROM users WHERE id = ?',
      [id],
    );
    return row
      ? {
          realName: row.real_name, phone: row.phone, email: row.email, avatar: row.avatar,
          passwordSetAt: new Date(row.password_set_at), mustChangePassword: Boolean(Number(row.must_change_password)),
        }
      : null;
  }

  async status(em: Db, id: string): Promise<string | null> {
    const [row] = await em.query('SELECT status FROM users WHERE id = ?', [id]);
    return row?.status ?? null;
  }
}

function toAuthRow(r: Record<string, any>): UserAuthRow {
  return {
    id: String(r.id),
    username: r.username,
    passwordHash: r.password_hash,
    status: r.status,
    failedCount: Number(r.failed_login_count),
    lockedUntil: r.locked_until ? new Date(r.locked_until) : null,
    passwordSetAt: new Date(r.password_set_at),
    mustChangePassword: Boolean(Number(r.must_change_password)),
  };
}
