import { InjectionToken } from '@angular/core';
import { registerPlugin } from '@capacitor/core';
import type { Data } from '@dmh/api-client';

/**
 * APP pay (WeChat Pay in the Capacitor app): the API's APP prepay (POST /orders/{orderNo}/pay/app,
 * /v3/pay/transactions/app with the mobile app's appid) signs the parameters, and the native side calls the
 * WeChat SDK's PayReq with them. Only this interface exists: no native plugin is built here (Android needs
 * Google's Maven and the SDK, iOS needs Xcode), so until one is added the call is refused as unimplemented
 * and the app says paying there is not available.
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

/** The plugin the app pays with (replaced in specs). */
export const WECHAT_APP_PAY = new InjectionToken<WechatAppPayPlugin>('WechatAppPay', { providedIn: 'root', factory: () => WechatAppPay });

/** The API's answer under WeChat's wire names (appid, partnerid, …). */
export type AppPayApiParams = Data<'/api/v1/orders/{orderNo}/pay/app', 'post'>['payParams'];

/** The API's parameters as PayReq's fields (the names of WeChat's Android and iOS SDKs). */
export function toPluginParams(p: AppPayApiParams): WechatAppPayParams {
  return { appId: p.appid, partnerId: p.partnerid, prepayId: p.prepayid, packageValue: p.package, nonceStr: p.noncestr, timeStamp: p.timestamp, sign: p.sign };
}

/** Capacitor's refusal when no native implementation of the plugin is registered (the web, or an app built without it). */
export function isUnimplemented(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'UNIMPLEMENTED';
}
