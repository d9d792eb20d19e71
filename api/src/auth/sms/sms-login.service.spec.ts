import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../common/app-error';
import type { StoredCode } from './sms-code';
import { SmsLoginService } from './sms-login.service';
import type { SmsProvider } from './sms-provider';

const PHONE = '13800138000';

/** The store's contract in memory (its Redis form is exercised by the integration scenario). */
class MemoryStore {
  codes = new Map<string, StoredCode>();
  used = new Map<string, string>();
  resend = new Set<string>();
  sentToday = 0;
  async takeResendSlot(phone: string) {
    if (this.resend.has(phone)) return { ok: false as const, retryAfter: 42 };
    this.resend.add(phone);
    return { ok: true as const };
  }
  async releaseResendSlot(phone: string) {
    return this.resend.delete(phone) ? 1 : 0;
  }
  async countSentToday() {
    return ++this.sentToday;
  }
  async save(phone: string, hash: string, expiresAt: number) {
    this.codes.set(phone, { hash, expiresAt, attempts: 0 });
  }
  async claimAttempt(phone: string) {
    const c = this.codes.get(phone);
    if (!c) return null;
    c.attempts += 1;
    return { ...c };
  }
  async consume(phone: string, hash: string) {
    if (this.codes.get(phone)?.hash !== hash) return false;
    this.codes.delete(phone);
    this.used.set(phone, hash);
    return true;
  }
  async lastUsed(phone: string) {
    return this.used.get(phone) ?? null;
  }
}

class Outbox implements SmsProvider {
  sent: string[] = [];
  fail = false;
  async sendLoginCode(_phone: string, code: string) {
    if (this.fail) throw AppError.unavailable('SMS sending');
    this.sent.push(code);
  }
}

function setup() {
  const store = new MemoryStore();
  const outbox = new Outbox();
  let clock = Date.UTC(2026, 0, 1);
  const users = { findByPhone: async () => ({ id: '42', username: 'm13800138000', status: 'active' }), createParticipant: async () => '43', markPhoneVerified: async () => undefined };
  const service = new SmsLoginService(store, outbox, users, undefined, () => clock);
  return { store, outbox, service, advance: (ms: number) => (clock += ms) };
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof AppError);
    return { name: err.errorName, fields: err.fields.map((f) => f.field), retryAfter: err.retryAfterSeconds };
  }
  assert.fail('expected a refusal');
};

const wrongOf = (code: string) => (code === '000000' ? '111111' : '000000');

describe('SmsLoginService', () => {
  it('sends a code, refuses another inside the resend interval, and frees the slot when sending failed', async () => {
    const { outbox, service, store } = setup();
    assert.deepEqual(await service.sendCode(PHONE), { expiresIn: 300, resendAfter: 60 });
    assert.equal(outbox.sent.length, 1);
    assert.deepEqual(await codeOf(service.sendCode(PHONE)), { name: 'SMS_RESEND_TOO_SOON', fields: ['body.phone'], retryAfter: 42 });
    store.resend.clear();
    outbox.fail = true;
    assert.equal((await codeOf(service.sendCode(PHONE))).name, 'DEPENDENCY_UNAVAILABLE');
    assert.equal(store.resend.size, 0, 'a failed send must not block the next try');
  });

  it('stops at the daily cap', async () => {
    const { service, store } = setup();
    store.sentToday = 10;
    assert.deepEqual((await codeOf(service.sendCode(PHONE))).name, 'SMS_DAILY_LIMIT');
  });

  it('logs in with the right code once; a replay is SMS_CODE_USED', async () => {
    const { outbox, service } = setup();
    await service.sendCode(PHONE);
    assert.equal(await service.verify(PHONE, outbox.sent[0]), '42');
    assert.deepEqual(await codeOf(service.verify(PHONE, outbox.sent[0])), { name: 'SMS_CODE_USED', fields: ['body.code'], retryAfter: undefined });
  });

  it('counts wrong codes and locks after the fifth, even against the right one', async () => {
    const { outbox, service } = setup();
    await service.sendCode(PHONE);
    const right = outbox.sent[0];
    for (let i = 0; i < 4; i++) assert.equal((await codeOf(service.verify(PHONE, wrongOf(right)))).name, 'SMS_CODE_WRONG');
    assert.equal((await codeOf(service.verify(PHONE, wrongOf(right)))).name, 'SMS_CODE_LOCKED');
    assert.equal((await codeOf(service.verify(PHONE, right))).name, 'SMS_CODE_LOCKED');
  });

  it('refuses an expired code, and a phone that never got one', async () => {
    const { outbox, service, advance } = setup();
    assert.equal((await codeOf(service.verify(PHONE, '123456'))).name, 'SMS_CODE_EXPIRED');
    await service.sendCode(PHONE);
    advance(300_000);
    assert.equal((await codeOf(service.verify(PHONE, outbox.sent[0]))).name, 'SMS_CODE_EXPIRED');
  });

  it('a new code replaces the old one', async () => {
    const { outbox, service, store } = setup();
    await service.sendCode(PHONE);
    store.resend.clear();
    await service.sendCode(PHONE);
    assert.equal((await codeOf(service.verify(PHONE, outbox.sent[0] === outbox.sent[1] ? wrongOf(outbox.sent[0]) : outbox.sent[0]))).name, 'SMS_CODE_WRONG');
    assert.equal(await service.verify(PHONE, outbox.sent[1]), '42');
  });
});
