import { randomBytes } from 'node:crypto';
import bcrypt from 'bcrypt';
import { chinaDay } from '@dmh/shared';
import { AppError } from '../../common/app-error';
import { config } from '../../config';
import { SessionsService, type Client } from '../sessions.service';
import { issueTokenPair } from '../token-pair';
import { hashSmsCode, judgeSmsCode, newSmsCode } from './sms-code';
import { SmsCodeStore } from './sms-code.store';
import { smsProvider, type SmsProvider } from './sms-provider';
import { PhoneUsersRepository } from './phone-users.repository';

const phoneField = (code: string, message: string) => [{ field: 'body.phone', code, message }];
const codeField = (code: string, message: string) => [{ field: 'body.code', code, message }];
/** The calendar day in China (UTC+8), which the daily limit counts by. */

type Store = Pick<SmsCodeStore, keyof SmsCodeStore>;
type Users = Pick<PhoneUsersRepository, 'findByPhone' | 'createParticipant' | 'markPhoneVerified'>;

/**
 * Log in by phone + SMS code. Sending: one code per phone per resend interval, a daily cap per phone, the
 * code stored only as a hash and for its lifetime. Logging in: each try counts before it is judged; the
 * right code is used up at once (a replay is told apart from an expired code); the account is the one with
 * that phone, or a new participant account (the phone is proven). The member behind orders is matched by
 * UnionID then phone at sign-up, as before: the verified phone is what the centre's reads key on.
 */
export class SmsLoginService {
  constructor(
    private readonly store: Store = new SmsCodeStore(),
    private readonly provider: SmsProvider = smsProvider(),
    private readonly users: Users = new PhoneUsersRepository(),
    private readonly sessions = new SessionsService(),
    private readonly now = () => Date.now(),
  ) {}

  async sendCode(phone: string): Promise<{ expiresIn: number; resendAfter: number }> {
    const c = config();
    const slot = await this.store.takeResendSlot(phone, c.SMS_RESEND_SECONDS);
    if (!slot.ok) {
      throw new AppError('SMS_RESEND_TOO_SOON', undefined, phoneField('resend_too_soon', `wait ${slot.retryAfter} s`), slot.retryAfter);
    }
    if ((await this.store.countSentToday(phone, chinaDay(this.now()))) > c.SMS_DAILY_LIMIT) {
      throw new AppError('SMS_DAILY_LIMIT', undefined, phoneField('daily_limit', `at most ${c.SMS_DAILY_LIMIT} codes a day`));
    }
    const code = newSmsCode();
    try {
      await this.provider.sendLoginCode(phone, code, c.SMS_CODE_TTL_SECONDS);
    } catch (err) {
      await this.store.releaseResendSlot(phone);
      throw err;
    }
    await this.store.save(phone, hashSmsCode(c.JWT_SECRET, phone, code), this.now() + c.SMS_CODE_TTL_SECONDS * 1000, c.SMS_CODE_TTL_SECONDS);
    return { expiresIn: c.SMS_CODE_TTL_SECONDS, resendAfter: c.SMS_RESEND_SECONDS };
  }

  /** Checks the code and answers the account whose phone it is (created on first login). */
  async verify(phone: string, code: string): Promise<string> {
    const c = config();
    const presented = hashSmsCode(c.JWT_SECRET, phone, code);
    const stored = await this.store.claimAttempt(phone);
    const verdict = judgeSmsCode(stored, presented, stored ? null : await this.store.lastUsed(phone), this.now(), c.SMS_MAX_ATTEMPTS);
    switch (verdict.kind) {
      case 'wrong':
        throw new AppError('SMS_CODE_WRONG', undefined, codeField('wrong', `${verdict.attemptsLeft} attempts left`));
      case 'locked':
        throw new AppError('SMS_CODE_LOCKED', undefined, codeField('locked', 'request a new code'));
      case 'expired':
        throw new AppError('SMS_CODE_EXPIRED', undefined, codeField('expired', 'request a new code'));
      case 'used':
        throw new AppError('SMS_CODE_USED', undefined, codeField('used', 'request a new code'));
    }
    if (!(await this.store.consume(phone, presented, c.SMS_CODE_TTL_SECONDS))) {
      throw new AppError('SMS_CODE_USED', undefined, codeField('used', 'request a new code'));
    }
    return this.accountOf(phone);
  }

  async login(phone: string, code: string, client: Client) {
    return issueTokenPair(await this.verify(phone, code), client, this.sessions, this.now());
  }

  private async accountOf(phone: string): Promise<string> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const existing = await this.users.findByPhone(phone);
      if (existing) {
        if (existing.status !== 'active') throw new AppError('LOGIN_FAILED');
        await this.users.markPhoneVerified(existing.id);
        return existing.id;
      }
      const hash = await bcrypt.hash(randomBytes(32).toString('base64url'), config().BCRYPT_ROUNDS);
      const created = await this.users.createParticipant(phone, hash);
      if (created) return created;
    }
    throw new AppError('LOGIN_FAILED');
  }
}
