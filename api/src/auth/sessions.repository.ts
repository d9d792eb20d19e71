import type { EntityManager } from 'typeorm';
import { database } from '../common/database';
import { LIVE_SESSION_SQL as LIVE } from '../common/session-liveness.repository';

type Db = Pick<EntityManager, 'query'>;

/** A login session (user_sessions row). Refresh rotation adds a row to the family and revokes the old one. */
export interface SessionRow {
  id: string;
  userId: string;
  sessionId: string;
  family: string;
  ip: string | null;
  userAgent: string | null;
  expiresAt: Date;
  revokedAt: Date | null;
  lastSeenAt: Date | null;
  createdAt: Date;
}

const COLUMNS = 'id, user_id, session_id, refresh_family, ip, user_agent, expires_at, revoked_at, last_seen_at, created_at';

export class SessionsRepository {
  async insert(em: Db, s: { userId: string; sessionId: string; family: string; refreshHash: string; ip: string; userAgent: string | null; expiresAt: Date }): Promise<void> {
    await em.query(
      `INSERT INTO user_sessions (user_id, session_id, refresh_family, refresh_token_hash, ip, user_agent, expires_at, last_seen_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, NOW(3))`,
      [s.userId, s.sessionId, s.family, s.refreshHash, s.ip.slice(0, 45), s.userAgent?.slice(0, 500) ?? null, s.expiresAt],
    );
  }

  /** The row a refresh token hashes to, locked, and whether it was already exchanged (a newer row in its family). */
  async presentedForUpdate(em: Db, refreshHash: string): Promise<(SessionRow & { rotated: boolean }) | null> {
    const [row] = await em.query(`SELECT ${COLUMNS} FROM user_sessions WHERE refresh_token_hash = ? FOR UPDATE`, [refreshHash]);
    if (!row) return null;
    const [newer] = await em.query('SELECT id FROM user_sessions WHERE refresh_family = ? AND id > ? LIMIT 1', [row.refresh_family, row.id]);
    return { ...toSession(row), rotated: Boolean(newer) };
  }

  async revoke(em: Db, id: string): Promise<void> {
    await em.query('UPDATE user_sessions SET revoked_at = NOW(3) WHERE id = ? AND revoked_at IS NULL', [id]);
  }

  /** Revokes every live row of a family; answers their session ids. */
  async revokeFamily(em: Db, family: string): Promise<string[]> {
    const rows = await em.query('SELECT session_id FROM user_sessions WHERE refresh_family = ? AND revoked_at IS NULL FOR UPDATE', [family]);
    await em.query('UPDATE user_sessions SET revoked_at = NOW(3) WHERE refresh_family = ? AND revoked_at IS NULL', [family]);
    return rows.map((r: { session_id: string }) => r.session_id);
  }

  /** Revokes every live session of a user but `exceptSessionId`; answers their session ids. */
  async revokeForUser(em: Db, userId: string, exceptSessionId: string | null = null): Promise<string[]> {
    const rows = await em.query('SELECT session_id FROM user_sessions WHERE user_id = ? AND revoked_at IS NULL AND session_id <> ? FOR UPDATE', [
      userId, exceptSessionId ?? '',
    ]);
    await em.query('UPDATE user_sessions SET revoked_at = NOW(3) WHERE user_id = ? AND revoked_at IS NULL AND session_id <> ?', [userId, exceptSessionId ?? '']);
    return rows.map((r: { session_id: string }) => r.session_id);
  }

  async bySessionId(sessionId: string): Promise<SessionRow | null> {
    const [row] = await database().query(`SELECT ${COLUMNS} FROM user_sessions WHERE session_id = ?`, [sessionId]);
    return row ? toSession(row) : null;
  }

  /** A live session by its session id, of `userId` unless null (an admin's look-up). */
  async findLive(sessionId: string, userId: string | null): Promise<SessionRow | null> {
    const [row] = await database().query(
      `SELECT ${COLUMNS} FROM user_sessions WHERE session_id = ? AND ${LIVE} ${userId === null ? '' : 'AND user_id = ?'}`,
      userId === null ? [sessionId] : [sessionId, userId],
    );
    return row ? toSession(row) : null;
  }

  async listLive(userId: string, page: number, pageSize: number): Promise<{ items: SessionRow[]; total: number }> {
    const [count] = await database().query(`SELECT COUNT(*) AS n FROM user_sessions WHERE user_id = ? AND ${LIVE}`, [userId]);
    const rows = await database().query(`SELECT ${COLUMNS} FROM user_sessions WHERE user_id = ? AND ${LIVE} ORDER BY id DESC LIMIT ? OFFSET ?`, [
      userId, pageSize, (page - 1) * pageSize,
    ]);
    return { total: Number(count.n), items: rows.map(toSession) };
  }
}

function toSession(r: Record<string, any>): SessionRow {
  return {
    id: String(r.id),
    userId: String(r.user_id),
    sessionId: r.session_id,
    family: r.refresh_family,
    ip: r.ip,
    userAgent: r.user_agent,
    expiresAt: new Date(r.expires_at),
    revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
    lastSeenAt: r.last_seen_at ? new Date(r.last_seen_at) : null,
    createdAt: new Date(r.created_at),
  };
}
