import { ERROR_CODES } from '@dmh/api-client';
import { PHONE_PATTERN } from '@dmh/forms';
import { ApiError } from '../core/api/api-error';
import { errorText } from '../core/api/error-text';

const C = ERROR_CODES;

export type LoginField = 'phone' | 'code';

/** A failure placed where the user looks: beside the phone, beside the code, or above the form. */
export interface PlacedError {
  field: LoginField | null;
  text: string;
  /** Seconds before another code may be asked (the resend countdown restarts from it). */
  waitSeconds?: number;
}

export function checkPhone(phone: string): string | null {
  if (!phone.trim()) return '请输入手机号';
  return PHONE_PATTERN.test(phone.trim()) ? null : '请输入正确的 11 位手机号';
}

export function checkCode(code: string): string | null {
  if (!code.trim()) return '请输入验证码';
  return /^\d{6}$/.test(code.trim()) ? null : '验证码是 6 位数字';
}

/** Seconds left before "get a code" works again (0 when it does). */
export function secondsLeft(resendAt: number | null, now: number): number {
  return resendAt === null ? 0 : Math.max(0, Math.ceil((resendAt - now) / 1000));
}

/** The API's answer to sending a code or logging in, in words, beside the field it concerns. */
export function placeLoginError(err: unknown): PlacedError {
  if (!(err instanceof ApiError)) return { field: null, text: errorText(err) };
  switch (err.code) {
    case C.SMS_CODE_WRONG.code: {
      const left = /(\d+) attempts? left/.exec(err.fields[0]?.message ?? '')?.[1];
      return { field: 'code', text: left ? `验证码不正确，还可再试 ${left} 次` : '验证码不正确' };
    }
    case C.SMS_CODE_EXPIRED.code:
      return { field: 'code', text: '验证码已过期或尚未获取，请重新获取' };
    case C.SMS_CODE_USED.code:
      return { field: 'code', text: '这个验证码已经用过了，请重新获取' };
    case C.SMS_CODE_LOCKED.code:
      return { field: 'code', text: '错误次数过多，请重新获取验证码' };
    case C.SMS_RESEND_TOO_SOON.code: {
      const wait = err.retryAfterSeconds ?? 60;
      return { field: 'phone', text: `验证码已发送，请 ${wait} 秒后再获取`, waitSeconds: wait };
    }
    case C.SMS_DAILY_LIMIT.code:
      return { field: 'phone', text: '今天获取验证码的次数已用完，请明天再试' };
    case C.LOGIN_FAILED.code:
      return { field: null, text: '该账号暂时无法登录，请联系活动客服' };
  }
  const named = err.fields.find((f) => f.field === 'body.phone' || f.field === 'body.code');
  if (named) return named.field === 'body.phone' ? { field: 'phone', text: '请输入正确的 11 位手机号' } : { field: 'code', text: '验证码是 6 位数字' };
  return { field: null, text: errorText(err) };
}
