import { AppError } from '../common/app-error';
import { database } from '../common/database';
import { config } from '../config';
import { withAudit, type AuditActor } from '../audit/audit.service';
import { recordSecurityEvent } from '../security/security-events.repository';
import { AuthRepository } from './auth.repository';
import { forgetSession, type Principal } from '../common/principal';
import { newRefreshToken, newSessionId, hashRefreshToken, refreshDecision } from './refresh-token';
import { SessionsRepository, type SessionRow } from './sessions.repository';

export interface IssuedSession {
  userId: string;
  sessionId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/** Who is asking for a session change, and from where. */
export interface Client {
  ip: string;
  userAgent: string | null;
}

/** Login sessions: opened at login, rotated at every refresh, revoked at logout or by an admin. */
export class SessionsService {
  constructor(
    private readonly sessions = new SessionsRepository(),
    private readonly users = new AuthRepository(),
  ) {}

  /** A new session (and refresh family) for a user who just proved who they are. */
  async open(userId: string, client: Client): Promise<IssuedSession> {
    const { token, hash } = newRefreshToken();
    const sessionId = newSessionId();
    const refreshExpiresAt = this.refreshExpiry();
    await this.sessions.insert(database(), { userId, sessionId, family: newSessionId(), refreshHash: hash, ...client, expiresAt: refreshExpiresAt });
    return { userId, sessionId, refreshToken: token, refreshExpiresAt };
  }

  /**
   * Exchanges a refresh token for a new session row of the same family: the presented token (and the
   * access tokens issued with it) stop working. An already exchanged token revokes the whole family and
   * is recorded as a security event: either the client or a thief holds a copy, and we cannot tell which.
   */
  async rotate(refreshToken: string, client: Client): Promise<IssuedSession> {
    const outcome = await database().transaction(async (em) => {
      const row = await this.sessions.presentedForUpdate(em, hashRefreshToken(refreshToken));
      const decision = refreshDecision(row, new Date());
      if (!row || decision !== 'rotate') {
        const revoked = row && decision === 'reuse' ? await this.sessions.revokeFamily(em, row.family) : [];
        return { decision, row, revoked } as const;
      }
      if ((await this.users.status(em, row.userId)) !== 'active') {
        return { decision: 'inactive_user', row, revoked: await this.sessions.revokeFamily(em, row.family) } as const;
      }
      await this.sessions.revoke(em, row.id);
      const { token, hash } = newRefreshToken();
      const issued: IssuedSession = { userId: row.userId, sessionId: newSessionId(), refreshToken: token, refreshExpiresAt: this.refreshExpiry() };
      await this.sessions.insert(em, { userId: row.userId, sessionId: issued.sessionId, family: row.family, refreshHash: hash, ...client, expiresAt: issued.refreshExpiresAt });
      return { decision, row, revoked: [row.sessionId], issued } as const;
    });
    forgetSession(...outcome.revoked);
    if (outcome.issued) return outcome.issued;
    if (outcome.decision === 'reuse' && outcome.row) {
      await recordSecurityEvent('refresh_token_reuse', 'high', client.ip, {
        family: outcome.row.family, sessionsRevoked: outcome.revoked.length, userAgent: client.userAgent,
      }, outcome.row.userId);
    }
    throw new AppError('REFRESH_TOKEN_INVALID');
  }

  /** Ends the caller's session (its whole refresh family): its access and refresh tokens stop working at once. */
  async logout(sessionId: string): Promise<void> {
    const row = await this.sessions.bySessionId(sessionId);
    if (!row) return;
    const revoked = await database().transaction((em) => this.sessions.revokeFamily(em, row.family));
    forgetSession(sessionId, ...revoked);
  }

  /** Ends every session of a user but `exceptSessionId` (after a password change, a disable…). */
  async revokeAllOf(userId: string, exceptSessionId: string | null = null): Promise<number> {
    const revoked = await database().transaction((em) => this.sessions.revokeForUser(em, userId, exceptSessionId));
    forgetSession(...revoked);
    return revoked.length;
  }

  /** Live sessions of the caller, or of another user for a holder of `security:read`. */
  async list(principal: Principal, userId: string | undefined, page: number, pageSize: number) {
    const owner = userId ?? principal.userId;
    if (owner !== principal.userId && !principal.permissions.includes('security:read')) throw new AppError('FORBIDDEN');
    const { items, total } = await this.sessions.listLive(owner, page, pageSize);
    return { items: items.map((s) => view(s, principal.sessionId)), total, page, pageSize };
  }

  /**
   * Revokes one live session (its refresh family): the caller's own, or anyone's for a holder of
   * `security:write` (audited). Any other id answers 404. The id is the session id that login, refresh and
   * /auth/userinfo answer as `sessionId` and the access token carries.
   */
  async revoke(actor: AuditActor & { principal: Principal }, sessionId: string): Promise<void> {
    const { principal } = actor;
    const mayRevokeAny = principal.permissions.includes('security:write');
    const row = await this.sessions.findLive(sessionId, mayRevokeAny ? null : principal.userId);
    if (!row) throw new AppError('NOT_FOUND', 'session not found');
    const revoked =
      row.userId === principal.userId
        ? await database().transaction((em) => this.sessions.revokeFamily(em, row.family))
        : await withAudit(actor, async (em) => ({
            result: await this.sessions.revokeFamily(em, row.family),
            audit: { action: 'session.revoke', resource: 'user_session', resourceId: row.sessionId, before: view(row, null), after: { revoked: true } },
          }));
    forgetSession(row.sessionId, ...revoked);
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + config().REFRESH_TOKEN_DAYS * 86_400_000);
  }
}

/** A session as clients see it: its id is the `sessionId` of login, refresh and /auth/userinfo. */
export function view(s: SessionRow, currentSessionId: string | null) {
  return {
    id: s.sessionId,
    userId: s.userId,
    current: s.sessionId === currentSessionId,
    ip: s.ip,
    userAgent: s.userAgent,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt?.toISOString() ?? null,
    expiresAt: s.expiresAt.toISOString(),
  };
}
