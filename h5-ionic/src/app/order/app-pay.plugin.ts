import { registerPlugin } from '@capacitor/core';

/**
 * APP pay (WeChat Pay in the Capacitor app): the native side calls the WeChat SDK's PayReq with the
 * parameters of an APP prepay (/v3/pay/transactions/app) signed by the API. Only this interface exists:
 * no native plugin is built here (Android needs Google's Maven and the SDK, iOS needs Xcode), and the API
 * has no APP prepay yet, so in the app paying says it is not available.
 */
export interface WechatAppPayParams {
  appId: string;
  partnerId: string;
  prepayId: string;
  packageValue: 'Sign=WXPay';
  nonceStr: string;
  timeStamp: string;
  sign: string;
}

export interface WechatAppPayPlugin {
  /** Resolves with WeChat's answer; only the server's order says whether it is paid. */
  requestPayment(params: WechatAppPayParams): Promise<{ result: 'success' | 'cancel' | 'fail' }>;
}

export const WechatAppPay = registerPlugin<WechatAppPayPlugin>('WechatAppPay');
