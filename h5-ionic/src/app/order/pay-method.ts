import { isWeChat } from '../core/wechat/oauth-flow';

/**
 * How an order is paid, by where the page runs: WeChat's browser → JSAPI (WeixinJSBridge with the API's
 * paySign); another phone browser → H5 pay (WeChat Pay's page, then back); the Capacitor app → APP pay (a
 * native plugin); a desktop browser on the development stack → the sandbox's payer endpoint; a desktop
 * browser elsewhere cannot pay by WeChat (`none`: open it on the phone).
 */
export type PayMethod = 'jsapi' | 'h5' | 'app' | 'sandbox' | 'none';

export interface PayEnv {
  userAgent: string;
  /** Running inside the Capacitor shell (Capacitor.isNativePlatform()). */
  nativeApp: boolean;
  /** The development stack (the page served from this machine), where the sandbox's payer endpoint exists. */
  development: boolean;
}

export function isMobileBrowser(userAgent: string): boolean {
  return /Android|iPhone|iPad|iPod|Mobile|HarmonyOS/i.test(userAgent);
}

export function choosePayMethod(env: PayEnv): PayMethod {
  if (env.nativeApp) return 'app';
  if (isWeChat(env.userAgent)) return 'jsapi';
  if (isMobileBrowser(env.userAgent)) return 'h5';
  return env.development ? 'sandbox' : 'none';
}

/** The development stack: the app served from this machine. */
export function isDevelopmentHost(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}

/** What WeixinJSBridge's getBrandWCPayRequest callback says, as the page treats it (only the server says paid). */
export function jsapiOutcome(errMsg: string | undefined): 'ok' | 'cancel' | 'fail' {
  if (errMsg === 'get_brand_wcpay_request:ok') return 'ok';
  if (errMsg === 'get_brand_wcpay_request:cancel') return 'cancel';
  return 'fail';
}
