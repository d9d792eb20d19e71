import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterFailedLogin, isLocked, loginVerdict, type LockState } from './lockout';

const policy = { maxLoginAttempts: 3, lockoutMinutes: 30 };
const now = new Date('2026-11-25T12:00:00.000Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe('account lock-out', () => {
  it('counts failures and locks at the threshold for lockoutMinutes', () => {
    let state: LockState = { failedCount: 0, lockedUntil: null };
    state = afterFailedLogin(state, policy, now);
    assert.deepEqual(state, { failedCount: 1, lockedUntil: null, lockedNow: false });
    state = afterFailedLogin(state, policy, now);
    const third = afterFailedLogin(state, policy, now);
    assert.equal(third.lockedNow, true);
    assert.equal(third.lockedUntil?.toISOString(), minutes(30).toISOString());
    assert.equal(isLocked(third, now), true);
    assert.equal(isLocked(third, minutes(30)), false, 'the lock ends after the cool-down');
  });

  it('does not extend a running lock', () => {
    const locked = { failedCount: 3, lockedUntil: minutes(10) };
    assert.deepEqual(afterFailedLogin(locked, policy, now), { ...locked, lockedNow: false });
  });

  it('starts the count afresh once the lock has run out', () => {
    const expired = { failedCount: 3, lockedUntil: minutes(-1) };
    assert.deepEqual(afterFailedLogin(expired, policy, now), { failedCount: 1, lockedUntil: null, lockedNow: false });
  });

  it('locks at once when the policy allows a single attempt', () => {
    assert.equal(afterFailedLogin({ failedCount: 0, lockedUntil: null }, { maxLoginAttempts: 1, lockoutMinutes: 5 }, now).lockedNow, true);
  });
});

describe('login verdict', () => {
  const active = { status: 'active', lockedUntil: null };
  it('is ok only for an active, unlocked user with the right password', () => {
    assert.equal(loginVerdict(active, true, now), 'ok');
    assert.equal(loginVerdict(active, false, now), 'bad_password');
    assert.equal(loginVerdict(null, true, now), 'unknown_user');
  });

  it('refuses a locked account even with the right password, until the cool-down ends', () => {
    assert.equal(loginVerdict({ status: 'active', lockedUntil: minutes(5) }, true, now), 'locked');
    assert.equal(loginVerdict({ status: 'active', lockedUntil: minutes(-5) }, true, now), 'ok');
    assert.equal(loginVerdict({ status: 'locked', lockedUntil: null }, true, now), 'locked');
  });

  it('refuses a disabled account', () => {
    assert.equal(loginVerdict({ status: 'disabled', lockedUntil: null }, true, now), 'disabled');
  });
});
