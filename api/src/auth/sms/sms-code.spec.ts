import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashSmsCode, judgeSmsCode, newSmsCode, type StoredCode } from './sms-code';

const SECRET = 'test-secret-0123456789abcdef0123456789';
const PHONE = '13800138000';
const now = Date.UTC(2026, 0, 1);
const stored = (code: string, attempts: number, expiresAt = now + 60_000): StoredCode => ({ hash: hashSmsCode(SECRET, PHONE, code), attempts, expiresAt });
const h = (code: string, phone = PHONE) => hashSmsCode(SECRET, phone, code);

describe('SMS codes', () => {
  it('draws six digits, keeping leading zeros', () => {
    for (let i = 0; i < 200; i++) assert.match(newSmsCode(), /^\d{6}$/);
  });

  it('binds the hash to the phone and the secret, never the code in clear', () => {
    assert.notEqual(h('123456'), h('123456', '13900139000'));
    assert.notEqual(h('123456'), hashSmsCode(`${SECRET}x`, PHONE, '123456'));
    assert.ok(!h('123456').includes('123456'));
  });

  it('accepts the right code inside its life and attempts', () => {
    assert.deepEqual(judgeSmsCode(stored('123456', 1), h('123456'), null, now, 5), { kind: 'match' });
    assert.deepEqual(judgeSmsCode(stored('123456', 5), h('123456'), null, now, 5), { kind: 'match' });
  });

  it('counts down the wrong tries, then locks the code even against the right one', () => {
    assert.deepEqual(judgeSmsCode(stored('123456', 1), h('000000'), null, now, 5), { kind: 'wrong', attemptsLeft: 4 });
    assert.deepEqual(judgeSmsCode(stored('123456', 4), h('000000'), null, now, 5), { kind: 'wrong', attemptsLeft: 1 });
    assert.deepEqual(judgeSmsCode(stored('123456', 5), h('000000'), null, now, 5), { kind: 'locked' });
    assert.deepEqual(judgeSmsCode(stored('123456', 6), h('123456'), null, now, 5), { kind: 'locked' });
  });

  it('refuses an expired code, right or wrong', () => {
    assert.deepEqual(judgeSmsCode(stored('123456', 1, now), h('123456'), null, now, 5), { kind: 'expired' });
    assert.deepEqual(judgeSmsCode(stored('123456', 1, now - 1), h('000000'), null, now, 5), { kind: 'expired' });
  });

  it('tells a replayed code from no code at all', () => {
    assert.deepEqual(judgeSmsCode(null, h('123456'), h('123456'), now, 5), { kind: 'used' });
    assert.deepEqual(judgeSmsCode(null, h('654321'), h('123456'), now, 5), { kind: 'expired' });
    assert.deepEqual(judgeSmsCode(null, h('123456'), null, now, 5), { kind: 'expired' });
  });
});
