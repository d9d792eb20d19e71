import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FALLBACK_POLICY, passwordExpiresAt, passwordViolations, type PasswordPolicyRules } from './password-policy';

const policy: PasswordPolicyRules = { ...FALLBACK_POLICY, minLength: 10, requireSpecial: true };
const codes = (password: string, username?: string, rules = policy) => passwordViolations(rules, password, { username }).map((v) => v.code);

describe('password policy', () => {
  it('accepts a password that meets every rule', () => {
    assert.deepEqual(codes('Coffee#2026x'), []);
  });

  it('names each broken rule', () => {
    assert.deepEqual(codes('short'), ['too_short', 'missing_upper', 'missing_digit', 'missing_special']);
    assert.deepEqual(codes('ALLUPPERCASE1!'), ['missing_lower']);
    assert.deepEqual(codes('alllowercase1!'), ['missing_upper']);
    assert.deepEqual(codes('NoDigitsHere!!'), ['missing_digit']);
    assert.deepEqual(codes('NoSpecial12345'), ['missing_special']);
  });

  it('counts characters, not bytes, for the minimum length', () => {
    assert.deepEqual(codes('咖啡咖啡咖啡Aa1!', undefined, { ...policy, minLength: 10 }), []);
    assert.deepEqual(codes('咖啡Aa1!', undefined, { ...policy, minLength: 10 }), ['too_short']);
  });

  it('refuses more than bcrypt reads (72 bytes), which would be silently truncated', () => {
    assert.deepEqual(codes(`Aa1!${'x'.repeat(68)}`), []);
    assert.deepEqual(codes(`Aa1!${'x'.repeat(69)}`), ['too_long']);
    assert.deepEqual(codes(`Aa1!${'咖'.repeat(23)}`), ['too_long']);
  });

  it('refuses a password containing the username, whatever the case', () => {
    assert.deepEqual(codes('Alice#2026xyz', 'alice'), ['contains_username']);
    assert.deepEqual(codes('Coffee#2026x', 'alice'), []);
  });

  it('only checks the classes the policy requires', () => {
    const lax: PasswordPolicyRules = { ...policy, minLength: 4, requireUpper: false, requireLower: false, requireDigit: false, requireSpecial: false };
    assert.deepEqual(codes('abcd', undefined, lax), []);
  });

  it('expires passwords after maxAgeDays, or never when it is 0', () => {
    const changed = new Date('2026-01-01T00:00:00.000Z');
    assert.equal(passwordExpiresAt({ maxAgeDays: 90 }, changed)?.toISOString(), '2026-04-01T00:00:00.000Z');
    assert.equal(passwordExpiresAt({ maxAgeDays: 0 }, changed), null);
  });
});
