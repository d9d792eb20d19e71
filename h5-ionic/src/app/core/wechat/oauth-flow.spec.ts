import { ERROR_CODES } from '@dmh/api-client';
import { ApiError } from '../api/api-error';
import { isWeChat, needsWechatAuthorization, OAUTH_RETRY_AFTER_MS, oauthFailureText, pathAfterAuthorization, userinfoNeeded } from './oauth-flow';

const WECHAT = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.47 NetType/WIFI';
const SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1';
const apiError = (code: number, status = 400) => new ApiError(status, code, 'x', [], null);

describe('WeChat OAuth flow', () => {
  it('goes to WeChat by itself only inside WeChat, without a known openid, and not again right after a try', () => {
    const now = 1_000_000_000;
    expect(isWeChat(WECHAT)).toBeTrue();
    expect(needsWechatAuthorization({ userAgent: WECHAT, hasOpenid: false, lastAttemptAt: null, now })).toBeTrue();
    expect(needsWechatAuthorization({ userAgent: SAFARI, hasOpenid: false, lastAttemptAt: null, now })).toBeFalse();
    expect(needsWechatAuthorization({ userAgent: WECHAT, hasOpenid: true, lastAttemptAt: null, now })).toBeFalse();
    expect(needsWechatAuthorization({ userAgent: WECHAT, hasOpenid: false, lastAttemptAt: now - 1000, now })).toBeFalse();
    expect(needsWechatAuthorization({ userAgent: WECHAT, hasOpenid: false, lastAttemptAt: now - OAUTH_RETRY_AFTER_MS - 1, now })).toBeTrue();
  });

  it('comes back to the campaign with its ref, or to the login’s own path (this app’s only)', () => {
    expect(pathAfterAuthorization({ campaignId: '12', referrerId: '7' }, '/me')).toBe('/c/12?ref=7');
    expect(pathAfterAuthorization({ campaignId: '12', referrerId: null }, null)).toBe('/c/12');
    expect(pathAfterAuthorization({ campaignId: null, referrerId: null }, '/distributor')).toBe('/distributor');
    expect(pathAfterAuthorization({ campaignId: null, referrerId: null }, 'https://evil.example/')).toBe('/me');
  });

  it('says what to do when the login failed', () => {
    expect(oauthFailureText(apiError(ERROR_CODES.WECHAT_CODE_USED.code))).toContain('重新授权');
    expect(oauthFailureText(apiError(ERROR_CODES.WECHAT_STATE_INVALID.code))).toContain('重新打开');
    expect(oauthFailureText(apiError(ERROR_CODES.WECHAT_UNAVAILABLE.code, 502))).toContain('手机号登录');
  });

  it('asks snsapi_userinfo only after a silent login without UnionID, and only if never asked on this device', () => {
    expect(userinfoNeeded({ unionid: null, scope: 'snsapi_base' }, false)).toBeTrue();
    expect(userinfoNeeded({ unionid: 'u1', scope: 'snsapi_base' }, false)).withContext('the UnionID came silently').toBeFalse();
    expect(userinfoNeeded({ unionid: null, scope: 'snsapi_base' }, true)).withContext('asked once already').toBeFalse();
    expect(userinfoNeeded({ unionid: null, scope: 'snsapi_userinfo' }, false)).withContext('consented, WeChat has none: no loop').toBeFalse();
  });
});
