import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FALLBACK_POLICY } from '../security/password-policy';
import { passwordChangeReason } from './auth.service';

const DAY = 86_400_000;
const now = Date.parse('2026-12-04T12:00:00Z');

describe('why a password must be changed before anything else', () => {
  const policy = { ...FALLBACK_POLICY, maxAgeDays: 90 };

  test('an administrator set it: first login, whatever its age', () => {
    assert.equal(passwordChangeReason(policy, { passwordSetAt: new Date(now - DAY), mustChangePassword: true }, now), 'first-login');
    assert.equal(passwordChangeReason(policy, { passwordSetAt: new Date(now - 200 * DAY), mustChangePassword: true }, now), 'first-login');
  });

  test('older than the policy allows: expired; younger: nothing to do', () => {
    assert.equal(passwordChangeReason(policy, { passwordSetAt: new Date(now - 90 * DAY), mustChangePassword: false }, now), 'expired');
    assert.equal(passwordChangeReason(policy, { passwordSetAt: new Date(now - 89 * DAY), mustChangePassword: false }, now), null);
  });

  test('a policy without a maximum age never expires a password', () => {
    assert.equal(passwordChangeReason({ ...policy, maxAgeDays: 0 }, { passwordSetAt: new Date(now - 5000 * DAY), mustChangePassword: false }, now), null);
  });
});
