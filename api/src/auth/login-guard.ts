import { config } from '../config';
import { database } from '../common/database';
import { hit, peek, tooMany } from '../common/rate-limit';
import { afterFailedLogin, type LoginVerdict } from '../security/lockout';
import { LoginAttemptsRepository } from '../security/login-attempts.repository';
import type { PasswordPolicyRules } from '../security/password-policy';
import { recordSecurityEvent } from '../security/security-events.repository';
import { AuthRepository, type UserAuthRow } from './auth.repository';

const IP_FAILURES = 'login-fail';

/**
 * Brute-force defences around the password check: every attempt is recorded (login_attempts); wrong
 * passwords count towards the account's lock-out (password policy: max attempts, lockout minutes); every
 * failure counts towards a per-address limit, past which the address may not try for the rest of the window.
 */
export class LoginGuard {
  constructor(
    private readonly users = new AuthRepository(),
    private readonly attempts = new LoginAttemptsRepository(),
  ) {}

  /** 429 for an address that failed too often in the current window (checked before any password work). */
  async assertAddressMayTry(ip: string, username: string): Promise<void> {
    const c = config();
    if (c.AUTH_RATE_LIMIT_EXEMPT_IPS.includes(ip)) return;
    if ((await peek(IP_FAILURES, ip, c.LOGIN_IP_FAILURE_WINDOW_SECONDS)) < c.LOGIN_IP_MAX_FAILURES) return;
    await this.attempts.record({ username, userId: null, ip, success: false, reason: 'ip_throttled' });
    throw tooMany(c.LOGIN_IP_MAX_FAILURES, c.LOGIN_IP_FAILURE_WINDOW_SECONDS);
  }

  async failed(ip: string, username: string, user: UserAuthRow | null, verdict: Exclude<LoginVerdict, 'ok'>, policy: PasswordPolicyRules): Promise<void> {
    await this.attempts.record({ username, userId: user?.id ?? null, ip, success: false, reason: verdict });
    if (user && verdict === 'bad_password') await this.countAgainstAccount(user, ip, policy);
    await this.countAgainstAddress(ip);
  }

  async succeeded(ip: string, user: UserAuthRow): Promise<void> {
    await this.attempts.record({ username: user.username, userId: user.id, ip, success: true, reason: null });
    await this.users.recordLogin(user.id, ip);
  }

  private async countAgainstAccount(user: UserAuthRow, ip: string, policy: PasswordPolicyRules): Promise<void> {
    const next = await database().transaction(async (em) => {
      const state = afterFailedLogin(await this.users.lockStateForUpdate(em, user.id), policy, new Date());
      await this.users.saveLockState(em, user.id, state);
      return state;
    });
    if (next.lockedNow) {
      await recordSecurityEvent('account_locked', 'medium', ip, {
        username: user.username, failedAttempts: next.failedCount, lockedUntil: next.lockedUntil?.toISOString(),
      }, user.id);
    }
  }

  private async countAgainstAddress(ip: string): Promise<void> {
    const c = config();
    if (c.AUTH_RATE_LIMIT_EXEMPT_IPS.includes(ip)) return;
    const failures = await hit(IP_FAILURES, ip, c.LOGIN_IP_FAILURE_WINDOW_SECONDS);
    if (failures === c.LOGIN_IP_MAX_FAILURES) {
      await recordSecurityEvent('brute_force', 'high', ip, { failedLogins: failures, windowSeconds: c.LOGIN_IP_FAILURE_WINDOW_SECONDS });
    }
  }
}
