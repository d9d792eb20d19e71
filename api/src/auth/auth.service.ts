import bcrypt from 'bcrypt';
import { AppError } from '../common/app-error';
import { database } from '../common/database';
import { config } from '../config';
import { MenusService } from '../rbac/menus.service';
import { loginVerdict } from '../security/lockout';
import { passwordExpiresAt, type PasswordPolicyRules } from '../security/password-policy';
import { PasswordService } from '../security/password.service';
import { AuthRepository } from './auth.repository';
import { LoginGuard } from './login-guard';
import { loadPrincipal, type Principal } from '../common/principal';
import { SessionsService, type Client, type IssuedSession } from './sessions.service';
import { ACCESS_TOKEN_SECONDS, signAccessToken } from '../common/tokens';

// Compared against when the user does not exist, so that answer takes as long as a wrong password (at the
// cost passwords are hashed with). Computed once, off the event loop, as soon as the service exists.
let dummyHash: Promise<string> | undefined;
const timingEqualiser = () => (dummyHash ??= bcrypt.hash('dmh-timing-equaliser', config().BCRYPT_ROUNDS));

/** Registration, login, refresh, logout, the caller's identity and password changes. */
export class AuthService {
  constructor(
    private readonly users = new AuthRepository(),
    private readonly guard = new LoginGuard(),
    private readonly sessions = new SessionsService(),
    private readonly passwords = new PasswordService(),
    private readonly menus = new MenusService(),
  ) {
    void timingEqualiser();
  }

  /** A participant account; the password policy applies; a taken username or phone is a 409. */
  async register(input: { username: string; password: string; phone: string | null; email: string | null; realName: string | null }) {
    await this.users.assertAvailable(input.username, input.phone);
    await this.passwords.assertAcceptable(input.password, { username: input.username }, 'body.password');
    const passwordHash = await this.passwords.hash(input.password);
    const userId = await database().transaction(async (em) => {
      const id = await this.users.insertUser(em, { ...input, passwordHash });
      await this.passwords.remember(em, id, passwordHash);
      await this.users.assignRole(em, id, 'participant');
      return id;
    });
    return { userId, username: input.username, roles: ['participant'] };
  }

  /**
   * The same answer (LOGIN_FAILED), after the same bcrypt work, for an unknown user, a wrong password, a
   * locked and a disabled account, and the same database work after it (LoginGuard.failed); the reason is
   * only recorded. Success opens a session.
   */
  async login(username: string, password: string, client: Client) {
    await this.guard.assertAddressMayTry(client.ip, username);
    const policy = await this.passwords.policy();
    const user = await this.users.findByUsername(username);
    const matches = await bcrypt.compare(password, user?.passwordHash ?? (await timingEqualiser()));
    const verdict = loginVerdict(user, matches, new Date());
    if (!user || verdict !== 'ok') {
      await this.guard.failed(client.ip, username, user, verdict === 'ok' ? 'unknown_user' : verdict, policy);
      throw new AppError('LOGIN_FAILED');
    }
    await this.guard.succeeded(client.ip, user);
    return this.answer(user.id, user.username, await this.sessions.open(user.id, client), passwordChangeReason(policy, user));
  }

  /** A new token pair for a valid refresh token, which is used up (see SessionsService.rotate). */
  async refresh(refreshToken: string, client: Client) {
    const session = await this.sessions.rotate(refreshToken, client);
    const user = await this.users.findById(session.userId);
    if (!user) throw new AppError('REFRESH_TOKEN_INVALID');
    return this.answer(user.id, user.username, session, passwordChangeReason(await this.passwords.policy(), user));
  }

  logout(principal: Principal): Promise<void> {
    return this.sessions.logout(principal.sessionId!);
  }

  async userinfo(principal: Principal) {
    const [profile, menus, policy] = await Promise.all([this.users.profile(principal.userId), this.menus.treeFor(principal.userId), this.passwords.policy()]);
    if (!profile) throw new AppError('UNAUTHORIZED');
    const expiresAt = passwordExpiresAt(policy, profile.passwordSetAt);
    const { passwordSetAt: _ignored, mustChangePassword: _shownAsReason, ...details } = profile;
    const reason = passwordChangeReason(policy, profile);
    return { ...principal, ...details, passwordExpiresAt: expiresAt?.toISOString() ?? null, passwordExpired: reason !== null, passwordChangeReason: reason, menus };
  }

  /** Checks the current password, applies policy and history, and ends the user's other sessions. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string) {
    const user = await this.users.findById(principal.userId);
    if (!user) throw new AppError('UNAUTHORIZED');
    if (!(await bcrypt.compare(currentPassword, user.passwordHash))) {
      throw new AppError('PASSWORD_INCORRECT', undefined, [{ field: 'body.currentPassword', code: 'incorrect', message: 'wrong password' }]);
    }
    await this.passwords.assertAcceptable(newPassword, { username: user.username, userId: user.id, currentHash: user.passwordHash }, 'body.newPassword');
    const passwordHash = await this.passwords.hash(newPassword);
    await database().transaction(async (em) => {
      await this.users.updatePassword(em, user.id, passwordHash);
      await this.passwords.remember(em, user.id, passwordHash);
    });
    const otherSessionsRevoked = await this.sessions.revokeAllOf(user.id, principal.sessionId);
    return { passwordChangedAt: new Date().toISOString(), otherSessionsRevoked };
  }

  async publicPolicy() {
    const { minLength, requireUpper, requireLower, requireDigit, requireSpecial } = await this.passwords.policy();
    return { minLength, requireUpper, requireLower, requireDigit, requireSpecial };
  }

  private async answer(userId: string, username: string, session: IssuedSession, reason: PasswordChangeReason | null) {
    const user = await loadPrincipal(userId, session.sessionId);
    if (!user) throw new AppError('LOGIN_FAILED');
    return {
      tokenType: 'Bearer' as const,
      accessToken: signAccessToken({ userId, username, sessionId: session.sessionId }),
      expiresIn: ACCESS_TOKEN_SECONDS,
      refreshToken: session.refreshToken,
      refreshExpiresIn: Math.round((session.refreshExpiresAt.getTime() - Date.now()) / 1000),
      passwordExpired: reason !== null,
      passwordChangeReason: reason,
      user,
    };
  }
}

export type PasswordChangeReason = 'first-login' | 'expired';

/**
 * Why the user must change the password before anything else, if they must: an administrator set it
 * (first login), or it is older than the policy allows. The client sends the user to change it.
 */
export function passwordChangeReason(policy: PasswordPolicyRules, user: { passwordSetAt: Date; mustChangePassword: boolean }, now = Date.now()): PasswordChangeReason | null {
  if (user.mustChangePassword) return 'first-login';
  const expiresAt = passwordExpiresAt(policy, user.passwordSetAt);
  return expiresAt !== null && expiresAt.getTime() <= now ? 'expired' : null;
}
