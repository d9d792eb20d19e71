import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import type { Data } from '@dmh/api-client';

export type PasswordPolicy = Data<'/api/v1/auth/password-policy', 'get'>;

/**
 * The API's password policy, checked in the browser before sending (the API checks again): the same rule
 * codes as the API's field errors (too_short, missing_upper…), so one set of words serves both.
 */
export function policyViolations(policy: PasswordPolicy, password: string, username = ''): string[] {
  const found: string[] = [];
  if ([...password].length < policy.minLength) found.push('too_short');
  if (policy.requireUpper && !/\p{Lu}/u.test(password)) found.push('missing_upper');
  if (policy.requireLower && !/\p{Ll}/u.test(password)) found.push('missing_lower');
  if (policy.requireDigit && !/\p{Nd}/u.test(password)) found.push('missing_digit');
  if (policy.requireSpecial && !/[^\p{L}\p{N}]/u.test(password)) found.push('missing_special');
  if (username && password.toLowerCase().includes(username.toLowerCase())) found.push('contains_username');
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
