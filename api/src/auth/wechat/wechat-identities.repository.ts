import type { EntityManager } from 'typeorm';
import { isDuplicateKeyError } from '@dmh/shared';
import { database } from '../../common/database';

type Db = Pick<EntityManager, 'query'>;

export interface AccountRow {
  id: string;
  status: string;
}

/** The accounts WeChat identities log in to, and the member a UnionID names (for its phone). */
export class WechatIdentitiesRepository {
  constructor(private readonly pool: () => Db = database) {}

  async byOpenid(appid: string, openid: string): Promise<AccountRow | null> {
    const [r] = await this.pool().query(
      'SELECT u.id, u.status FROM wechat_identities w JOIN users u ON u.id = w.user_id WHERE w.appid = ? AND w.openid = ?',
      [appid, openid],
    );
    return r ? { id: String(r.id), status: r.status } : null;
  }

  /** The account another app of the same open platform logged in to with this UnionID (the oldest link). */
  async byUnionid(unionid: string): Promise<AccountRow | null> {
    const [r] = await this.pool().query(
      'SELECT u.id, u.status FROM wechat_identities w JOIN users u ON u.id = w.user_id WHERE w.unionid = ? ORDER BY w.id LIMIT 1',
      [unionid],
    );
    return r ? { id: String(r.id), status: r.status } : null;
  }

  /** The phone of the member with this UnionID (following a merge to the surviving member), if any. */
  async memberPhone(unionid: string): Promise<string | null> {
    const [r] = await this.pool().query(
      `SELECT COALESCE(t.phone, m.phone) AS phone FROM members m LEFT JOIN members t ON t.id = m.merged_into_id AND m.status = 'merged'
        WHERE m.unionid = ?`,
      [unionid],
    );
    return r?.phone ?? null;
  }

  /** Links the identity to the account (a UnionID learnt later is filled in; the link itself never moves). */
  async link(userId: string, appid: string, openid: string, unionid: string | null): Promise<void> {
    await this.pool().query(
      `INSERT INTO wechat_identities (user_id, appid, openid, unionid) VALUES (?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE unionid = COALESCE(unionid, VALUES(unionid))`,
      [userId, appid, openid, unionid],
    );
  }

  /**
   * A participant account for a WeChat user nobody knows yet (no phone: the member centre's orders appear
   * once a phone is proven by SMS), with its identity, in one transaction. Null when the same openid was
   * linked meanwhile (a double tap): the caller reads it again.
   */
  async createParticipant(appid: string, openid: string, unionid: string | null, passwordHash: string): Promise<string | null> {
    const username = `wx_${openid.replace(/[^A-Za-z0-9]/g, '').slice(-20)}_${Date.now().toString(36)}`.slice(0, 50);
    try {
      return await database().transaction(async (em) => {
        const result = await em.query(
          `INSERT INTO users (username, password_hash, status, password_changed_at) VALUES (?, ?, 'active', NOW(3))`,
          [username, passwordHash],
        );
        const id = String(result.insertId);
        await em.query("INSERT IGNORE INTO user_roles (user_id, role_id) SELECT ?, id FROM roles WHERE code = 'participant'", [id]);
        await em.query('INSERT INTO wechat_identities (user_id, appid, openid, unionid) VALUES (?, ?, ?, ?)', [id, appid, openid, unionid]);
        return id;
      });
    } catch (err) {
      if (isDuplicateKeyError(err, 'uk_appid_openid')) return null;
      throw err;
    }
  }
}
