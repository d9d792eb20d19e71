import type { EntityManager } from 'typeorm';
import { database } from '../common/database';

type Db = Pick<EntityManager, 'query'>;

export type LoginFailure = 'unknown_user' | 'bad_password' | 'locked' | 'disabled' | 'ip_throttled';

export interface LoginAttemptRow {
  id: string;
  username: string;
  userId: string | null;
  ip: string;
  success: boolean;
  reason: string | null;
  createdAt: string;
}

export interface LoginAttemptFilter {
  username?: string;
  userId?: string;
  ip?: string;
  success?: boolean;
  from?: Date;
  to?: Date;
}

/** login_attempts: every try, successful or not (the input of lock-out and brute-force review). */
export class LoginAttemptsRepository {
  /** `pool` answers the connection pool (a test gives a recording one). */
  constructor(private readonly pool: () => Db = database) {}

  async record(attempt: { username: string; userId: string | null; ip: string; success: boolean; reason: LoginFailure | null }, em: Db = this.pool()): Promise<void> {
    await em.query('INSERT INTO login_attempts (username, user_id, ip, success, reason) VALUES (?, ?, ?, ?, ?)', [
      attempt.username.slice(0, 50), attempt.userId, attempt.ip.slice(0, 45), attempt.success ? 1 : 0, attempt.reason,
    ]);
  }

  async list(filter: LoginAttemptFilter, page: number, pageSize: number): Promise<{ items: LoginAttemptRow[]; total: number }> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      clauses.push(clause);
      params.push(value);
    };
    if (filter.username) add('username = ?', filter.username);
    if (filter.userId) add('user_id = ?', filter.userId);
    if (filter.ip) add('ip = ?', filter.ip);
    if (filter.success !== undefined) add('success = ?', filter.success ? 1 : 0);
    if (filter.from) add('created_at >= ?', filter.from);
    if (filter.to) add('created_at < ?', filter.to);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const [count] = await this.pool().query(`SELECT COUNT(*) AS n FROM login_attempts ${where}`, params);
    const rows = await this.pool().query(
      `SELECT id, username, user_id, ip, success, reason, created_at FROM login_attempts ${where} ORDER BY id DESC LIMIT ? OFFSET ?`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return {
      total: Number(count.n),
      items: rows.map((r: Record<string, any>) => ({
        id: String(r.id),
        username: r.username,
        userId: r.user_id === null ? null : String(r.user_id),
        ip: r.ip,
        success: Boolean(Number(r.success)),
        reason: r.reason,
        createdAt: new Date(r.created_at).toISOString(),
      })),
    };
  }
}
