import type { PasswordPolicyRules } from './password-policy';

/** An account's failed-login state (users.failed_login_count, users.locked_until). */
export interface LockState {
  failedCount: number;
  lockedUntil: Date | null;
}

export function isLocked(state: Pick<LockState, 'lockedUntil'>, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * The state after one more failed login. A lock that has run out starts the count afresh; failures while
 * locked do not extend the lock (so an attacker cannot keep the owner out for ever by retrying); reaching
 * `maxLoginAttempts` locks the account for `lockoutMinutes`.
 */
export function afterFailedLogin(
  state: LockState,
  policy: Pick<PasswordPolicyRules, 'maxLoginAttempts' | 'lockoutMinutes'>,
  now: Date,
): LockState & { lockedNow: boolean } {
  if (isLocked(state, now)) return { ...state, lockedNow: false };
  const failedCount = (state.lockedUntil === null ? state.failedCount : 0) + 1;
  if (failedCount >= policy.maxLoginAttempts) {
    return { failedCount, lockedUntil: new Date(now.getTime() + policy.lockoutMinutes * 60_000), lockedNow: true };
  }
  return { failedCount, lockedUntil: null, lockedNow: false };
}

export type LoginVerdict = 'ok' | 'unknown_user' | 'bad_password' | 'locked' | 'disabled';

/**
 * Why a login fails, or 'ok'. The caller answers every failure identically (and has compared the password
 * whatever the case, so the timing is the same): the reason is only recorded, never shown.
 */
export function loginVerdict(user: { status: string; lockedUntil: Date | null } | null, passwordMatches: boolean, now: Date): LoginVerdict {
  if (!user) return 'unknown_user';
  if (user.status === 'locked') return 'locked';
  if (user.status !== 'active') return 'disabled';
  if (isLocked(user, now)) return 'locked';
  return passwordMatches ? 'ok' : 'bad_password';
}
