import { ERROR_CODES } from '@dmh/api-client';
import { ApiError } from '../api/api-error';
import { errorText } from '../api/error-text';
import { safeReturnTo } from '../auth/return-to';

/** Inside WeChat's built-in browser (its user agent says MicroMessenger). */
export function isWeChat(userAgent: string): boolean {
  return /MicroMessenger/i.test(userAgent);
}

/** A WeChat authorization tried in this tab less than this long ago is not tried again by itself (no loop). */
export const OAUTH_RETRY_AFTER_MS = 10 * 60_000;

export interface OAuthNeed {
  userAgent: string;
  /** The openid of this app is already known on this device. */
  hasOpenid: boolean;
  /** When this tab last went to WeChat's authorize page (epoch ms), or null. */
  lastAttemptAt: number | null;
  now: number;
}

/**
 * Whether a page should go to WeChat's authorize page by itself: only inside WeChat, only when the openid
 * (what JSAPI pay needs) is not known yet, and not again right after a try (a refusal or a failed
 * exchange falls back to the page as it is, with the SMS login).
 */
export function needsWechatAuthorization(n: OAuthNeed): boolean {
  if (!isWeChat(n.userAgent) || n.hasOpenid) return false;
  return n.lastAttemptAt === null || n.now - n.lastAttemptAt > OAUTH_RETRY_AFTER_MS;
}

/** What a WeChat login answered about the WeChat user. */
export interface WechatLoginAnswer {
  unionid: string | null;
  scope: string;
}

/**
 * After a login: whether to ask `snsapi_userinfo` (WeChat's consent page). The silent `snsapi_base` login
 * gives the openid (enough to pay), and the UnionID only when WeChat already has the user's consent; the
 * UnionID is what matches the member across the brand's other apps, so the app asks for it once per device,
 * and never again after that (granted, refused or abandoned), nor after a login that was already userinfo.
 */
export function userinfoNeeded(answer: WechatLoginAnswer, askedBefore: boolean): boolean {
  return answer.unionid === null && answer.scope !== 'snsapi_userinfo' && !askedBefore;
}

/** The referral the API read back from the signed state. */
export interface ReturnedReferral {
  campaignId: string | null;
  referrerId: string | null;
}

/**
 * Where the callback goes: the campaign the authorization started from, its `ref` restored on the URL (and
 * remembered by the caller); without a campaign, the path the login was asked from (this app's only).
 */
export function pathAfterAuthorization(referral: ReturnedReferral, returnTo: string | null): string {
  if (referral.campaignId) return `/c/${referral.campaignId}${referral.referrerId ? `?ref=${referral.referrerId}` : ''}`;
  return safeReturnTo(returnTo);
}

/** What the callback page says when the login failed. */
export function oauthFailureText(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === ERROR_CODES.WECHAT_CODE_INVALID.code || err.code === ERROR_CODES.WECHAT_CODE_USED.code) return '微信授权已失效，请重新授权';
    if (err.code === ERROR_CODES.WECHAT_STATE_INVALID.code) return '链接已过期或不完整，请从分享链接重新打开';
    if (err.code === ERROR_CODES.WECHAT_UNAVAILABLE.code) return '暂时连不上微信，请稍后重试，或用手机号登录';
  }
  return errorText(err);
}
