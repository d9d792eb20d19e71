import type { EntityManager } from 'typeorm';
import { isDuplicateKeyError } from '@dmh/shared';
import { database } from '../../common/database';

type Db = Pick<EntityManager, 'query'>;

/** The users table as phone login sees it: an account by its (unique) phone, or a new participant for it. */
export class PhoneUsersRepository {
  constructor(private readonly pool: () => Db = database) {}

  async findByPhone(phone: string): Promise<{ id: string; username: string; status: string } | null> {
    const [row] = await this.pool().query('SELECT id, username, status FROM users WHERE phone = ?', [phone]);
    return row ? { id: String(row.id), username: row.username, status: row.status } : null;
  }

  /** Records that the account just proved it holds its phone (an SMS code). */
  async markPhoneVerified(userId: string): Promise<void> {
    await this.pool().query('UPDATE users SET phone_verified_at = NOW(3) WHERE id = ?', [userId]);
  }

  /**
   * A participant account for a phone that has none: username `m<phone>` (a suffix if that is taken), a
   * password hash nobody knows the password of (the account logs in by SMS until a password is set).
   * Answers null when the phone was registered meanwhile (the caller reads it again).
   */
  async createParticipant(phone: string, passwordHash: string): Promise<string | null> {
    for (const username of [`m${phone}`, `m${phone}-${Date.now().toString(36)}`]) {
      try {
        return await database().transaction(async (em) => {
          const result = await em.query(
            `INSERT INTO users (username, password_hash, phone, phone_verified_at, status, password_changed_at) VALUES (?, ?, ?, NOW(3), 'active', NOW(3))`,
            [username, passwordHash, phone],
          );
          const id = String(result.insertId);
          await em.query("INSERT IGNORE INTO user_roles (user_id, role_id) SELECT ?, id FROM roles WHERE code = 'participant'", [id]);
          return id;
        });
      } catch (err) {
        if (isDuplicateKeyError(err, 'uk_phone')) return null;
        if (!isDuplicateKeyError(err, 'uk_username')) throw err;
      }
    }
    return null;
  }
}
