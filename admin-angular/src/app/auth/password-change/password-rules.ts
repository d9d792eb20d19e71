import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { Data } from '@dmh/api-client';

export type PasswordPolicy = Data<'/api/v1/auth/password-policy', 'get'>;

/**
 * The API's password policy, checked in the browser before sending (the API checks again): the same rules
 * and codes as api/src/security/password-policy.ts (too_short, missing_upper…), so one set of words serves
 * both. A copy for now: that file uses Node's Buffer; moving it to a browser-safe shared module would let
 * both import one definition.
 */
export function policyViolations(policy: PasswordPolicy, password: string, username = ''): string[] {
  const found: string[] = [];
  if ([...password].length < policy.minLength) found.push('too_short');
  if (policy.requireUpper && !/\p{Lu}/u.test(password)) found.push('missing_upper');
  if (policy.requireLower && !/\p{Ll}/u.test(password)) found.push('missing_lower');
  if (policy.requireDigit && !/\p{Nd}/u.test(password)) found.push('missing_digit');
  if (policy.requireSpecial && !/[^\p{L}\p{N}]/u.test(password)) found.push('missing_special');
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) found.push('contains_username');
  return found;
}

export function policyValidator(policy: () => PasswordPolicy | null, username: () => string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const p = policy();
    if (!p || !control.value) return null;
    const violations = policyViolations(p, String(control.value), username());
    return violations.length > 0 ? { policy: violations } : null;
  };
}

/** Why the API requires a new password now (null: the user chose to change it). */
export type ChangeReason = 'first-login' | 'expired' | null;

/** The heading and the explanation of the forced change, by reason: a first login is not an expiry. */
export function forcedChangeWords(reason: ChangeReason): { title: string; explain: string } {
  return reason === 'first-login'
    ? { title: 'password.firstLoginTitle', explain: 'password.firstLoginExplain' }
    : { title: 'password.expiredTitle', explain: 'password.expiredExplain' };
}
