import type { EntityManager } from 'typeorm';
import { config } from '../config';
import { database } from '../common/database';
import { hit, peek, tooMany, type Counter } from '../common/rate-limit';
import { afterFailedLogin, type LoginVerdict } from '../security/lockout';
import { LoginAttemptsRepository } from '../security/login-attempts.repository';
import type { PasswordPolicyRules } from '../security/password-policy';
import { recordSecurityEvent } from '../security/security-events.repository';
import { AuthRepository, type UserAuthRow } from './auth.repository';

/** Failed logins per address: counted on each failure, read (not counted) before any password work. */
function ipFailures(): Counter {
  const c = config();
  return { name: 'login-fail', limit: c.LOGIN_IP_MAX_FAILURES, windowSeconds: c.LOGIN_IP_FAILURE_WINDOW_SECONDS };
}

type Db = Pick<EntityManager, 'query'>;
/** Runs `work` in one database transaction (the pool's, unless a test gives its own). */
export type Transact = <T>(work: (em: Db) => Promise<T>) => Promise<T>;

/**
 * Brute-force defences around the password check: every attempt is recorded (login_attempts); wrong
 * passwords count towards the account's lock-out (password policy: max attempts, lockout minutes); every
 * failure counts towards a per-address limit, past which the address may not try for the rest of the window
 * (which starts at the address's first counted failure: see rate-limit.ts).
 */
export class LoginGuard {
  constructor(
    private readonly users = new AuthRepository(),
    private readonly attempts = new LoginAttemptsRepository(),
    private readonly transact: Transact = (work) => database().transaction(work),
    private readonly counters: { peek: typeof peek; hit: typeof hit } = { peek, hit },
  ) {}

  /** 429 for an address that failed too often in the current window (checked before any password work). */
  async assertAddressMayTry(ip: string, username: string): Promise<void> {
    const c = config();
    if (c.AUTH_RATE_LIMIT_EXEMPT_IPS.includes(ip)) return;
    const failures = await this.counters.peek(ipFailures(), ip);
    if (failures.count < c.LOGIN_IP_MAX_FAILURES) return;
    await this.attempts.record({ username, userId: null, ip, success: false, reason: 'ip_throttled' });
    throw tooMany(ipFailures(), failures.msBeforeNext);
  }

  /**
   * Every failure does the same work, whatever its reason, so that its timing tells nothing the identical
   * answer does not (an unknown username included): one transaction that locks the account's row by
   * username, writes its lock state (counted only for a wrong password, rewritten as it was otherwise, and
   * matching no row for an unknown user) and records the attempt, so every such commit has a row to write;
   * then the per-address count.
   */
  async failed(ip: string, username: string, user: UserAuthRow | null, verdict: Exclude<LoginVerdict, 'ok'>, policy: PasswordPolicyRules): Promise<void> {
    const next = await this.transact(async (em) => {
      const current = await this.users.lockStateForUpdate(em, username);
      const state = verdict === 'bad_password' ? afterFailedLogin(current, policy, new Date()) : { ...current, lockedNow: false };
      await this.users.saveLockState(em, username, state);
      await this.attempts.record({ username, userId: user?.id ?? null, ip, success: false, reason: verdict }, em);
      return state;
    });
    if (next.lockedNow && user) {
      await recordSecurityEvent('account_locked', 'medium', ip, {
        username: user.username, failedAttempts: next.failedCount, lockedUntil: next.lockedUntil?.toISOString(),
      }, user.id);
    }
    await this.countAgainstAddress(ip);
  }

  async succeeded(ip: string, user: UserAuthRow): Promise<void> {
    await this.attempts.record({ username: user.username, userId: user.id, ip, success: true, reason: null });
    await this.users.recordLogin(user.id, ip);
  }

  private async countAgainstAddress(ip: string): Promise<void> {
    const c = config();
    if (c.AUTH_RATE_LIMIT_EXEMPT_IPS.includes(ip)) return;
    const failures = await this.counters.hit(ipFailures(), ip);
    if (failures.count === c.LOGIN_IP_MAX_FAILURES) {
      await recordSecurityEvent('brute_force', 'high', ip, { failedLogins: failures.count, windowSeconds: c.LOGIN_IP_FAILURE_WINDOW_SECONDS });
    }
  }
}
