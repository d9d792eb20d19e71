import type { EntityManager } from 'typeorm';
import { database } from '../common/database';
import type { PasswordPolicyRules } from './password-policy';

const NAME = 'default';

/** The `password_policies` row named 'default'. */
export class PasswordPolicyRepository {
  async load(em: Pick<EntityManager, 'query'> = database()): Promise<PasswordPolicyRules | null> {
    const [r] = await em.query(
      `SELECT min_length, require_upper, require_lower, require_digit, require_special, history_count, max_age_days,
              max_login_attempts, lockout_minutes FROM password_policies WHERE name = ?`,
      [NAME],
    );
    if (!r) return null;
    return {
      minLength: Number(r.min_length),
      requireUpper: Boolean(Number(r.require_upper)),
      requireLower: Boolean(Number(r.require_lower)),
      requireDigit: Boolean(Number(r.require_digit)),
      requireSpecial: Boolean(Number(r.require_special)),
      historyCount: Number(r.history_count),
      maxAgeDays: Number(r.max_age_days),
      maxLoginAttempts: Number(r.max_login_attempts),
      lockoutMinutes: Number(r.lockout_minutes),
    };
  }

  async save(em: EntityManager, p: PasswordPolicyRules): Promise<void> {
    await em.query(
      `INSERT INTO password_policies (name, min_length, require_upper, require_lower, require_digit, require_special, history_count,
                                      max_age_days, max_login_attempts, lockout_minutes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE min_length = VALUES(min_length), require_upper = VALUES(require_upper), require_lower = VALUES(require_lower),
         require_digit = VALUES(require_digit), require_special = VALUES(require_special), history_count = VALUES(history_count),
         max_age_days = VALUES(max_age_days), max_login_attempts = VALUES(max_login_attempts), lockout_minutes = VALUES(lockout_minutes)`,
      [
        NAME, p.minLength, p.requireUpper ? 1 : 0, p.requireLower ? 1 : 0, p.requireDigit ? 1 : 0, p.requireSpecial ? 1 : 0, p.historyCount,
        p.maxAgeDays, p.maxLoginAttempts, p.lockoutMinutes,
      ],
    );
  }
}

/** Earlier password hashes of a user (password_history), newest first. */
export class PasswordHistoryRepository {
  async recent(userId: string, n: number): Promise<string[]> {
    if (n <= 0) return [];
    const rows = await database().query('SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?', [userId, n]);
    return rows.map((r: { password_hash: string }) => r.password_hash);
  }

  async add(em: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await em.query('INSERT INTO password_history (user_id, password_hash) VALUES (?, ?)', [userId, passwordHash]);
  }
}
