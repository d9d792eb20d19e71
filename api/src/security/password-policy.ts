/** The password and lock-out rules (the `password_policies` row named 'default'). */
export interface PasswordPolicyRules {
  minLength: number;
  requireUpper: boolean;
  requireLower: boolean;
  requireDigit: boolean;
  requireSpecial: boolean;
  /** A new password may not be one of the last N (0: no history check). */
  historyCount: number;
  /** 0: passwords never expire. */
  maxAgeDays: number;
  maxLoginAttempts: number;
  lockoutMinutes: number;
}

/** Used only when the policy row is missing (a database that was migrated but never seeded). */
export const FALLBACK_POLICY: PasswordPolicyRules = {
  minLength: 8,
  requireUpper: true,
  requireLower: true,
  requireDigit: true,
  requireSpecial: true,
  historyCount: 5,
  maxAgeDays: 90,
  maxLoginAttempts: 5,
  lockoutMinutes: 30,
};

/** bcrypt reads at most 72 bytes: anything longer would be silently truncated, so it is refused. */
export const MAX_PASSWORD_BYTES = 72;

export interface PasswordViolation {
  code: 'too_short' | 'too_long' | 'missing_upper' | 'missing_lower' | 'missing_digit' | 'missing_special' | 'contains_username';
  message: string;
}

/** Every rule of the policy the password breaks (empty when it is acceptable). */
export function passwordViolations(policy: PasswordPolicyRules, password: string, context: { username?: string } = {}): PasswordViolation[] {
  const found: PasswordViolation[] = [];
  if ([...password].length < policy.minLength) found.push({ code: 'too_short', message: `at least ${policy.minLength} characters` });
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES) found.push({ code: 'too_long', message: `at most ${MAX_PASSWORD_BYTES} bytes` });
  if (policy.requireUpper && !/\p{Lu}/u.test(password)) found.push({ code: 'missing_upper', message: 'an upper-case letter' });
  if (policy.requireLower && !/\p{Ll}/u.test(password)) found.push({ code: 'missing_lower', message: 'a lower-case letter' });
  if (policy.requireDigit && !/\p{Nd}/u.test(password)) found.push({ code: 'missing_digit', message: 'a digit' });
  if (policy.requireSpecial && !/[^\p{L}\p{N}]/u.test(password)) found.push({ code: 'missing_special', message: 'a special character' });
  const username = context.username?.trim().toLowerCase();
  if (username && username.length >= 3 && password.toLowerCase().includes(username)) {
    found.push({ code: 'contains_username', message: 'must not contain the username' });
  }
  return found;
}

/** When a password set at `changedAt` expires under the policy; null when passwords never expire. */
export function passwordExpiresAt(policy: Pick<PasswordPolicyRules, 'maxAgeDays'>, changedAt: Date): Date | null {
  return policy.maxAgeDays > 0 ? new Date(changedAt.getTime() + policy.maxAgeDays * 86_400_000) : null;
}
