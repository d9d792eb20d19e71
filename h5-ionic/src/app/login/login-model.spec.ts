import { ERROR_CODES } from '@dmh/api-client';
import { ApiError, NETWORK_ERROR } from '../core/api/api-error';
import { checkCode, checkPhone, placeLoginError, secondsLeft } from './login-model';

const apiError = (name: keyof typeof ERROR_CODES, fields: { field: string; code: string; message: string }[] = [], retryAfter: number | null = null) =>
  new ApiError(ERROR_CODES[name].http, ERROR_CODES[name].code, ERROR_CODES[name].message, fields, 'cid', retryAfter);

describe('login model', () => {
  it('checks the phone and the code before sending', () => {
    expect(checkPhone('')).toBe('请输入手机号');
    expect(checkPhone('1380013800')).toBe('请输入正确的 11 位手机号');
    expect(checkPhone('12800138000')).toBe('请输入正确的 11 位手机号');
    expect(checkPhone('13800138000')).toBeNull();
    expect(checkCode('')).toBe('请输入验证码');
    expect(checkCode('12a456')).toBe('验证码是 6 位数字');
    expect(checkCode('012345')).toBeNull();
  });

  it('counts down to the next code', () => {
    expect(secondsLeft(null, 0)).toBe(0);
    expect(secondsLeft(60_000, 0)).toBe(60);
    expect(secondsLeft(60_000, 59_001)).toBe(1);
    expect(secondsLeft(60_000, 61_000)).toBe(0);
  });

  it('puts each code problem beside the code, with the tries left', () => {
    expect(placeLoginError(apiError('SMS_CODE_WRONG', [{ field: 'body.code', code: 'wrong', message: '3 attempts left' }]))).toEqual({ field: 'code', text: '验证码不正确，还可再试 3 次' });
    expect(placeLoginError(apiError('SMS_CODE_EXPIRED')).field).toBe('code');
    expect(placeLoginError(apiError('SMS_CODE_USED')).text).toContain('用过');
    expect(placeLoginError(apiError('SMS_CODE_LOCKED')).text).toContain('重新获取');
  });

  it('puts sending problems beside the phone, restarting the countdown from Retry-After', () => {
    expect(placeLoginError(apiError('SMS_RESEND_TOO_SOON', [], 37))).toEqual({ field: 'phone', text: '验证码已发送，请 37 秒后再获取', waitSeconds: 37 });
    expect(placeLoginError(apiError('SMS_DAILY_LIMIT')).field).toBe('phone');
    expect(placeLoginError(apiError('VALIDATION_FAILED', [{ field: 'body.phone', code: 'invalid_string', message: 'x' }])).field).toBe('phone');
  });

  it('says what to do when the network failed', () => {
    expect(placeLoginError(new ApiError(0, NETWORK_ERROR, 'offline'))).toEqual({ field: null, text: '网络连接失败，请检查网络后重试' });
  });
});
