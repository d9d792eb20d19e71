import { policyViolations, type PasswordPolicy, forcedChangeWords } from './password-rules';

const policy: PasswordPolicy = { minLength: 8, requireUpper: true, requireLower: true, requireDigit: true, requireSpecial: true };

describe('policyViolations (the API policy, checked before sending)', () => {
  it('accepts a password meeting every rule', () => {
    expect(policyViolations(policy, 'Renewed#2026x', 'brandadmin')).toEqual([]);
  });

  it('names every rule broken, with the API codes the field errors use', () => {
    expect(policyViolations(policy, 'abc', '')).toEqual(['too_short', 'missing_upper', 'missing_digit', 'missing_special']);
  });

  it('refuses a password containing the username (3 characters or more), whatever the case', () => {
    expect(policyViolations(policy, 'XBrandAdmin#1', 'brandadmin')).toEqual(['contains_username']);
    expect(policyViolations(policy, 'Abcdefg#1', 'ab')).toEqual([]);
  });

  it('checks only the rules the policy turns on, and counts characters, not bytes', () => {
    const lax: PasswordPolicy = { minLength: 4, requireUpper: false, requireLower: false, requireDigit: false, requireSpecial: false };
    expect(policyViolations(lax, '密码很长', '')).toEqual([]);
    expect(policyViolations(lax, '密码', '')).toEqual(['too_short']);
  });
});

describe('the words of a forced password change', () => {
  it('say first login for an account an administrator created, and expiry otherwise', () => {
    expect(forcedChangeWords('first-login')).toEqual({ title: 'password.firstLoginTitle', explain: 'password.firstLoginExplain' });
    expect(forcedChangeWords('expired')).toEqual({ title: 'password.expiredTitle', explain: 'password.expiredExplain' });
    expect(forcedChangeWords(null)).toEqual({ title: 'password.expiredTitle', explain: 'password.expiredExplain' });
  });
});
