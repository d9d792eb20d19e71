import { isWeChat } from './oauth-flow';

/** WeChat's JS-SDK, loaded only inside WeChat. */
export const JSSDK_SCRIPT_URL = 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js';
export const SHARE_APIS = ['updateAppMessageShareData', 'updateTimelineShareData'] as const;

/** The URL the page was first opened at, kept when the app starts (iOS WeChat signs that one). */
export const LANDING_URL = globalThis.location?.href ?? '';

export function isIos(userAgent: string): boolean {
  return /iPhone|iPad|iPod/i.test(userAgent);
}

/**
 * The URL wx.config must be signed for: on iOS WeChat keeps the URL the user first landed on for the whole
 * visit of a single-page app (pushState does not change it), elsewhere the current URL; never its # part.
 */
export function urlToSign(userAgent: string, landing: string, current: string): string {
  const url = isIos(userAgent) && landing ? landing : current;
  return url.split('#')[0];
}

/** Whether this page should load the JS-SDK at all. */
export function wantsJssdk(userAgent: string): boolean {
  return isWeChat(userAgent);
}

export interface ShareContent {
  title: string;
  desc: string;
  link: string;
  imgUrl: string;
}

/** The share content WeChat shows: the link without a preview token, an absolute image, text within WeChat's limits. */
export function shareContent(title: string, description: string | null, link: string, image: string | null, origin: string): ShareContent {
  const cleanLink = link.replace(/([?&])preview=[^&#]*&?/, '$1').replace(/[?&](#|$)/, '$1').split('#')[0];
  const imgUrl = image ? new URL(image, origin).toString() : new URL('/favicon.svg', origin).toString();
  return { title: [...title].slice(0, 40).join(''), desc: [...(description ?? '报名参加活动')].slice(0, 60).join(''), link: cleanLink, imgUrl };
}
