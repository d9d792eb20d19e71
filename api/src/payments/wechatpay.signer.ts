/**
 * Merchant-side signatures for WeChat Pay API v3: the `Authorization` header of every API request and
 * the `paySign` of the JSAPI parameters handed to the WeChat front end (`WeixinJSBridge` / `wx.requestPayment`),
 * and the `sign` of the APP pay parameters handed to the WeChat SDK in the mobile app.
 */
import type { KeyObject } from 'node:crypto';
import { Formatter, Rsa } from 'wechatpay-axios-plugin';
import { toRsaPrivateKey } from '@dmh/shared/dist/wechatpay';

export interface MerchantCredentials {
  mchid: string;
  /** Serial number of the merchant API certificate (`apiclient_cert.pem`). */
  serialNo: string;
  /** The merchant API private key (`apiclient_key.pem`). */
  privateKey: KeyObject | string;
}

export interface SignerClock {
  /** Milliseconds since the epoch; Date.now by default. */
  now?: () => number;
  nonce?: () => string;
}

/** What `wx.requestPayment` / `WeixinJSBridge.invoke('getBrandWCPayRequest')` expects, field names included. */
export interface JsapiPayParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

/**
 * What the WeChat Open SDK's PayReq takes in the mobile app (APP 调起支付), under WeChat's own names;
 * `sign` signs `appid\ntimestamp\nnoncestr\nprepayid\n` with the merchant key (RSA-SHA256, base64).
 */
export interface AppPayParams {
  appid: string;
  /** The merchant number (mchid). */
  partnerid: string;
  prepayid: string;
  package: 'Sign=WXPay';
  noncestr: string;
  timestamp: string;
  sign: string;
}

export class WechatPaySigner {
  readonly mchid: string;
  private readonly serialNo: string;
  private readonly privateKey: KeyObject;
  private readonly now: () => number;
  private readonly nonce: () => string;

  constructor(credentials: MerchantCredentials, clock: SignerClock = {}) {
    this.mchid = credentials.mchid;
    this.serialNo = credentials.serialNo;
    this.privateKey = toRsaPrivateKey(credentials.privateKey);
    this.now = clock.now ?? Date.now;
    this.nonce = clock.nonce ?? (() => Formatter.nonce(32));
  }

  /**
   * `Authorization` for one request. `pathAndQuery` is the URL path plus query string exactly as sent
   * (`/v3/pay/transactions/jsapi`); `body` is the exact JSON text sent, '' for GET.
   */
  authorization(method: string, pathAndQuery: string, body = ''): string {
    const timestamp = this.timestamp();
    const nonce = this.nonce();
    const message = Formatter.request(method.toUpperCase(), pathAndQuery, timestamp, nonce, body);
    const signature = Rsa.sign(message, this.privateKey);
    return Formatter.authorization(this.mchid, nonce, signature, timestamp, this.serialNo);
  }

  /** Front-end pay parameters; paySign signs `appId\ntimeStamp\nnonceStr\npackage\n`. */
  jsapiPayParams(appId: string, prepayId: string): JsapiPayParams {
    const timeStamp = this.timestamp();
    const nonceStr = this.nonce();
    const pkg = `prepay_id=${prepayId}`;
    const paySign = Rsa.sign(Formatter.joinedByLineFeed(appId, timeStamp, nonceStr, pkg), this.privateKey);
    return { appId, timeStamp, nonceStr, package: pkg, signType: 'RSA', paySign };
  }

  /** The mobile app's pay parameters (APP pay); `appid` is the app's (Open Platform), not the Official Account's. */
  appPayParams(appid: string, prepayid: string): AppPayParams {
    const timestamp = this.timestamp();
    const noncestr = this.nonce();
    const sign = Rsa.sign(Formatter.joinedByLineFeed(appid, timestamp, noncestr, prepayid), this.privateKey);
    return { appid, partnerid: this.mchid, prepayid, package: 'Sign=WXPay', noncestr, timestamp, sign };
  }

  private timestamp(): string {
    return String(Math.floor(this.now() / 1000));
  }
}
