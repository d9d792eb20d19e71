import { AppError } from '../common/app-error';
import { config } from '../config';
import { jssdkSignature, newNonceStr, signableUrl } from './jssdk-signature';
import { WechatCredentials } from './wechat-credentials';

/** What wx.config needs (besides jsApiList), for one page URL. */
export interface JssdkConfig {
  appId: string;
  timestamp: number;
  nonceStr: string;
  signature: string;
  /** The URL that was signed (without its # part). */
  url: string;
}

/** Signs a page of the H5 app for the JS-SDK (the share menu): only pages of H5_PUBLIC_URL's origin. */
export class JssdkService {
  constructor(
    private readonly credentials: Pick<WechatCredentials, 'jsapiTicket'> = new WechatCredentials(),
    private readonly now = () => Date.now(),
  ) {}

  async sign(url: string): Promise<JssdkConfig> {
    const page = signableUrl(url);
    let origin: string;
    try {
      origin = new URL(page).origin;
    } catch {
      throw AppError.validation([{ field: 'body.url', code: 'invalid_url', message: 'the full URL of the page' }]);
    }
    const h5 = new URL(config().H5_PUBLIC_URL).origin;
    if (origin !== h5) throw AppError.validation([{ field: 'body.url', code: 'not_h5_page', message: `only pages of ${h5} are signed` }]);
    const ticket = await this.credentials.jsapiTicket();
    const timestamp = Math.floor(this.now() / 1000);
    const nonceStr = newNonceStr();
    return { appId: config().WECHATPAY_APPID, timestamp, nonceStr, signature: jssdkSignature({ ticket, nonceStr, timestamp, url: page }), url: page };
  }
}
