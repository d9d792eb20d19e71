import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Capacitor } from '@capacitor/core';
import { firstValueFrom } from 'rxjs';
import { Api } from '../core/api/api.service';
import { errorText } from '../core/api/error-text';
import { WechatIdentityStore } from '../core/wechat/wechat-identity';
import { BROWSER_LOCATION, WechatOAuth } from '../core/wechat/wechat-oauth.service';
import { isUnimplemented, toPluginParams, WECHAT_APP_PAY } from './app-pay.plugin';
import { choosePayMethod, isDevelopmentHost, jsapiOutcome, type PayMethod } from './pay-method';

/** The payer the development sandbox pays as, on a desktop browser (no WeChat there, so no real openid). */
export const SANDBOX_OPENID = 'oDmhH5SandboxPayer000001';
const BRIDGE_WAIT_MS = 5000;

export class PaymentUnavailable extends Error {
  constructor(message = '此环境暂未开通支付（开发环境使用支付沙箱）') {
    super(message);
    this.name = 'PaymentUnavailable';
  }
}

export class PaymentCancelled extends Error {
  constructor() {
    super('已取消支付，可重新支付');
    this.name = 'PaymentCancelled';
  }
}

/** What paying did: the payer's side answered and the server is to be asked (`confirming`), or the page is leaving. */
export type PayOutcome = 'confirming' | 'left';

interface WeixinJSBridge {
  invoke(api: 'getBrandWCPayRequest', params: object, callback: (res: { err_msg?: string }) => void): void;
}

/**
 * Paying an order, chosen by where the page runs (pay-method.ts). JSAPI: the openid from WeChat web
 * authorization (one trip to WeChat first when unknown), the API's prepay and paySign, then WeChat's
 * getBrandWCPayRequest. H5: a fresh h5_url from the API, then the browser goes there and comes back to
 * the order page. APP: the API's APP prepay, handed to WeChat's SDK by the native plugin (app-pay.plugin.ts).
 * Sandbox: the development stack's payer endpoint. Whatever the payer's side answers, only
 * GET /orders/{orderNo} says the order is paid.
 */
@Injectable({ providedIn: 'root' })
export class PaymentService {
  private readonly api = inject(Api);
  private readonly http = inject(HttpClient);
  private readonly wechat = inject(WechatIdentityStore);
  private readonly oauth = inject(WechatOAuth);
  private readonly location = inject(BROWSER_LOCATION);
  private readonly appPay = inject(WECHAT_APP_PAY);

  method(): PayMethod {
    return choosePayMethod({
      userAgent: globalThis.navigator?.userAgent ?? '',
      nativeApp: Capacitor.isNativePlatform(),
      development: isDevelopmentHost(globalThis.location?.hostname ?? ''),
    });
  }

  async pay(orderNo: string): Promise<PayOutcome> {
    switch (this.method()) {
      case 'jsapi':
        return this.payInWechat(orderNo);
      case 'h5': {
        const started = await firstValueFrom(this.api.post('/api/v1/orders/{orderNo}/pay/h5', { params: { orderNo } }));
        this.location.assign(started.h5Url);
        return 'left';
      }
      case 'sandbox':
        return this.payInSandbox(orderNo);
      case 'app':
        return this.payInApp(orderNo);
      case 'none':
        throw new PaymentUnavailable('请用手机微信打开此页面完成支付');
    }
  }

  private async payInWechat(orderNo: string): Promise<PayOutcome> {
    const openid = this.wechat.identity()?.openid;
    if (!openid) {
      await this.oauth.start({ returnTo: `/o/${orderNo}` });
      return 'left';
    }
    const started = await firstValueFrom(this.api.post('/api/v1/orders/{orderNo}/pay', { params: { orderNo }, body: { openid } }));
    const bridge = await weixinJSBridge();
    const errMsg = await new Promise<string | undefined>((resolve) => bridge.invoke('getBrandWCPayRequest', started.payParams, (res) => resolve(res?.err_msg)));
    const outcome = jsapiOutcome(errMsg);
    if (outcome === 'cancel') throw new PaymentCancelled();
    if (outcome === 'fail') throw new PaymentUnavailable('微信支付未完成，请重试');
    return 'confirming';
  }

  /** APP pay: the API's APP prepay, its signed parameters handed to the WeChat SDK through the native plugin. */
  private async payInApp(orderNo: string): Promise<PayOutcome> {
    const started = await firstValueFrom(this.api.post('/api/v1/orders/{orderNo}/pay/app', { params: { orderNo } }));
    let answer: { result: 'success' | 'cancel' | 'fail' };
    try {
      answer = await this.appPay.requestPayment(toPluginParams(started.payParams));
    } catch (err) {
      if (isUnimplemented(err)) throw new PaymentUnavailable('此版本 App 暂不支持微信支付，请在微信中打开活动链接支付');
      throw new PaymentUnavailable('微信支付未完成，请重试');
    }
    if (answer.result === 'cancel') throw new PaymentCancelled();
    if (answer.result === 'fail') throw new PaymentUnavailable('微信支付未完成，请重试');
    return 'confirming';
  }

  private async payInSandbox(orderNo: string): Promise<PayOutcome> {
    await firstValueFrom(this.api.post('/api/v1/orders/{orderNo}/pay', { params: { orderNo }, body: { openid: SANDBOX_OPENID } }));
    try {
      await firstValueFrom(this.http.post(`/sandbox/pay/${encodeURIComponent(orderNo)}`, null));
    } catch (err) {
      if (err instanceof HttpErrorResponse && (err.status === 404 || err.status === 405)) throw new PaymentUnavailable();
      throw err;
    }
    return 'confirming';
  }

  /** Words for a failed payment. */
  static describe(err: unknown): string {
    if (err instanceof PaymentUnavailable || err instanceof PaymentCancelled) return err.message;
    if (err instanceof HttpErrorResponse) return err.status === 0 ? '网络连接失败，请检查网络后重试' : '支付未完成，请重试';
    return errorText(err);
  }
}

/** WeChat's bridge, once WeChat has injected it (WeixinJSBridgeReady), or a clear failure after a wait. */
function weixinJSBridge(): Promise<WeixinJSBridge> {
  const present = () => (globalThis as { WeixinJSBridge?: WeixinJSBridge }).WeixinJSBridge;
  const now = present();
  if (now) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new PaymentUnavailable('微信支付组件未就绪，请刷新页面后重试')), BRIDGE_WAIT_MS);
    document.addEventListener('WeixinJSBridgeReady', () => {
      clearTimeout(timer);
      const bridge = present();
      if (bridge) resolve(bridge);
      else reject(new PaymentUnavailable('微信支付组件未就绪，请刷新页面后重试'));
    }, { once: true });
  });
}
