import { database } from './database';

/** SQL: a user_sessions row that is still live (not revoked, not expired). */
export const LIVE_SESSION_SQL = 'revoked_at IS NULL AND expires_at > NOW(3)';

/**
 * What authenticating a request needs of the sessions: whether an access token's session is live, and to note
 * that it was seen. The sessions themselves (login, rotation, revocation) are auth's (auth/sessions.repository.ts).
 */
export class SessionLivenessRepository {
  /** Whether an access token's session is live, and whose it is (null: no such session). */
  async liveness(sessionId: string): Promise<{ userId: string; live: boolean } | null> {
    const [row] = await database().query(`SELECT user_id, (${LIVE_SESSION_SQL}) AS live FROM user_sessions WHERE session_id = ?`, [sessionId]);
    return row ? { userId: String(row.user_id), live: Boolean(Number(row.live)) } : null;
  }

  async touch(sessionId: string): Promise<void> {
    await database().query('UPDATE user_sessions SET last_seen_at = NOW(3) WHERE session_id = ?', [sessionId]);
  }
}
